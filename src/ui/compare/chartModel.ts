/**
 * Pure geometry of the comparison's charts (DESIGN.md section 7: scales and paths here, tested in
 * Node; the layer components only render what these functions return).
 *
 * The latency chart puts every strategy on shared axes: x is simulated time over the whole run
 * (so the picture grows to the right instead of rescaling), y is latency from 0 to a rounded
 * maximum of what is visible. A window without completions has no latency, so the line breaks
 * there rather than dropping to 0. Each strategy keeps a dash pattern by its position, and its
 * line ends with a direct label, nudged apart from the others so labels never overlap.
 */
import { line, scaleLinear } from 'd3';
import type { LabSeriesView, LabStrategyView } from '../../protocol/frame';

export const PERCENTILES = ['p50', 'p95', 'p99'] as const;
export type Percentile = (typeof PERCENTILES)[number];

/** Solid, dashed, dotted, dash-dot: one per strategy slot (at most four strategies). */
export const DASHES = ['', '7 4', '2 3', '9 3 2 3'] as const;

export function dashOf(index: number): string {
  return DASHES[index % DASHES.length] ?? '';
}

export interface Box {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const LATENCY_BOX: Box = {
  width: 640,
  height: 240,
  top: 26,
  right: 132,
  bottom: 30,
  left: 46,
};

export interface Tick {
  pos: number;
  value: number;
}

export interface ChartLine {
  id: string;
  index: number;
  d: string;
  dash: string;
  /** The last window's latency, or null when no window had a completion yet. */
  last: number | null;
  /** Where the direct label goes (after the line's last point), or null without a point. */
  label: { x: number; y: number } | null;
}

export interface ChartMarker {
  x: number;
  atMs: number;
  kind: string;
  backend: string;
  /** Label row (0 or 1), alternating when two markers are too close to label side by side. */
  row: number;
}

export interface LatencyGeometry {
  xTicks: Tick[];
  yTicks: Tick[];
  lines: ChartLine[];
  markers: ChartMarker[];
}

export interface MarkerInput {
  atMs: number;
  kind: string;
  backend: string;
}

const LABEL_GAP = 13;
const MARKER_LABEL_WIDTH = 78;

/** Spreads label positions (sorted by y) so consecutive ones are at least `gap` apart. */
export function spreadLabels(
  ys: readonly number[],
  gap: number,
  min: number,
  max: number,
): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++)
    placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
  const overflow = (placed[placed.length - 1] ?? min) - max;
  if (overflow > 0)
    for (let k = 0; k < placed.length; k++) placed[k] = (placed[k] as number) - overflow;
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(min, placed[k] as number);
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k] as number));
  return out;
}

export function latencyGeometry(
  series: readonly LabSeriesView[],
  pct: Percentile,
  untilMs: number,
  markers: readonly MarkerInput[],
  box: Box = LATENCY_BOX,
): LatencyGeometry {
  let maxY = 0;
  for (const s of series)
    s[pct].forEach((v, i) => {
      if ((s.completed[i] ?? 0) > 0 && v > maxY) maxY = v;
    });
  const x = scaleLinear()
    .domain([0, Math.max(1, untilMs)])
    .range([box.left, box.width - box.right]);
  const y = scaleLinear()
    .domain([0, Math.max(10, maxY)])
    .range([box.height - box.bottom, box.top])
    .nice(5);

  const lines: ChartLine[] = series.map((s, index) => {
    const pts: { t: number; v: number; ok: boolean }[] = s.endMs.map((t, i) => ({
      t,
      v: s[pct][i] ?? 0,
      ok: (s.completed[i] ?? 0) > 0,
    }));
    const path = line<{ t: number; v: number; ok: boolean }>()
      .defined((p) => p.ok)
      .x((p) => x(p.t))
      .y((p) => y(p.v));
    const lastPoint = [...pts].reverse().find((p) => p.ok) ?? null;
    return {
      id: s.id,
      index,
      d: path(pts) ?? '',
      dash: dashOf(index),
      last: lastPoint ? lastPoint.v : null,
      label: lastPoint ? { x: x(lastPoint.t) + 6, y: y(lastPoint.v) } : null,
    };
  });
  const withLabel = lines.filter((l) => l.label !== null);
  const spread = spreadLabels(
    withLabel.map((l) => (l.label as { y: number }).y),
    LABEL_GAP,
    box.top,
    box.height - box.bottom,
  );
  withLabel.forEach((l, k) => {
    (l.label as { y: number }).y = spread[k] as number;
  });

  let lastX = [-Infinity, -Infinity];
  const placed: ChartMarker[] = [...markers]
    .sort((a, b) => a.atMs - b.atMs)
    .map((m) => {
      const mx = x(m.atMs);
      const row = mx - (lastX[0] as number) >= MARKER_LABEL_WIDTH ? 0 : 1;
      lastX = row === 0 ? [mx, lastX[1] as number] : [lastX[0] as number, mx];
      return { x: mx, atMs: m.atMs, kind: m.kind, backend: m.backend, row };
    });

  return {
    xTicks: x.ticks(6).map((v) => ({ pos: x(v), value: v })),
    yTicks: y.ticks(5).map((v) => ({ pos: y(v), value: v })),
    lines,
    markers: placed,
  };
}

export const LOAD_BOX = { width: 420, rowHeight: 18, groupGap: 12, labelWidth: 84, valueWidth: 92 };

export interface LoadBar {
  id: string;
  y: number;
  width: number;
  served: number;
  /** Share of the strategy's completions, in whole percent. */
  share: number;
  meanServiceMs: number;
}

export interface LoadGroup {
  id: string;
  index: number;
  y: number;
  bars: LoadBar[];
}

export interface LoadGeometry {
  groups: LoadGroup[];
  height: number;
  x0: number;
}

/** One group of bars per strategy, one bar per backend, on one shared scale of served requests. */
export function loadGeometry(strategies: readonly LabStrategyView[]): LoadGeometry {
  const b = LOAD_BOX;
  const max = Math.max(1, ...strategies.flatMap((s) => s.backends.map((x) => x.served)));
  const x0 = b.labelWidth;
  const w = scaleLinear()
    .domain([0, max])
    .range([0, b.width - b.labelWidth - b.valueWidth]);
  let y = 0;
  const groups = strategies.map((s, index) => {
    const total = s.backends.reduce((sum, x) => sum + x.served, 0);
    const top = y;
    y += b.rowHeight; // the strategy's heading row
    const bars = s.backends.map((x) => {
      const bar: LoadBar = {
        id: x.id,
        y,
        width: w(x.served),
        served: x.served,
        share: total > 0 ? Math.round((100 * x.served) / total) : 0,
        meanServiceMs: x.meanServiceMs,
      };
      y += b.rowHeight;
      return bar;
    });
    y += b.groupGap;
    return { id: s.id, index, y: top, bars };
  });
  return { groups, height: Math.max(b.rowHeight, y - b.groupGap), x0 };
}
