/**
 * A new world for a scenario (all servers DOWN, the clock at 0) and the scenario's script: the
 * timed entries (server and client starts, actions, balancer actions) that the kernel applies
 * before any queued event of the same millisecond.
 */
import { createChecker } from '../check/checker';
import { emptyList } from '../kernel/chunkedList';
import { createQueue } from '../kernel/eventQueue';
import { prngFor } from '../kernel/prng';
import { createLab, labLayout, withLabClients } from '../lb/lab/labSetup';
import type { ResolvedScenario } from '../scenario/types';
import { createTraceHash } from '../trace/traceHash';
import type { Txn } from '../zab/messages';
import { ZXID_ZERO } from '../zab/zxid';
import { createClientRecords } from './clients';
import type { KernelEvent, ServerRecord, World } from './world';
import { freshZkState } from './zkState';

export function createWorld(scenario: ResolvedScenario): World {
  const ens = scenario.ensemble;
  const total = ens.servers + ens.observers;
  const voters = Array.from({ length: ens.servers }, (_, i) => i + 1);
  const observers = Array.from({ length: ens.observers }, (_, i) => ens.servers + i + 1);
  const servers: ServerRecord[] = [];
  for (let sid = 1; sid <= total; sid++) {
    servers.push({
      sid,
      up: false,
      frozen: false,
      incarnation: 0,
      disk: {
        acceptedEpoch: 0,
        currentEpoch: 0,
        snapshot: null,
        log: emptyList<Txn>(),
        logFiles: [],
      },
      timers: {},
      backlog: [],
      lastFsyncMs: 0,
      delivered: 0,
      lastDelivered: ZXID_ZERO,
      state: 'DOWN',
      phase: null,
      lookingSinceMs: 0,
      zk: freshZkState(0),
    });
  }
  const world: World = {
    scenario,
    nowMs: 0,
    events: 0,
    queue: createQueue<KernelEvent>(),
    scriptCursor: 0,
    rng: { net: prngFor(scenario.seed, 'net'), disk: prngFor(scenario.seed, 'disk') },
    net: {
      delayMsMin: scenario.network.delayMsMin,
      delayMsMax: scenario.network.delayMsMax,
      groups: null,
      extraMs: {},
      lastDeliveryMs: {},
      nextMessageId: 1,
    },
    servers,
    conns: {},
    clients: createClientRecords(withLabClients(scenario)),
    nextConnId: 1,
    nextTimerToken: 1,
    checker: createChecker({ voters, observers }),
    violations: [],
    writes: emptyList(),
    pendingWrites: [],
    elections: [],
    traceHash: createTraceHash(),
    traceCount: 0,
    lb: createLab(scenario),
  };
  return world;
}

/**
 * One entry of the scenario's script, in time order: a server start, a client start (`index` in
 * world.clients, the load-balancing lab's clients included), an action, or a balancer action.
 */
export type ScriptEntry =
  | { atMs: number; kind: 'start'; sid: number }
  | { atMs: number; kind: 'clientStart'; index: number }
  | { atMs: number; kind: 'action'; index: number }
  | { atMs: number; kind: 'lbAction'; index: number };

const scripts = new WeakMap<ResolvedScenario, ScriptEntry[]>();

/**
 * Starts, then actions, then the lab's client starts and balancer actions, stably sorted by time
 * (in that order at equal times); cached per scenario.
 */
export function scriptOf(scenario: ResolvedScenario): ScriptEntry[] {
  let script = scripts.get(scenario);
  if (!script) {
    const entries: ScriptEntry[] = scenario.ensemble.start.map((s) => ({
      atMs: s.atMs,
      kind: 'start' as const,
      sid: s.sid,
    }));
    scenario.clients.forEach((c, index) =>
      entries.push({ atMs: c.startAtMs, kind: 'clientStart', index }),
    );
    scenario.actions.forEach((a, index) => entries.push({ atMs: a.atMs, kind: 'action', index }));
    for (const index of labLayout(scenario)?.startAtZero ?? [])
      entries.push({ atMs: 0, kind: 'clientStart', index });
    scenario.balancer?.actions.forEach((a, index) =>
      entries.push({ atMs: a.atMs, kind: 'lbAction', index }),
    );
    script = entries
      .map((e, i) => ({ e, i }))
      .sort((a, b) => a.e.atMs - b.e.atMs || a.i - b.i)
      .map((x) => x.e);
    scripts.set(scenario, script);
  }
  return script;
}
