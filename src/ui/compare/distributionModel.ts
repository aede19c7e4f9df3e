/**
 * Pure geometry of the latency distribution chart (DESIGN.md section 7: scales and paths here,
 * tested in Node; DistributionChart only renders them).
 *
 * Both views share one logarithmic latency axis spanning the worker's shared bins, so switching
 * between them keeps every latency at the same x and the strategies are compared on the same
 * bins. Latency spans decades (a fast backend's 20 ms beside a queue's 1.2 s), which a linear
 * axis would crush into its left edge.
 * - CDF: each strategy's empirical CDF (the worker's quantile samples) from 0 to 100 %, with
 *   light guides at 50, 95 and 99 % and a dot where each curve crosses 99 % (its p99).
 * - Histogram: each strategy's share of its own completions per bin, as a stepped outline, so a
 *   strategy that completed more requests is not taller for that reason alone. The worker's bins
 *   are a tenth of a decade, except below 10 ms where whole-millisecond edges widen them; each bin
 *   is scaled to a tenth of a decade (share / width), so a wider bin is not taller for holding
 *   more milliseconds and the outline keeps the shape of the distribution.
 */
import { line, scaleLinear, scaleLog } from 'd3';
import type { LabDistributionView } from '../../protocol/frame';
import { dashOf, spreadLabels, type Box, type Tick } from './chartModel';

export const DISTRIBUTION_MODES = ['cdf', 'histogram'] as const;
export type DistributionMode = (typeof DISTRIBUTION_MODES)[number];

/** Sized like its column at 1400 px (about 400 px), so its text renders near its 11 px. */
export const DISTRIBUTION_BOX: Box = {
  width: 420,
  height: 260,
  top: 24,
  right: 34,
  bottom: 30,
  left: 40,
};

/** The percentiles a person reads off a latency CDF: the median and the tail. */
export const GUIDES = [50, 95, 99] as const;

/** Shown before any completion, so the empty axes already read as milliseconds. */
const EMPTY_DOMAIN: [number, number] = [10, 1000];
const GUIDE_LABEL_GAP = 13;
const MAX_X_TICKS = 8;
/** The width the histogram's heights refer to: the worker's regular bin, a tenth of a decade. */
const BIN_DECADES = 0.1;

export interface DistributionCurve {
  id: string;
  index: number;
  d: string;
  dash: string;
  /** Filled area under the histogram outline; empty in the CDF view. */
  area: string;
  /** The p99 dot (CDF view), or null without completions or in the histogram view. */
  p99: { x: number; y: number } | null;
}

export interface GuideLine {
  pct: (typeof GUIDES)[number];
  y: number;
  /** The label's y, nudged so the close 95 and 99 % labels never overlap. */
  labelY: number;
}

export interface DistributionGeometry {
  xTicks: Tick[];
  yTicks: Tick[];
  guides: GuideLine[];
  curves: DistributionCurve[];
}

/** Latency ticks at 1-2-5 (or 1-3, or powers of ten when the range is wide) times 10^k. */
export function logTicks(lo: number, hi: number): number[] {
  for (const mantissas of [[1, 2, 5], [1, 3], [1]]) {
    const out: number[] = [];
    for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k++)
      for (const m of mantissas) {
        const v = m * 10 ** k;
        if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(v);
      }
    if (out.length <= MAX_X_TICKS) return out;
  }
  return [];
}

/** Path of a histogram outline over the bins: up and across each bin, back to 0 at the end. */
function stepOutline(xs: readonly number[], ys: readonly number[], y0: number): string {
  if (xs.length < 2) return '';
  let d = `M${xs[0]},${y0}`;
  ys.forEach((y, i) => {
    d += `V${y}H${xs[i + 1]}`;
  });
  return `${d}V${y0}`;
}

export function distributionGeometry(
  dist: LabDistributionView,
  mode: DistributionMode,
  box: Box = DISTRIBUTION_BOX,
): DistributionGeometry {
  const edges = dist.binEdgesMs;
  const domain: [number, number] =
    edges.length >= 2 ? [edges[0] as number, edges[edges.length - 1] as number] : EMPTY_DOMAIN;
  const x = scaleLog()
    .domain(domain)
    .range([box.left, box.width - box.right])
    .clamp(true);
  const bottom = box.height - box.bottom;
  const shares = dist.runs.map((r) =>
    r.binCounts.map((c, i) => {
      if (r.count === 0) return 0;
      const decades = Math.log10((edges[i + 1] as number) / (edges[i] as number));
      return ((100 * c) / r.count) * (BIN_DECADES / decades);
    }),
  );
  const top = mode === 'cdf' ? 100 : Math.max(5, ...shares.flat());
  const y = scaleLinear().domain([0, top]).range([bottom, box.top]);
  if (mode === 'histogram') y.nice(5);

  const xs = edges.map((e) => x(e));
  const cdfLine = line<number>()
    .x((v) => x(Math.max(domain[0], v)))
    .y((_, k) => y((100 * k) / dist.steps));
  const curves: DistributionCurve[] = dist.runs.map((r, index) => {
    const base = { id: r.id, index, dash: dashOf(index) };
    if (r.count === 0) return { ...base, d: '', area: '', p99: null };
    if (mode === 'cdf')
      return {
        ...base,
        d: cdfLine(r.quantilesMs) ?? '',
        area: '',
        p99: { x: x(Math.max(domain[0], r.p99)), y: y(99) },
      };
    const outline = stepOutline(
      xs,
      (shares[index] as number[]).map((s) => y(s)),
      bottom,
    );
    return { ...base, d: outline, area: outline === '' ? '' : `${outline}Z`, p99: null };
  });

  const guideYs = GUIDES.map((g) => y(g));
  const labelYs = spreadLabels(
    guideYs.map((v) => v),
    GUIDE_LABEL_GAP,
    box.top - 8,
    bottom,
  );
  return {
    xTicks: logTicks(domain[0], domain[1]).map((v) => ({ pos: x(v), value: v })),
    yTicks: (mode === 'cdf' ? [0, 25, 50, 75, 100] : y.ticks(5)).map((v) => ({
      pos: y(v),
      value: v,
    })),
    guides:
      mode === 'cdf'
        ? GUIDES.map((pct, k) => ({ pct, y: guideYs[k] as number, labelY: labelYs[k] as number }))
        : [],
    curves,
  };
}
