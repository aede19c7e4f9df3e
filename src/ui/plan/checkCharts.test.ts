// Where the measurements land on the charts: one band per measured line, one mark per point at
// the chart's own scale, values beyond the axis clamped to its ends, hollow marks where the
// point disagrees. Fixed results, never the stand-in's numbers.
import { describe, expect, it } from 'vitest';
import { latencyOverlay, throughputOverlay } from './checkCharts';
import type { PointResult } from './checkPlan';
import type { ChartScales } from './planCharts';

const scales: ChartScales = { x: (v) => v * 100, y: (v) => 1000 - v, yDomain: [0, 500] };

function tp(voters: number, readRatio: number, mean: number, half: number): PointResult {
  return {
    point: { chart: 'throughput', voters, observers: 0, readRatio },
    metrics: [
      {
        metric: 'throughput',
        model: mean,
        simulated: {
          n: 3,
          mean,
          min: mean - half,
          max: mean + half,
          ci95: { half, lo: mean - half, hi: mean + half },
        },
        difference: 0,
        disagrees: half > 100,
      },
    ],
  };
}

describe('check overlays', () => {
  it('draws one band per ensemble size and a mark per point, in read order', () => {
    const s = throughputOverlay([tp(5, 1, 100, 10), tp(5, 0, 50, 5), tp(3, 0.5, 80, 8)], scales);
    expect(s.map((x) => x.key)).toEqual(['3', '5']);
    const five = s[1]!;
    expect(five.marks.map((m) => m.x)).toEqual([0, 100]);
    expect(five.marks[0]).toMatchObject({ y: 950, yLo: 955, yHi: 945, disagrees: false });
    // The band runs along the upper ends, then back along the lower ends.
    expect(five.band).toBe('M0,945L100,890L100,910L0,955Z');
  });

  it('clamps values beyond the axis to its ends and marks disagreement', () => {
    const [s] = throughputOverlay([tp(7, 0.5, 450, 200)], scales);
    expect(s!.marks[0]).toMatchObject({ y: 550, yHi: 500, yLo: 750, disagrees: true });
  });

  it('draws p50 and p99 on the latency chart, nothing for the throughput points', () => {
    const lat: PointResult = {
      point: {
        chart: 'latency',
        voters: 5,
        observers: 0,
        readRatio: 0.9,
        offeredOpsPerSec: 2,
        kind: 'write',
      },
      metrics: (['p50', 'p99'] as const).map((metric, i) => ({
        metric,
        model: 1,
        simulated: {
          n: 2,
          mean: 1 + i,
          min: 0.9 + i,
          max: 1.1 + i,
          ci95: { half: 0.1, lo: 0.9 + i, hi: 1.1 + i },
        },
        difference: 0,
        disagrees: false,
      })),
    };
    const s = latencyOverlay([lat, tp(5, 1, 100, 10)], scales);
    expect(s.map((x) => x.key)).toEqual(['p50', 'p99']);
    expect(s[1]!.marks[0]).toMatchObject({ x: 200, y: 998 });
  });
});
