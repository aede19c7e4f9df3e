/**
 * A killed backend is routed to until ZooKeeper expires its session: requests picked onto it fail
 * from the kill until the balancer's discover recipe sees its znode gone, which happens between T
 * and T + 1.5 ticks (plus a commit round trip, the watch and the re-list) after its last ping, at
 * one instant for every strategy; nothing fails after that. The run is stepped one kernel event at
 * a time so that every strategy's view is checked after every event.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../extensions';
import { labOf } from './labExtension';
import { buildReport } from '../engine/report';
import { validateScenario } from '../scenario/validate';
import type { TraceEvent } from '../trace/traceEvent';

const KILL_MS = 15000;
const TICK_MS = 2000;
const STRATEGIES = ['round-robin', 'least-connections'] as const;

function scenario() {
  const v = validateScenario({
    version: 1,
    seed: 11,
    untilMs: 30000,
    ensemble: { servers: 3, tickTimeMs: TICK_MS },
    balancer: {
      service: '/services/api',
      sessionTimeoutMs: 6000,
      strategies: [...STRATEGIES],
      backends: ['b1', 'b2', 'b3', 'b4'].map((id) => ({ id, meanServiceMs: 20 })),
      traffic: { ratePerSec: 100 },
      actions: [{ atMs: KILL_MS, do: 'kill-backend', backend: 'b2' }],
    },
  });
  if (!v.ok) throw new Error(v.error);
  return v.scenario;
}

describe('kill-backend: discovery lag, then removal through session expiry', () => {
  const trace: TraceEvent[] = [];
  const sim = createSimulation(scenario(), { onTrace: (e) => trace.push(e) });
  const lab = () => labOf(sim.world)!;
  const failed = () => lab().runs.map((r) => r.metrics.failed);
  const holdsB2 = () => lab().runs.map((r) => (r.state as { ids: string[] }).ids.includes('b2'));

  sim.runUntil(KILL_MS - 1);
  const failedBeforeKill = failed();
  const servedB2AtKill = lab().runs.map((r) => r.load[1]!.served);
  // Step through the rest one event at a time, watching every strategy's view and failures.
  let removedAtMs = -1;
  const lastFailureMs = STRATEGIES.map(() => -1);
  let viewsAgreed = true;
  let prev = failed();
  while (sim.step(30000)) {
    const views = holdsB2();
    if (views.some((h) => h !== views[0])) viewsAgreed = false;
    if (removedAtMs < 0 && sim.world.nowMs > KILL_MS && !views[0]) removedAtMs = sim.world.nowMs;
    failed().forEach((f, i) => {
      if (f > prev[i]!) lastFailureMs[i] = sim.world.nowMs;
    });
    prev = failed();
  }
  sim.runUntil(30000);
  const report = buildReport(sim);
  const b2 = report.clients!.find((c) => c.id === 'lb:b2')!;
  const node = sim.world.clients.find((c) => c.client.id === 'lb:b2')!.node;
  const lastSendMs = Math.max(
    ...trace.filter((e) => e.k === 'send' && e.from === node && e.t <= KILL_MS).map((e) => e.t),
  );
  const expiryMs =
    trace.find(
      (e) => e.k === 'log' && e.data?.['kind'] === 'expire' && e.data['session'] === b2.sessionId,
    )?.t ?? NaN;

  it('runs clean, with no failure before the kill', () => {
    expect(report.violations).toEqual([]);
    expect(failedBeforeKill).toEqual([0, 0]);
    expect(b2.state).toBe('CLOSED');
  });

  it('expires the session between T and T + 1.5 ticks after the last ping, and the balancer sees the znode gone just after', () => {
    const T = b2.negotiatedTimeoutMs!;
    expect(T).toBe(6000);
    expect(expiryMs - lastSendMs).toBeGreaterThan(T);
    expect(expiryMs - lastSendMs).toBeLessThanOrEqual(T + 1.5 * TICK_MS + 5);
    expect(removedAtMs).toBeGreaterThan(expiryMs);
    expect(removedAtMs - lastSendMs).toBeLessThanOrEqual(T + 1.5 * TICK_MS + 50);
  });

  it('removes b2 exactly when the discover recipe re-lists without it, for every strategy at once', () => {
    const balancer = report.clients!.find((c) => c.id === 'lb:balancer')!;
    const relist = balancer.results.find(
      (r) => r.op === 'children' && r.atMs > KILL_MS && !r.children!.includes('b2'),
    );
    expect(relist?.atMs).toBe(removedAtMs);
    const removed = report.balancer!.membershipChanges.filter((c) => c.kind === 'removed');
    expect(removed).toEqual([
      {
        atMs: removedAtMs,
        kind: 'removed',
        backend: 'b2',
        keysMovedFraction: expect.any(Object) as unknown,
      },
    ]);
    expect(viewsAgreed).toBe(true);
  });

  it('fails requests to b2 until the removal and none after it; b2 serves nothing after the kill', () => {
    for (let i = 0; i < STRATEGIES.length; i++) {
      const s = report.balancer!.strategies[i]!;
      expect(s.failed).toBeGreaterThan(0);
      expect(s.dropped).toBe(0);
      expect(lastFailureMs[i]).toBeGreaterThan(KILL_MS);
      expect(lastFailureMs[i]).toBeLessThanOrEqual(removedAtMs);
      // Requests keep failing up to the end of the window: round robin sends b2 every 4th one.
      expect(removedAtMs - lastFailureMs[i]!).toBeLessThan(200);
      expect(s.backends[1]!.served).toBe(servedB2AtKill[i]);
      expect(s.offered).toBe(s.completed + s.failed + s.dropped + inFlight(i));
    }
  });

  function inFlight(run: number): number {
    return lab().runs[run]!.load.reduce((n, l) => n + l.serving.length + l.queue.length, 0);
  }
});
