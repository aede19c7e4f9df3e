/**
 * A client process is launched at most once at a time, by any path: its scheduled start
 * (`startAtMs`), a `client-restart` from the scenario or from the app, or the lab's add-backend.
 * The sweep found seeds (20086, 34339, ...) where a client-restart before `startAtMs` started the
 * client and the scheduled start then ran again on the live process, which reconnected elsewhere
 * with the same session while the first server kept the old connection and its watch
 * (WatchFiresOnce). These tests drive that cause directly, through the scenario and through the
 * timeline's commands, with the checker on every event.
 */
import { describe, expect, it } from 'vitest';
import { scheduledClientStart, startClientProcess } from '../engine/clients';
import type { Simulation } from '../engine/simulation';
import { SimAssertionError } from '../kernel/assert';
import { at } from '../kernel/chunkedList';
import { validateScenario } from '../scenario/validate';
import type { ResolvedScenario } from '../scenario/types';
import { Timeline } from '../timeline/timeline';
import type { TraceEvent } from '../trace/traceEvent';
import { run } from './harness';

/** c1 discovers /svc from startAtMs 3000; c2 registers under /svc at 6000, firing c1's watch. */
function scenario(actions: Record<string, unknown>[]) {
  return {
    version: 1,
    seed: 5,
    untilMs: 12000,
    ensemble: { servers: 3 },
    clients: [
      {
        id: 'c1',
        connect: [1, 2, 3],
        sessionTimeoutMs: 6000,
        startAtMs: 3000,
        recipe: { kind: 'discover', path: '/svc' },
      },
      {
        id: 'c2',
        connect: [1, 2, 3],
        sessionTimeoutMs: 6000,
        startAtMs: 6000,
        recipe: { kind: 'register', path: '/svc/a', data: 'a:80' },
      },
    ],
    actions,
  };
}

/**
 * When the client connected and the sessions it was granted, from the trace's structured data
 * (client/logCodes.ts, `clientConnected`), never from its English text.
 */
function launches(trace: readonly TraceEvent[], client = 'c1') {
  const connected = trace.flatMap((e) => {
    const d = e.k === 'log' ? e.data : undefined;
    return d?.['kind'] === 'clientConnected' && d['client'] === client
      ? [{ t: e.t, session: d['session'] as string }]
      : [];
  });
  return { sessions: [...new Set(connected.map((c) => c.session))], connected };
}

/**
 * The sessions whose createSession the leader proposed, one entry per proposal, from its log:
 * a session proposed twice would hold two zxids there.
 */
function sessionsProposed(sim: Simulation): string[] {
  const leader = sim.world.servers.find((s) => s.up && s.state === 'LEADING');
  if (!leader) throw new Error('no leader at the end of the run');
  const out: string[] = [];
  for (let i = 0; i < leader.disk.log.length; i++) {
    const request = at(leader.disk.log, i)?.request;
    if (request?.kind === 'createSession') out.push(request.sessionId);
  }
  return out;
}

describe('a client-restart before the client is started', () => {
  const r = run(scenario([{ atMs: 1000, do: 'client-restart', client: 'c1' }]));

  it('launches the process then, and the scheduled start at startAtMs does nothing', () => {
    expect(r.report.violations).toEqual([]);
    const { sessions, connected } = launches(r.trace);
    expect(connected[0]!.t).toBeLessThan(3000);
    expect(sessions).toHaveLength(1);
    // No connection attempt of c1 (node 100) at the scheduled start.
    const c1Node = r.sim.world.clients[0]!.node;
    expect(r.trace.some((e) => e.k === 'send' && e.from === c1Node && e.t === 3000)).toBe(false);
  });

  it('leaves one session that sees the registration exactly once', () => {
    const c1 = r.report.clients?.find((c) => c.id === 'c1');
    expect(c1?.state).toBe('CONNECTED');
    expect(c1?.watchEvents.filter((e) => e.type === 'NodeChildrenChanged')).toHaveLength(1);
    expect(c1?.recipe).toEqual({ kind: 'discover', members: ['a'] });
    // One createSession per client process, c1's and c2's, each proposed once by the leader.
    const created = sessionsProposed(r.sim);
    expect(created).toHaveLength(2);
    expect(new Set(created).size).toBe(2);
    expect(created).toContain(launches(r.trace, 'c1').sessions[0]);
    expect(created).toContain(launches(r.trace, 'c2').sessions[0]);
    expect(r.sim.world.clients[0]!.up).toBe(true);
  });
});

describe('a client launched early and crashed before startAtMs', () => {
  const r = run(
    scenario([
      { atMs: 1000, do: 'client-restart', client: 'c1' },
      { atMs: 2000, do: 'client-crash', client: 'c1' },
    ]),
  );
  it('stays down at startAtMs: the scheduled launch has happened; a crash needs a client-restart', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.sim.world.clients[0]!.up).toBe(false);
    expect(r.report.clients?.find((c) => c.id === 'c1')?.state).toBe('CLOSED');
  });
});

describe('client actions at any time, as the app may issue them', () => {
  function timeline(): Timeline {
    const v = validateScenario(scenario([]));
    if (!v.ok) throw new Error(v.error);
    return new Timeline(v.scenario as ResolvedScenario, { checkpointEvery: 500 });
  }
  function stepTo(t: Timeline, ms: number) {
    while (t.sim.nextDueMs() <= ms && t.step()) {
      /* advance */
    }
  }

  it('a client-restart command before startAtMs launches once; the scheduled start is dropped', () => {
    const t = timeline();
    stepTo(t, 1500);
    t.command({ atMs: 1500, do: 'client-restart', client: 'c1' });
    const inc = t.sim.world.clients[0]!.client;
    expect(inc.status).toBe('CONNECTING');
    stepTo(t, 12000);
    expect(t.sim.world.violations).toEqual([]);
    expect(launches(t.trace).connected).toHaveLength(1);
  });

  it('a client-restart command while the process runs is refused and changes nothing', () => {
    const t = timeline();
    stepTo(t, 4000);
    const before = JSON.stringify(t.sim.world.clients[0]);
    t.command({ atMs: 4000, do: 'client-restart', client: 'c1' });
    expect(JSON.stringify(t.sim.world.clients[0])).toBe(before);
    expect(t.trace.at(-1)).toMatchObject({
      k: 'action',
      data: { do: 'client-restart', client: 'c1', noop: 'already-running' },
    });
  });

  it('API calls and a crash on a client not started yet fail or are noted, and corrupt nothing', () => {
    const t = timeline();
    stepTo(t, 500);
    t.command({ atMs: 500, do: 'client-crash', client: 'c1' });
    t.command({ atMs: 500, do: 'get', client: 'c1', path: '/svc', watch: true });
    expect(t.sim.world.clients[0]!.client.results).toEqual([
      { atMs: 500, op: 'get', path: '/svc', rc: 'ConnectionLoss' },
    ]);
    stepTo(t, 12000);
    expect(t.sim.world.violations).toEqual([]);
    expect(t.sim.world.clients[0]!.up).toBe(true);
  });

  it('the engine refuses to launch a process that is already running (an assertion, not a no-op)', () => {
    const t = timeline();
    stepTo(t, 4000);
    expect(() => startClientProcess(t.sim, 0)).toThrow(SimAssertionError);
    const before = JSON.stringify(t.sim.world.clients[0]);
    scheduledClientStart(t.sim, 0);
    expect(JSON.stringify(t.sim.world.clients[0])).toBe(before);
  });
});
