// Proves the lab's measurements: exact nearest-rank percentiles (rank ceil(p × N / 100)), the
// counters per outcome kind, loadImbalance = max / mean served among live backends only, the
// fixed-interval time series (empty windows included), and that the metrics survive JSON.
import { describe, expect, it } from 'vitest';
import {
  advanceTo,
  createMetrics,
  loadImbalance,
  nearestRank,
  percentiles,
  recordOffered,
  recordOutcome,
  summarize,
  type LbMetrics,
} from './metrics';
import type { Outcome } from './types';

const ok = (backend: string, latencyMs: number): Outcome => ({
  backend,
  latencyMs,
  ok: true,
  kind: 'completed',
});

describe('percentiles', () => {
  it('uses the nearest rank on a sorted copy', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    expect(percentiles(values)).toEqual({ p50: 50, p95: 95, p99: 99, max: 100 });
    expect(values[0]).toBe(100); // the input is not sorted in place
    expect(nearestRank([7], 1)).toBe(7);
    expect(nearestRank([1, 2, 3], 50)).toBe(2); // ceil(1.5) = 2
    expect(nearestRank([1, 2, 3, 4], 50)).toBe(2); // rank 2 exactly, no interpolation
    expect(percentiles([])).toEqual({ p50: 0, p95: 0, p99: 0, max: 0 });
    expect(percentiles([10, 2, 33]).max).toBe(33); // numeric, not lexicographic, order
  });
});

describe('metrics', () => {
  function sample(): LbMetrics {
    const m = createMetrics('p2c', 1000);
    for (let t = 0; t < 10; t++) recordOffered(m, t * 100);
    recordOutcome(m, ok('b1', 20), 150);
    recordOutcome(m, ok('b1', 40), 900);
    recordOutcome(m, ok('b2', 10), 1200);
    recordOutcome(m, { backend: 'b3', latencyMs: 0, ok: false, kind: 'dropped' }, 1300);
    recordOutcome(m, { backend: 'b2', latencyMs: 5000, ok: false, kind: 'failed' }, 3500);
    return m;
  }

  it('counts offered, completed, dropped, failed and times only completions', () => {
    const s = summarize(sample(), ['b1', 'b2', 'b3']);
    expect(s).toMatchObject({ id: 'p2c', offered: 10, completed: 3, dropped: 1, failed: 1 });
    expect(s.latencyMs).toEqual({ p50: 20, p95: 40, p99: 40, max: 40 });
    expect(s.backends).toEqual([
      { id: 'b1', served: 2 },
      { id: 'b2', served: 1 },
    ]);
  });

  it('computes loadImbalance over live backends only', () => {
    const m = sample();
    expect(loadImbalance(m, ['b1', 'b2'])).toBeCloseTo(2 / 1.5, 12);
    expect(loadImbalance(m, ['b1', 'b2', 'b3'])).toBeCloseTo(2 / 1, 12); // b3 served nothing
    expect(loadImbalance(m, ['b9'])).toBe(1);
    expect(loadImbalance(m, [])).toBe(1);
  });

  it('samples a time series per interval, including empty windows', () => {
    const m = sample();
    advanceTo(m, 4000);
    expect(m.series.map((p) => [p.startMs, p.endMs])).toEqual([
      [0, 1000],
      [1000, 2000],
      [2000, 3000],
      [3000, 4000],
    ]);
    expect(m.series[0]).toMatchObject({
      offered: 10,
      completed: 2,
      p50: 20,
      p99: 40,
      throughputPerSec: 2,
    });
    expect(m.series[1]).toMatchObject({ completed: 1, dropped: 1, p95: 10 });
    expect(m.series[2]).toMatchObject({ completed: 0, p50: 0, throughputPerSec: 0 });
    expect(m.series[3]).toMatchObject({ failed: 1 });
  });

  it('is plain data', () => {
    const m = sample();
    advanceTo(m, 2500);
    expect(JSON.parse(JSON.stringify(m))).toStrictEqual(m);
  });
});
