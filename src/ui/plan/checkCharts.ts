/**
 * Where the simulation's measurements go on the Plan charts: per line (an ensemble size on the
 * throughput chart; p50 and p99 on the latency chart) a shaded band joining the points' 95 %
 * intervals, and at each point the mean with a whisker over its interval. Values beyond the axis
 * are clamped to its ends (a point measured far above the model still shows, at the top edge).
 * Pure, like planCharts.ts.
 */
import { area } from 'd3';
import type { CheckMetric, CheckPoint, PointResult } from './checkPlan';
import { SERIES_COLOURS, SERIES_VOTERS, type ChartScales } from './planCharts';

export interface OverlayMark {
  x: number;
  y: number;
  yLo: number;
  yHi: number;
  disagrees: boolean;
  /** The point measured, so that its mark can open it in the ensemble view. */
  point: CheckPoint;
}

export interface OverlaySeries {
  /** The ensemble size (throughput) or the percentile (latency). */
  key: string;
  colour: string | null;
  band: string;
  marks: OverlayMark[];
}

function clampTo([lo, hi]: [number, number], v: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function series(
  key: string,
  colour: string | null,
  points: {
    x: number;
    lo: number;
    mean: number;
    hi: number;
    disagrees: boolean;
    point: CheckPoint;
  }[],
  s: ChartScales,
): OverlaySeries {
  const y = (v: number) => s.y(clampTo(s.yDomain, v));
  const sorted = [...points].sort((a, b) => a.x - b.x);
  const band =
    area<(typeof sorted)[number]>()
      .x((p) => s.x(p.x))
      .y0((p) => y(p.lo))
      .y1((p) => y(p.hi))(sorted) ?? '';
  return {
    key,
    colour,
    band,
    marks: sorted.map((p) => ({
      x: s.x(p.x),
      y: y(p.mean),
      yLo: y(p.lo),
      yHi: y(p.hi),
      disagrees: p.disagrees,
      point: p.point,
    })),
  };
}

function measured(r: PointResult, metric: CheckMetric, x: number) {
  const m = r.metrics.find((k) => k.metric === metric);
  const s = m?.simulated;
  if (!s) return null;
  // One seed has no interval (the view asks for two at least): the point alone, no whisker.
  return {
    x,
    mean: s.mean,
    lo: s.ci95?.lo ?? s.mean,
    hi: s.ci95?.hi ?? s.mean,
    disagrees: m.disagrees,
    point: r.point,
  };
}

export function throughputOverlay(
  results: readonly PointResult[],
  s: ChartScales,
): OverlaySeries[] {
  const out: OverlaySeries[] = [];
  SERIES_VOTERS.forEach((voters, i) => {
    const pts = results
      .filter((r) => r.point.chart === 'throughput' && r.point.voters === voters)
      .map((r) => measured(r, 'throughput', r.point.readRatio))
      .filter((p) => p !== null);
    if (pts.length > 0) out.push(series(String(voters), SERIES_COLOURS[i]!, pts, s));
  });
  return out;
}

export function latencyOverlay(results: readonly PointResult[], s: ChartScales): OverlaySeries[] {
  const lat = results.filter((r) => r.point.chart === 'latency');
  return (['p50', 'p99'] as const).flatMap((metric) => {
    const pts = lat
      .map((r) => measured(r, metric, r.point.chart === 'latency' ? r.point.offeredOpsPerSec : 0))
      .filter((p) => p !== null);
    return pts.length > 0 ? [series(metric, null, pts, s)] : [];
  });
}
