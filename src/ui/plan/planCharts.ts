/**
 * Pure geometry of the Plan view's two charts (DESIGN.md section 7: scales and paths here, tested
 * in Node; the components only draw what these return).
 *
 * Throughput against read ratio: the saturated throughput of 3, 5, 7, 9 and 13 voters (with the
 * plan's observers and parameters) from all writes to all reads, each line with a dash and a
 * direct label at its right end (nudged apart so labels never overlap), and the plan's own point.
 * The y axis is logarithmic: throughput spans an order of magnitude from all writes to all reads,
 * and on a linear axis the write-heavy end, where the sizes differ most, would be a flat line.
 *
 * Write latency against offered load: p50 and p99 from idle to just below saturation. Queues grow
 * without bound at saturation, so the y axis stops at a few times the p99 at the knee and the
 * lines are clipped there; the knee and the plan's offered load are vertical marks.
 */
import { line, scaleLinear, scaleLog } from 'd3';
import type { Box, Tick } from '../compare/chartModel';
import {
  latencyAt,
  saturation,
  throughputByReadRatio,
  type CostParams,
  type Ensemble,
  type Knee,
  type LatencyMs,
  type ThroughputPoint,
} from '../../sim/cost';

export type { Box, Tick };

/** The y axis title sits above the plot, clear of the top tick's label. */
export const THROUGHPUT_BOX: Box = {
  width: 560,
  height: 290,
  top: 38,
  right: 88,
  bottom: 40,
  left: 62,
};
export const LATENCY_BOX: Box = THROUGHPUT_BOX;

/** The ensemble sizes the throughput chart compares (the paper's Figure 5 has 3 to 13). */
export const SERIES_VOTERS = [3, 5, 7, 9, 13] as const;
/** Solid, dashed, dotted, dash-dot, long dash: one per series, so colour never carries it alone. */
export const SERIES_DASHES = ['', '7 4', '2 3', '9 3 2 3', '14 4'] as const;
/** Okabe-Ito hues (colour-blind safe), and the text colour for the fifth. */
export const SERIES_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#1b2530'] as const;
/** Read ratios sampled per line: every 2%. */
export const READ_RATIO_STEPS = 50;
/**
 * Loads sampled on the latency curve: each point costs a numerical quantile (about 1.5 ms), so
 * few, and spaced closer toward the limit where the curve bends (fraction 1 - (1 - i/n)^2).
 */
export const LOAD_STEPS = 24;

/** The sampled loads as fractions of the limit, the last just short of it. */
export function loadFractions(steps: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < steps; i++) out.push(1 - (1 - (i + 0.5) / steps) ** 2);
  return out;
}
/** The latency axis ends at this multiple of the p99 at the knee. */
export const LATENCY_HEADROOM = 3;
/** Direct labels are kept at least this far apart vertically (view-box units). */
export const LABEL_GAP = 17;

export interface SeriesLine {
  voters: number;
  index: number;
  dash: string;
  colour: string;
  d: string;
  label: { x: number; y: number };
}

export interface ThroughputGeometry {
  lines: SeriesLine[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** The plan's own configuration: its read ratio and saturated throughput. */
  current: { x: number; y: number; opsPerSec: number };
  /** The chart's scales, for what is drawn over the lines (the simulation's measurements). */
  scales: ChartScales;
}

/** Value to view-box position, with the domain a drawn value is clamped to. */
export interface ChartScales {
  x: (v: number) => number;
  y: (v: number) => number;
  yDomain: [number, number];
}

/** Pushes label positions apart (in order) so that consecutive ones are at least `gap` apart. */
export function spreadLabels(ys: readonly number[], gap: number, min: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  let last = min - gap;
  const out = new Array<number>(ys.length);
  for (const { y, i } of order) {
    last = Math.max(y, last + gap);
    out[i] = last;
  }
  return out;
}

/**
 * Ticks of a log axis from `lo` to `hi`: each power of ten, and 2 and 5 times it when the axis
 * spans fewer than two decades, so that it has labels to read without crowding them.
 */
export function logTicks(lo: number, hi: number): number[] {
  const from = Math.floor(Math.log10(lo));
  const to = Math.ceil(Math.log10(hi));
  const steps = Math.log10(hi / lo) < 2 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let k = from; k <= to; k++)
    for (const m of steps) {
      const v = m * 10 ** k;
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) ticks.push(v);
    }
  return ticks;
}

export type Series = ThroughputPoint[][];

/** The lines' data, apart from the plan's point: it changes only with observers and parameters. */
export function throughputSeries(observers: number, p: CostParams): Series {
  return SERIES_VOTERS.map((voters) =>
    throughputByReadRatio({ voters, observers }, p, READ_RATIO_STEPS),
  );
}

export function throughputGeometry(
  current: Ensemble & { readRatio: number },
  p: CostParams,
  series: Series = throughputSeries(current.observers, p),
  box: Box = THROUGHPUT_BOX,
): ThroughputGeometry {
  const here = saturation(current, current.readRatio, p).opsPerSec;
  const yMax = Math.max(here, ...series.flat().map((pt) => pt.opsPerSec));
  const x = scaleLinear()
    .domain([0, 1])
    .range([box.left, box.width - box.right]);
  const yMin = Math.min(here, ...series.flat().map((pt) => pt.opsPerSec));
  // A little room above and below the lines, not whole decades (nice() would add up to one
  // empty decade at each end).
  const [lo, hi] = [yMin / 1.25, yMax * 1.1];
  const y = scaleLog()
    .domain([lo, hi])
    .range([box.height - box.bottom, box.top]);
  const path = line<{ readRatio: number; opsPerSec: number }>()
    .x((pt) => x(pt.readRatio))
    .y((pt) => y(pt.opsPerSec));
  const labelYs = spreadLabels(
    series.map((pts) => y(pts[pts.length - 1]!.opsPerSec)),
    LABEL_GAP,
    box.top,
  );
  return {
    lines: series.map((pts, index) => ({
      voters: SERIES_VOTERS[index]!,
      index,
      dash: SERIES_DASHES[index]!,
      colour: SERIES_COLOURS[index]!,
      d: path(pts) ?? '',
      label: { x: box.width - box.right + 6, y: labelYs[index]! },
    })),
    xTicks: x.ticks(5).map((value) => ({ value, pos: x(value) })),
    yTicks: logTicks(lo, hi).map((value) => ({ value, pos: y(value) })),
    current: { x: x(current.readRatio), y: y(here), opsPerSec: here },
    scales: { x, y, yDomain: [lo, hi] },
  };
}

export interface LatencyGeometry {
  /** Whose latency is drawn: writes, or reads when the mix has none. */
  kind: 'write' | 'read';
  p50: string;
  p99: string;
  xTicks: Tick[];
  yTicks: Tick[];
  /** The plot's right edge is the resources' limit, where latency is unbounded. */
  limitOpsPerSec: number;
  knee: { x: number; opsPerSec: number };
  /** The plan's offered load, or null when it is at or past the limit (off the chart). */
  offered: { x: number; opsPerSec: number } | null;
  clip: { x: number; y: number; width: number; height: number };
  scales: ChartScales;
}

export function latencyGeometry(
  e: Ensemble,
  readRatio: number,
  offeredOpsPerSec: number,
  knee: Knee,
  p: CostParams,
  box: Box = LATENCY_BOX,
): LatencyGeometry {
  const kind = readRatio < 1 ? 'write' : 'read';
  const pick = (l: { write: LatencyMs | null; read: LatencyMs | null }): LatencyMs =>
    (kind === 'write' ? l.write : l.read)!;
  const limitOpsPerSec = saturation(e, readRatio, p).resourceLimitOpsPerSec;
  const points = loadFractions(LOAD_STEPS).map((f) => ({
    x: f * limitOpsPerSec,
    ...pick(latencyAt(e, readRatio, f * limitOpsPerSec, p)!),
  }));
  const atKnee = pick(latencyAt(e, readRatio, knee.opsPerSec, p)!);
  const x = scaleLinear()
    .domain([0, limitOpsPerSec])
    .range([box.left, box.width - box.right]);
  const y = scaleLinear()
    .domain([0, atKnee.p99Ms * LATENCY_HEADROOM])
    .nice(5)
    .range([box.height - box.bottom, box.top]);
  const path = (key: 'p50Ms' | 'p99Ms') =>
    line<(typeof points)[number]>()
      .x((pt) => x(pt.x))
      .y((pt) => y(pt[key]))(points) ?? '';
  const right = box.width - box.right;
  const bottom = box.height - box.bottom;
  return {
    kind,
    p50: path('p50Ms'),
    p99: path('p99Ms'),
    xTicks: x.ticks(5).map((value) => ({ value, pos: x(value) })),
    yTicks: y.ticks(5).map((value) => ({ value, pos: y(value) })),
    limitOpsPerSec,
    knee: { x: x(knee.opsPerSec), opsPerSec: knee.opsPerSec },
    offered:
      offeredOpsPerSec < limitOpsPerSec
        ? { x: x(offeredOpsPerSec), opsPerSec: offeredOpsPerSec }
        : null,
    clip: { x: box.left, y: box.top, width: right - box.left, height: bottom - box.top },
    scales: { x, y, yDomain: y.domain() as [number, number] },
  };
}
