import { describe, expect, it } from 'vitest';
import type { ViewParams } from '../protocol/messages';
import { checkInput } from './loadInput';
import { SimSession } from './session';
import { buildReport } from '../sim/index';
import { labOf, percentiles } from './simApi';

const view: ViewParams = { inspect: null, filter: { sids: [], cats: [] }, dropWindowMs: 20 };
const backend = (id: string, meanServiceMs: number) => ({
  id,
  meanServiceMs,
  slots: 4,
  queueMax: 50,
});

function scenarioOf(balancer: boolean) {
  return {
    version: 1,
    seed: 7,
    untilMs: 40000,
    ensemble: { servers: 3 },
    ...(balancer && {
      balancer: {
        service: '/services/api',
        sessionTimeoutMs: 6000,
        strategies: ['round-robin', 'least-connections'],
        backends: [backend('b1', 20), backend('b2', 20), backend('b3', 20), backend('b4', 80)],
        traffic: { ratePerSec: 300 },
        actions: [{ atMs: 20000, do: 'kill-backend', backend: 'b2' }],
      },
    }),
  };
}

function session(balancer: boolean): SimSession {
  const r = SimSession.load(scenarioOf(balancer), [], null, () => 0);
  if (!r.ok) throw new Error(r.error);
  return r.session;
}

function labAt(s: SimSession, ms: number) {
  s.advance(ms, null, Infinity);
  const lab = s.frame(1, ms, view).lab;
  if (!lab) throw new Error('no lab in the frame');
  return lab;
}

describe("the panels' percentiles", () => {
  it("equal the simulation's own, frame after frame, after a seek back and forward again", () => {
    const s = session(true);
    const check = () => {
      const lab = s.frame(1, s.tl.sim.nowMs, view).lab!;
      labOf(s.tl.sim.view)!.runs.forEach((run, i) => {
        const { p50, p95, p99 } = percentiles(run.metrics.latenciesMs);
        expect([lab.strategies[i]!.p50, lab.strategies[i]!.p95, lab.strategies[i]!.p99]).toEqual([
          p50,
          p95,
          p99,
        ]);
      });
    };
    for (const ms of [3000, 3001, 6000, 12000]) {
      s.advance(ms, null, Infinity);
      check();
    }
    s.seek(Math.floor(s.tl.now / 2));
    check();
    s.advance(14000, null, Infinity);
    check();
  });

  it('give the imbalance the report gives, on the backends alive at that moment', () => {
    const s = session(true);
    for (const ms of [15000, 22000, 35000]) {
      s.advance(ms, null, Infinity);
      const lab = s.frame(1, ms, view).lab!;
      const report = buildReport(s.tl.sim).balancer!;
      lab.strategies.forEach((st, i) =>
        expect(st.imbalance).toBe(Math.round(report.strategies[i]!.loadImbalance * 100) / 100),
      );
    }
  });
});

describe('the lab in the frame', () => {
  it('is absent without a balancer', () => {
    expect(session(false).frame(1, 0, view).lab).toBeNull();
  });

  it('shows each strategy, its pool and the balancer view through a kill', () => {
    const s = session(true);
    const before = labAt(s, 15000);
    expect(before.service).toBe('/services/api');
    expect(before.view).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(before.strategies.map((x) => x.id)).toEqual(['round-robin', 'least-connections']);
    for (const st of before.strategies) {
      expect(st.offered).toBeGreaterThan(0);
      expect(st.offered).toBe(before.strategies[0]?.offered);
      expect(st.p50).toBeLessThanOrEqual(st.p95);
      expect(st.p95).toBeLessThanOrEqual(st.p99);
      expect(st.recent.at(-1)?.why.code).toBe(
        st.id === 'round-robin' ? 'rotation' : 'fewestOutstanding',
      );
      expect(st.backends.map((b) => b.state)).toEqual(['alive', 'alive', 'alive', 'alive']);
    }

    const killed = labAt(s, 21000);
    const rr = killed.strategies[0]!;
    expect(rr.backends[1]).toMatchObject({
      id: 'b2',
      state: 'dead-registered',
      inUse: 0,
      queue: 0,
    });
    expect(rr.failed).toBeGreaterThan(0);

    const gone = labAt(s, 35000);
    expect(gone.view).toEqual(['b1', 'b3', 'b4']);
    expect(gone.strategies[0]?.backends[1]?.state).toBe('removed');
    const failed = gone.strategies.map((x) => x.failed);
    const later = labAt(s, 39000);
    expect(later.strategies.map((x) => x.failed)).toEqual(failed);
  });
});

describe('the charts in the frame', () => {
  it('sends the sampled series and membership changes only when they changed', () => {
    const s = session(true);
    const first = labAt(s, 3500).charts;
    expect(first?.intervalMs).toBe(1000);
    expect(first?.series.map((x) => x.id)).toEqual(['round-robin', 'least-connections']);
    const rr = first!.series[0]!;
    expect(rr.endMs).toEqual([1000, 2000, 3000]);
    for (const k of ['completed', 'p50', 'p95', 'p99'] as const) expect(rr[k]).toHaveLength(3);
    // Initial registrations are not chart markers.
    expect(first?.changes).toEqual([]);
    expect(labAt(s, 3600).charts).toBeNull();

    const later = labAt(s, 35000);
    // A window closes at the first record after its end, so the last one may still be open.
    expect(later.charts?.series[0]?.endMs.length).toBeGreaterThanOrEqual(34);
    expect(later.charts?.changes).toEqual([
      { atMs: expect.any(Number), kind: 'removed', backend: 'b2' },
    ]);
    const removedAt = later.charts!.changes[0]!.atMs;
    expect(removedAt).toBeGreaterThan(20000);
    const served = later.strategies.map((x) => x.backends.map((b) => b.served));
    for (const [k, st] of later.strategies.entries())
      expect(served[k]!.reduce((a, b) => a + b, 0)).toBe(st.completed);
    expect(later.strategies[0]?.backends.map((b) => b.meanServiceMs)).toEqual([20, 20, 20, 80]);
  });

  it('sends the charts again after invalidate', () => {
    const s = session(true);
    labAt(s, 2500);
    expect(labAt(s, 2600).charts).toBeNull();
    s.invalidate();
    expect(labAt(s, 2700).charts?.series[0]?.endMs).toHaveLength(2);
  });
});

describe('balancer commands', () => {
  it('kills and restarts a backend in every strategy at once', () => {
    const s = session(true);
    labAt(s, 5000);
    expect(s.command({ do: 'kill-backend', backend: 'b3' })).toMatchObject({
      ok: true,
      forked: false,
    });
    const killed = labAt(s, 5500);
    for (const st of killed.strategies) expect(st.backends[2]?.state).toBe('dead-registered');
    expect(s.commands.map((c) => c.action.do)).toEqual(['kill-backend']);
    expect(s.command({ do: 'restart-backend', backend: 'b3' })).toMatchObject({ ok: true });
    const back = labAt(s, 8000);
    for (const st of back.strategies) expect(st.backends[2]?.state).toBe('alive');
  });

  it('refuses an unknown backend, and a backend command without a balancer', () => {
    expect(session(true).command({ do: 'kill-backend', backend: 'b9' })).toMatchObject({
      ok: false,
    });
    expect(session(false).command({ do: 'kill-backend', backend: 'b1' })).toEqual({
      ok: false,
      error: 'action: this scenario has no balancer',
      field: { path: 'action', why: { code: 'noBalancer', params: {} } },
    });
  });

  it('accepts a shared command log holding backend commands', () => {
    const commands = [{ atEvent: 10, action: { atMs: 100, do: 'kill-backend', backend: 'b1' } }];
    expect(checkInput(scenarioOf(true), commands)).toMatchObject({ ok: true });
    const bad = [{ atEvent: 10, action: { atMs: 100, do: 'kill-backend', backend: 'zz' } }];
    expect(checkInput(scenarioOf(true), bad)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^commands\[0\]\.action/),
    });
    expect(checkInput(scenarioOf(false), commands)).toMatchObject({ ok: false });
  });
});

describe('backend markers', () => {
  it('plans the scripted kill, then marks it once reached', () => {
    const s = session(true);
    const planned = s.frame(1, 0, view).markers ?? [];
    expect(planned.filter((m) => m.kind === 'kill-backend')).toEqual([
      { kind: 'kill-backend', e: -1, t: 20000, sid: null, epoch: null, user: false, backend: 'b2' },
    ]);
    s.advance(21000, null, Infinity);
    const reached = (s.frame(2, 21000, view).markers ?? []).filter(
      (m) => m.kind === 'kill-backend',
    );
    expect(reached).toHaveLength(1);
    expect(reached[0]).toMatchObject({ t: 20000, backend: 'b2', user: false });
    expect(reached[0]?.e).toBeGreaterThan(0);
  });
});
