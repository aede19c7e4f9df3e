// The arithmetic of "Check by simulation" on fixed measurements (never the stand-in's numbers):
// which points and runs a setting gives, the grouping of measurements by point in run order with
// their seed statistics (src/sim/cost/seedStats.ts), and when a point is said to disagree with the model.
import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_PARAMS, saturation } from '../../sim/cost';
import type { CapacityMeasurement } from '../../sim/index';
import {
  aggregate,
  checkPoints,
  checkRuns,
  checkSettingProblem,
  defaultCheckSettings,
  disagreements,
  modelValues,
  readShares,
  type CheckPoint,
} from './checkPlan';
import { planModel } from './planModel';
import { DEFAULT_PLAN_INPUTS } from './planInputs';

const p = DEFAULT_COST_PARAMS;

function m(seed: number, ops: number, write: [number, number] | null = null): CapacityMeasurement {
  return {
    seed,
    completedOps: ops,
    throughputOpsPerSec: ops,
    readOpsPerSec: ops / 2,
    writeOpsPerSec: ops / 2,
    readLatencyMs: null,
    writeLatencyMs: write && { p50: write[0], p99: write[1], mean: write[0] },
    utilization: {},
    events: 0,
  };
}

describe('check settings', () => {
  it('refuses fractions, values out of bounds, and a single read share', () => {
    expect(checkSettingProblem('seeds', 3)).toBeNull();
    expect(checkSettingProblem('seeds', 1)).toBe('outOfRange');
    expect(checkSettingProblem('seeds', 11)).toBe('outOfRange');
    expect(checkSettingProblem('seeds', 2.5)).toBe('notInteger');
    expect(checkSettingProblem('readSteps', 1)).toBe('outOfRange');
    expect(checkSettingProblem('readSteps', 0)).toBeNull();
    expect(checkSettingProblem('measureMs', 100)).toBe('outOfRange');
  });

  it('spaces read shares from all writes to all reads', () => {
    expect(readShares(3)).toEqual([0, 0.5, 1]);
    expect(readShares(0)).toEqual([]);
  });

  it('gives the chosen lines’ read shares and the plan’s loads, seeds 1..n per point', () => {
    const model = planModel(DEFAULT_PLAN_INPUTS);
    const s = { ...defaultCheckSettings(model.point.voters), voters: [3, 7], seeds: 2 };
    const pts = checkPoints(model, s);
    expect(pts.filter((x) => x.chart === 'throughput')).toHaveLength(2 * s.readSteps);
    const lat = pts.filter((x) => x.chart === 'latency');
    expect(lat).toHaveLength(s.loadSteps);
    const limit = saturation(model.point, model.point.readRatio, p).resourceLimitOpsPerSec;
    for (const x of lat) expect(x.chart === 'latency' && x.offeredOpsPerSec < limit).toBe(true);
    const runs = checkRuns(pts, s, model.params);
    expect(runs).toHaveLength(pts.length * 2);
    expect(runs.slice(0, 2).map((r) => [r.seed, r.load])).toEqual([
      [1, 'saturated'],
      [2, 'saturated'],
    ]);
    expect(runs.at(-1)!.load).toBe('offered');
  });
});

describe('aggregate and disagreements', () => {
  const tp: CheckPoint = { chart: 'throughput', voters: 3, observers: 0, readRatio: 0.5 };
  const model = modelValues(tp, p).throughput!;

  it('groups measurements by point in run order', () => {
    const other: CheckPoint = { ...tp, voters: 5 };
    const r = aggregate([tp, other], 2, [m(1, 10), m(2, 20), m(1, 30), m(2, 50)], p);
    expect(r.map((x) => x.metrics[0]!.simulated!.mean)).toEqual([15, 40]);
    expect(() => aggregate([tp], 2, [m(1, 10)], p)).toThrow(/1 measurements for 1 points x 2/);
  });

  it('agrees when the model is inside the interval, or within the tolerance', () => {
    const near = aggregate(
      [tp],
      3,
      [m(1, model * 1.05), m(2, model * 1.05), m(3, model * 1.05)],
      p,
    );
    expect(near[0]!.metrics[0]!.disagrees).toBe(false); // outside a zero-width interval, but 5 %
    const wide = aggregate([tp], 2, [m(1, model * 0.5), m(2, model * 1.9)], p);
    expect(wide[0]!.metrics[0]!.disagrees).toBe(false); // 20 % off, but the seeds span the model
    expect(disagreements([...near, ...wide])).toEqual([]);
  });

  it('disagrees above or below with the share, beyond the tolerance and the interval', () => {
    const high = aggregate([tp], 3, [m(1, model * 1.3), m(2, model * 1.31), m(3, model * 1.29)], p);
    const d = disagreements(high);
    expect(d).toHaveLength(1);
    expect(d[0]!.code).toBe('above');
    expect(d[0]!.metric).toBe('throughput');
    expect(d[0]!.share).toBeCloseTo(0.3, 6);
    const low = aggregate([tp], 2, [m(1, model * 0.5), m(2, model * 0.5)], p);
    expect(disagreements(low)[0]!.code).toBe('below');
  });

  it('says so when a seed completed no write to time', () => {
    const lat: CheckPoint = {
      chart: 'latency',
      voters: 3,
      observers: 0,
      readRatio: 0.5,
      offeredOpsPerSec: 1000,
      kind: 'write',
    };
    const r = aggregate([lat], 2, [m(1, 1000, [2, 5]), m(2, 1000, null)], p);
    expect(r[0]!.metrics.map((x) => x.metric)).toEqual(['p50', 'p99']);
    expect(disagreements(r).map((x) => x.code)).toEqual(['noSamples', 'noSamples']);
  });
});
