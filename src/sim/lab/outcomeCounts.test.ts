/**
 * Each backend's admitted / dropped / failed counters (labTypes.ts BackendLoad) agree with the
 * run's own metrics after every kernel event: the per-backend drops add up to the run's drops,
 * the per-backend failures to the run's failures minus those with an empty view, and what a
 * backend admitted is what it served, holds, or lost in place to a kill. Three scripted runs:
 * a saturated pool that drops, a kill, and every backend killed so the view empties.
 */
import { describe, expect, it } from 'vitest';
import type { Simulation } from '../engine/simulation';
import { createSimulation } from '../extensions';
import { labOf } from './labExtension';
import { buildReport } from '../engine/report';
import { validateScenario } from '../scenario/validate';
import { cloneLab } from './labSetup';
import type { BackendLoad, StrategyRun } from './labTypes';

const STRATEGIES = ['round-robin', 'least-connections', 'hash-mod'] as const;

function scenario(balancer: Record<string, unknown>, untilMs: number) {
  const v = validateScenario({
    version: 1,
    seed: 5,
    untilMs,
    ensemble: { servers: 3 },
    balancer: {
      service: '/services/api',
      sessionTimeoutMs: 4000,
      strategies: [...STRATEGIES],
      traffic: { ratePerSec: 200 },
      ...balancer,
    },
  });
  if (!v.ok) throw new Error(v.error);
  return v.scenario;
}

const sum = (loads: BackendLoad[], f: (l: BackendLoad) => number) =>
  loads.reduce((n, l) => n + f(l), 0);
const inFlight = (l: BackendLoad) => l.serving.length + l.queue.length;
/** Requests a backend admitted that were neither served nor are still held: lost to a kill. */
const lostInPlace = (l: BackendLoad) => l.admitted - l.served - inFlight(l);

/** Steps the run one event at a time, calling `check` on every strategy run after each. */
function stepAll(sim: Simulation, untilMs: number, check: (run: StrategyRun) => void): number {
  let events = 0;
  while (sim.step(untilMs)) {
    events++;
    for (const run of labOf(sim.world)!.runs) check(run);
  }
  return events;
}

describe('per-backend outcome counters', () => {
  it('count drops per backend when queues overflow, with no failure and nothing lost', () => {
    const slow = (id: string) => ({ id, meanServiceMs: 60, slots: 1, queueMax: 2 });
    const sim = createSimulation(
      scenario({ backends: ['b1', 'b2', 'b3'].map(slow), actions: [] }, 8000),
    );
    const events = stepAll(sim, 8000, (run) => {
      const m = run.metrics;
      expect(sum(run.load, (l) => l.dropped)).toBe(m.dropped);
      expect(sum(run.load, (l) => l.failed)).toBe(0);
      for (const l of run.load) expect(lostInPlace(l)).toBe(0);
      expect(sum(run.load, (l) => l.admitted) + m.dropped).toBe(m.offered);
    });
    expect(events).toBeGreaterThan(1000);
    const report = buildReport(sim);
    expect(report.violations).toEqual([]);
    for (const s of report.balancer!.strategies) expect(s.dropped).toBeGreaterThan(100);
  });

  it('count a kill: requests failed in place and those picked onto the dead backend, at it only', () => {
    const backends = ['b1', 'b2', 'b3', 'b4'].map((id) => ({ id, meanServiceMs: 30, slots: 2 }));
    const sim = createSimulation(
      scenario({ backends, actions: [{ atMs: 6000, do: 'kill-backend', backend: 'b2' }] }, 16000),
    );
    sim.runUntil(5999);
    const heldAtKill = labOf(sim.world)!.runs.map((r) => inFlight(r.load[1]!));
    const failedBeforeKill = labOf(sim.world)!.runs.map((r) => r.load[1]!.failed);
    stepAll(sim, 16000, (run) => {
      const m = run.metrics;
      // The view never empties here, so every failure happened at a backend.
      expect(sum(run.load, (l) => l.failed)).toBe(m.failed);
      expect(sum(run.load, (l) => l.dropped)).toBe(m.dropped);
      expect(sum(run.load, (l) => l.served)).toBe(m.completed);
      const lost = sum(run.load, lostInPlace);
      expect(sum(run.load, (l) => l.admitted) + m.dropped + m.failed - lost).toBe(m.offered);
    });
    const lab = labOf(sim.world)!;
    expect(buildReport(sim).violations).toEqual([]);
    lab.runs.forEach((run, r) => {
      expect(heldAtKill[r]).toBeGreaterThan(0);
      expect(failedBeforeKill[r]).toBe(0);
      expect(lostInPlace(run.load[1]!)).toBe(heldAtKill[r]);
      // Requests were also picked onto b2 while its znode lingered.
      expect(run.load[1]!.failed).toBeGreaterThan(heldAtKill[r]!);
      for (const k of [0, 2, 3]) expect(run.load[k]!.failed).toBe(0);
    });
    // A checkpoint copy carries the counters and evolves apart from the original.
    const copy = cloneLab(lab);
    expect(copy.runs.map((r) => r.load)).toEqual(lab.runs.map((r) => r.load));
    copy.runs[0]!.load[1]!.failed++;
    expect(lab.runs[0]!.load[1]!.failed).toBe(copy.runs[0]!.load[1]!.failed - 1);
  });

  it('leave failures with an empty view off every backend', () => {
    const backends = ['b1', 'b2'].map((id) => ({ id, meanServiceMs: 10 }));
    const actions = ['b1', 'b2'].map((backend) => ({ atMs: 4000, do: 'kill-backend', backend }));
    const sim = createSimulation(scenario({ backends, actions }, 16000));
    stepAll(sim, 16000, (run) => {
      const atBackends = sum(run.load, (l) => l.failed);
      expect(atBackends).toBeLessThanOrEqual(run.metrics.failed);
    });
    const lab = labOf(sim.world)!;
    expect(lab.view).toEqual([]);
    for (const run of lab.runs) {
      const atBackends = sum(run.load, (l) => l.failed);
      expect(atBackends).toBeGreaterThan(0);
      // Once both sessions expired, every request failed with nothing to pick.
      expect(run.metrics.failed - atBackends).toBeGreaterThan(500);
    }
  });
});
