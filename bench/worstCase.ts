/**
 * The worst accepted scenarios (docs/SCENARIO-EXTENSIONS.md "Bounds"): each pushes the fields
 * that cost most to their bounds, and each is run in its own process so that its peak memory is
 * its own. Prints, per case: events, whether the run ended or spent the event budget, wall and
 * CPU time, peak resident memory. `node --import tsx bench/worstCase.ts` (or one case with
 * `--case NAME`); add `--timeline` to run each as the app's worker does (checkpoints, the whole
 * trace kept in memory). Figures only; nothing asserts a time.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as B from '../src/sim/scenario/bounds';
import { STRATEGY_IDS } from '../src/sim/scenario/types';
import { validateScenario } from '../src/sim/scenario/validate';
import { EventBudgetError, runScenario } from '../src/sim/index';
import type { ResolvedScenario } from '../src/sim/scenario/types';
import { Timeline } from '../src/sim/timeline/timeline';
import { formatZxid } from '../src/sim/zab/zxid';

type Case = () => unknown;

const backend = (id: string, meanServiceMs: number) => ({
  id,
  meanServiceMs,
  slots: B.SLOTS_MAX,
  queueMax: B.QUEUE_MAX_MAX,
  weight: B.WEIGHT_MAX,
});

/** Every lab field at its bound: 8 strategies, 32 backends, the largest ring and key space. */
function labFlood(): unknown {
  const initial = 24;
  const backends = Array.from({ length: initial }, (_, i) => backend(`b${i + 1}`, 20));
  const spares = Array.from({ length: B.BACKENDS_MAX - initial }, (_, i) =>
    backend(`s${i + 1}`, 20),
  );
  const actions = Array.from({ length: B.BALANCER_ACTIONS_MAX }, (_, i) => ({
    atMs: 2000 + i * 50,
    do: i % 2 === 0 ? 'kill-backend' : 'restart-backend',
    backend: `b${(Math.floor(i / 2) % initial) + 1}`,
  }));
  return {
    version: 1,
    seed: 1,
    untilMs: B.UNTIL_MS_MAX,
    ensemble: { servers: 9 },
    balancer: {
      service: '/svc',
      sessionTimeoutMs: 4000,
      strategies: [...STRATEGY_IDS],
      vnodes: B.VNODES_MAX,
      backends,
      spares,
      traffic: {
        ratePerSec: B.RATE_PER_SEC_MAX,
        burst: { onMs: 1, offMs: 1, factor: B.FACTOR_MAX },
        keys: { count: B.KEYS_COUNT_MAX, zipfS: 1.1 },
      },
      actions,
    },
  };
}

/** Slow backends, so that every request queues: the most requests held in memory at once. */
function labQueues(): unknown {
  const s = labFlood() as { balancer: Record<string, unknown> };
  const slow = Array.from({ length: B.BACKENDS_MAX }, (_, i) =>
    backend(`b${i + 1}`, B.SERVICE_MS_MAX),
  );
  return {
    ...s,
    balancer: {
      ...s.balancer,
      backends: slow,
      spares: [],
      actions: [],
      traffic: { ratePerSec: 20_000, burst: null, keys: { count: 1000, zipfS: 0 } },
    },
  };
}

/** The largest initial logs, then the leader crashed and restarted every 1.5 s for 24 hours. */
function logsAndElections(): unknown {
  const servers = 9;
  const perServer = Math.floor(B.INITIAL_TXNS_MAX / servers);
  const initial = Array.from({ length: servers }, (_, i) => ({
    sid: i + 1,
    acceptedEpoch: 7,
    currentEpoch: 7,
    lastZxid: formatZxid({ epoch: 7, counter: perServer - (i % 3) * 100 }),
  }));
  const actions = [];
  for (let t = 3000; actions.length < B.ACTIONS_MAX - 1; t += 1500) {
    actions.push({ atMs: t, do: 'crash', sid: 'leader' });
    for (let sid = 1; sid <= servers && actions.length < B.ACTIONS_MAX; sid++)
      actions.push({ atMs: t + 700, do: 'restart', sid });
  }
  return {
    version: 1,
    seed: 2,
    untilMs: B.UNTIL_MS_MAX,
    ensemble: { servers, commitLogCount: B.COMMIT_LOG_COUNT_MAX, initial },
    actions,
  };
}

/**
 * Logs grown by writes rather than injected: 4000 writes in the first 20 s, then the leader
 * crashed and everyone restarted every 1.5 s, so every election replays the grown logs.
 */
function writesThenElections(): unknown {
  const servers = 9;
  const actions: Record<string, unknown>[] = Array.from({ length: 4000 }, (_, i) => ({
    atMs: 1000 + i * 5,
    do: 'write',
    via: (i % servers) + 1,
    path: '/w',
    data: String(i),
  }));
  for (let t = 25_000; actions.length < B.ACTIONS_MAX - servers; t += 1500) {
    actions.push({ atMs: t, do: 'crash', sid: 'leader' });
    for (let sid = 1; sid <= servers; sid++) actions.push({ atMs: t + 700, do: 'restart', sid });
  }
  return { version: 1, seed: 5, untilMs: B.UNTIL_MS_MAX, ensemble: { servers }, actions };
}

/** The most clients, each with a recipe, on the shortest tick: the most session traffic. */
function clientsFastTick(): unknown {
  const kinds = ['register', 'discover', 'lock', 'config'];
  const clients = Array.from({ length: B.CLIENTS_MAX }, (_, i) => {
    const kind = kinds[i % 4];
    const id = `c${i + 1}`;
    const recipe =
      kind === 'register'
        ? { kind, path: `/svc/${id}`, data: 'x'.repeat(B.DATA_CHARS_MAX) }
        : kind === 'lock'
          ? { kind, path: '/lock', holdMs: 5 }
          : kind === 'discover'
            ? { kind, path: '/svc' }
            : { kind, path: '/config' };
    return { id, connect: [1, 2, 3, 4, 5, 6, 7, 8, 9], sessionTimeoutMs: 20, recipe };
  });
  return {
    version: 1,
    seed: 3,
    untilMs: B.UNTIL_MS_MAX,
    ensemble: { servers: 9, tickTimeMs: B.TICK_TIME_MS_MIN },
    network: { delayMsMin: 0, delayMsMax: 0, fsyncMsMin: 0, fsyncMsMax: 0 },
    clients,
  };
}

/** As many writes of the largest data as the scenario size bound lets in, on 9 servers. */
function bigWrites(): unknown {
  const data = 'd'.repeat(B.DATA_CHARS_MAX);
  const perAction = data.length + 60;
  const count = Math.floor((B.SCENARIO_CHARS_MAX - 1000) / perAction);
  const actions = Array.from({ length: count }, (_, i) => ({
    atMs: 1000 + i * 5,
    do: 'write',
    via: (i % 9) + 1,
    path: '/w',
    data,
  }));
  return { version: 1, seed: 4, untilMs: B.UNTIL_MS_MAX, ensemble: { servers: 9 }, actions };
}

const CASES: Record<string, Case> = {
  labFlood,
  labQueues,
  logsAndElections,
  writesThenElections,
  clientsFastTick,
  bigWrites,
};

/** The runner's way: to untilMs or to the event budget, streaming nothing. */
function runHeadless(scenario: ResolvedScenario): { events: number; outcome: string } {
  try {
    return { events: runScenario(scenario).events, outcome: 'ran to untilMs' };
  } catch (e) {
    if (!(e instanceof EventBudgetError)) throw e;
    return { events: B.EVENTS_MAX, outcome: `event budget: ${e.message.split(';')[1]?.trim()}` };
  }
}

/** The app worker's way: the timeline with its checkpoints and the whole trace kept in memory. */
function runTimeline(scenario: ResolvedScenario): { events: number; outcome: string } {
  const tl = new Timeline(scenario);
  while (tl.step()) {
    /* to the end or the budget */
  }
  const spent = tl.budgetSpent;
  const outcome =
    spent === null ? 'ran to untilMs' : `event budget: spent by ${spent.atMs} ms (timeline)`;
  return { events: tl.now, outcome: `${outcome}; ${tl.trace.length} trace entries kept` };
}

function runCase(name: string, timeline: boolean): void {
  const build = CASES[name];
  if (build === undefined) throw new Error(`no case ${name}`);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const v = validateScenario(build());
  if (!v.ok) throw new Error(`${name} is not accepted: ${v.error}`);
  const { events, outcome } = timeline ? runTimeline(v.scenario) : runHeadless(v.scenario);
  const cpu = process.cpuUsage(cpu0);
  console.log(
    JSON.stringify({
      case: timeline ? `${name} (timeline)` : name,
      events,
      outcome,
      wallS: Math.round(performance.now() - t0) / 1000,
      cpuS: Math.round((cpu.user + cpu.system) / 1000) / 1000,
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

export function benchWorstCases(timeline = false): unknown[] {
  const self = fileURLToPath(import.meta.url);
  const extra = timeline ? ['--timeline'] : [];
  return Object.keys(CASES).map((name) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--case', name, ...extra], {
      encoding: 'utf8',
    });
    if (r.status !== 0) return { case: name, failed: r.stderr.trim().split('\n').slice(-3) };
    return JSON.parse(r.stdout.trim()) as unknown;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--case');
  const timeline = process.argv.includes('--timeline');
  if (i >= 0) runCase(process.argv[i + 1] ?? '', timeline);
  else for (const r of benchWorstCases(timeline)) console.log(JSON.stringify(r));
}
