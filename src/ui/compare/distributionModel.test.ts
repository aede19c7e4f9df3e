// Proves the distribution chart's geometry on small hand-made distributions: one shared log
// latency axis from the worker's bins in both views, the CDF from 0 to 100 % with its guides and
// p99 dots where they belong, and the histogram as each strategy's share of its own completions.
import { describe, expect, it } from 'vitest';
import type { LabDistributionRunView, LabDistributionView } from '../../protocol/frame';
import { dashOf } from './chartModel';
import { DISTRIBUTION_BOX as B, distributionGeometry, logTicks } from './distributionModel';

const left = B.left;
const right = B.width - B.right;
const bottom = B.height - B.bottom;

/** A run whose CDF is sampled at 4 steps (quantiles 0, 25, 50, 75, 100 %). */
function runOf(id: string, quantilesMs: number[], binCounts: number[]): LabDistributionRunView {
  const count = binCounts.reduce((s, n) => s + n, 0);
  return {
    id,
    count,
    quantilesMs: count > 0 ? quantilesMs : [],
    p50: quantilesMs[2] ?? 0,
    p95: quantilesMs[4] ?? 0,
    p99: quantilesMs[4] ?? 0,
    max: quantilesMs[4] ?? 0,
    binCounts,
  };
}

const dist: LabDistributionView = {
  steps: 4,
  binEdgesMs: [10, 100, 1000],
  runs: [
    runOf('round-robin', [10, 20, 50, 400, 1000], [3, 1]),
    runOf('p2c', [10, 10, 20, 30, 90], [4, 0]),
  ],
};

/** The numbers of an SVG path, in order. */
function numbers(d: string): number[] {
  return (d.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
}

describe('distributionGeometry', () => {
  it('shares one log latency axis spanning the bins, in both views', () => {
    for (const mode of ['cdf', 'histogram'] as const) {
      const g = distributionGeometry(dist, mode);
      expect(g.xTicks.map((tk) => tk.value)).toEqual([10, 20, 50, 100, 200, 500, 1000]);
      expect(g.xTicks[0]?.pos).toBeCloseTo(left);
      expect(g.xTicks[3]?.pos).toBeCloseTo((left + right) / 2); // 100 ms: half way on a log axis
      expect(g.xTicks.at(-1)?.pos).toBeCloseTo(right);
    }
  });

  it('draws each CDF from 0 to 100 %, with guides at 50, 95, 99 % and a dot at each p99', () => {
    const g = distributionGeometry(dist, 'cdf');
    expect(g.yTicks.map((tk) => tk.value)).toEqual([0, 25, 50, 75, 100]);
    const [rr, p2c] = g.curves;
    const pts = numbers(rr!.d);
    expect(pts.slice(0, 2).map((v) => +v.toFixed(3))).toEqual([left, bottom]); // (10 ms, 0 %)
    expect(pts.at(-2)).toBeCloseTo(right); // (1000 ms, 100 %)
    expect(pts.at(-1)).toBeCloseTo(B.top);
    expect(rr?.dash).toBe(dashOf(0));
    expect(p2c?.dash).toBe(dashOf(1));
    expect(rr?.area).toBe('');
    expect(g.guides.map((x) => x.pct)).toEqual([50, 95, 99]);
    const y99 = g.guides[2]!.y;
    expect(y99).toBeCloseTo(bottom - 0.99 * (bottom - B.top));
    expect(rr?.p99).toEqual({ x: expect.closeTo(right), y: y99 });
    // The 95 and 99 % guides are 8 px apart: their labels are spread, never overlapping.
    expect(g.guides[1]!.labelY - g.guides[2]!.labelY).toBeGreaterThanOrEqual(13);
  });

  it("draws each histogram as the strategy's share of its own completions, per tenth of a decade", () => {
    const g = distributionGeometry(dist, 'histogram');
    expect(g.guides).toEqual([]);
    expect(g.yTicks[0]?.value).toBe(0);
    expect(g.yTicks.at(-1)?.value).toBe(10); // p2c: all its requests in the first decade
    const top = g.yTicks.at(-1)!.pos;
    const y = (share: number) => bottom - (share / 10) * (bottom - top);
    // round-robin: 75 % in [10, 100), 25 % in [100, 1000); each bin is a decade wide, ten times
    // a regular bin, so its height is a tenth of its share.
    const [x0, y0, v1, h1, v2, h2, v3] = numbers(g.curves[0]!.d);
    expect([x0, y0]).toEqual([left, bottom]);
    expect(v1).toBeCloseTo(y(7.5));
    expect(h1).toBeCloseTo((left + right) / 2);
    expect(v2).toBeCloseTo(y(2.5));
    expect(h2).toBeCloseTo(right);
    expect(v3).toBeCloseTo(bottom);
    expect(g.curves[0]!.area).toBe(`${g.curves[0]!.d}Z`);
    expect(numbers(g.curves[1]!.d)[2]).toBeCloseTo(y(10));
    expect(g.curves.every((c) => c.p99 === null)).toBe(true);
  });

  it('draws nothing for a strategy without completions, and keeps a readable empty axis', () => {
    const empty: LabDistributionView = {
      steps: 4,
      binEdgesMs: [],
      runs: [runOf('random', [], [])],
    };
    const g = distributionGeometry(empty, 'cdf');
    expect(g.curves[0]).toMatchObject({ d: '', area: '', p99: null });
    expect(g.xTicks.map((tk) => tk.value)).toEqual([10, 20, 50, 100, 200, 500, 1000]);
    expect(distributionGeometry(empty, 'histogram').curves[0]?.d).toBe('');
  });
});

describe('logTicks', () => {
  it('uses 1-2-5 steps, fewer when the range spans many decades', () => {
    expect(logTicks(20, 1300)).toEqual([20, 50, 100, 200, 500, 1000]);
    expect(logTicks(1, 6000)).toEqual([1, 3, 10, 30, 100, 300, 1000, 3000]);
    expect(logTicks(1, 60000)).toEqual([1, 10, 100, 1000, 10000]);
    expect(logTicks(1, 1e7)).toEqual([1, 10, 100, 1000, 10000, 100000, 1e6, 1e7]);
  });
});
