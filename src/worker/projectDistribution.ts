/**
 * The latency distribution of every strategy, for the comparison's distribution chart: the
 * empirical CDF sampled at fixed quantiles (exact nearest rank, the panels' definition, so the
 * chart's p50/p95/p99 are the panels' numbers) and a histogram on log-spaced bins shared by all
 * strategies, so the overlay compares like with like.
 *
 * Every completed latency is needed, so each run keeps a sorted copy. Latencies are only ever
 * appended while the world object lives (a seek or fork restores a clone, which is a new list),
 * so when the same list has grown, only its new tail is sorted and merged in: O(new log new + n)
 * instead of a full O(n log n) sort. The whole view is recomputed only when some strategy's
 * completion count (or the session's generation) changed, and is null otherwise, like the charts.
 */
import type { LabDistributionRunView, LabDistributionView } from '../protocol/frame';
import { nearestRank, type LabState } from './simApi';

type Run = LabState['runs'][number];
type LatencyList = Run['metrics']['latenciesMs'];

/** The CDF is sampled at quantiles k / CDF_STEPS, k = 0..CDF_STEPS (every half percent). */
export const CDF_STEPS = 200;
/** Bins per decade: edges near 10^(k/10), like Renard's R10 series of preferred numbers. */
export const BINS_PER_DECADE = 10;
/** Latencies below 1 ms fall into the first bin: a log axis has no 0. */
export const FLOOR_MS = 1;

interface SortedCache {
  list: LatencyList;
  sorted: Float64Array;
}

/** Ascending values; `a` and `b` are each ascending. */
export function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0,
    j = 0,
    k = 0;
  while (i < a.length && j < b.length)
    out[k++] = (a[i] as number) <= (b[j] as number) ? (a[i++] as number) : (b[j++] as number);
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}

/** Items [from, list.length) of a chunked list, sorted. */
function sortedTail(list: LatencyList, from: number): Float64Array {
  const out = new Float64Array(list.length - from);
  let index = 0,
    k = 0;
  for (const chunk of list.chunks)
    for (const v of chunk) {
      if (index++ >= from) out[k++] = v;
    }
  return out.sort(); // typed arrays sort numerically
}

/**
 * Log-spaced edges 10^(k / BINS_PER_DECADE) covering [min, max], at least one bin, each rounded up
 * to a whole millisecond (duplicates dropped). Latencies are whole milliseconds, so below 10 ms
 * exact edges would make a comb: bins holding one integer beside bins holding none. With whole
 * edges every bin holds at least one possible latency; the chart scales each bin by its width.
 */
export function logBinEdges(minMs: number, maxMs: number): number[] {
  const lo = Math.floor(Math.log10(Math.max(FLOOR_MS, minMs)) * BINS_PER_DECADE + 1e-9);
  let hi = Math.ceil(Math.log10(Math.max(FLOOR_MS, maxMs)) * BINS_PER_DECADE - 1e-9);
  // The top edge must lie strictly above max, so the last bin is [edge, next edge) like the rest.
  if (10 ** (hi / BINS_PER_DECADE) <= maxMs) hi++;
  const edges: number[] = [];
  for (let k = lo; k <= Math.max(hi, lo + 1); k++) {
    const edge = Math.ceil(10 ** (k / BINS_PER_DECADE) - 1e-9);
    if (edge !== edges[edges.length - 1]) edges.push(edge);
  }
  return edges;
}

/** Index of the first value >= x (values ascending). */
function lowerBound(values: Float64Array, x: number): number {
  let lo = 0,
    hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counts per bin [edges[i], edges[i+1]); values below the first edge go into the first bin. */
export function binCounts(sorted: Float64Array, edges: readonly number[]): number[] {
  const counts: number[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = i === 0 ? 0 : lowerBound(sorted, edges[i] as number);
    const to = i + 2 === edges.length ? sorted.length : lowerBound(sorted, edges[i + 1] as number);
    counts.push(to - from);
  }
  return counts;
}

function runView(id: string, sorted: Float64Array, edges: readonly number[]) {
  const n = sorted.length;
  const view: LabDistributionRunView = {
    id,
    count: n,
    quantilesMs: [],
    p50: 0,
    p95: 0,
    p99: 0,
    max: 0,
    binCounts: binCounts(sorted, edges),
  };
  if (n === 0) return view;
  // Quantile k / CDF_STEPS is the percentile 100 k / CDF_STEPS, so k = 100, 190, 198 are exactly
  // the p50, p95 and p99 that the panels report.
  for (let k = 0; k <= CDF_STEPS; k++)
    view.quantilesMs.push(nearestRank(sorted, (100 * k) / CDF_STEPS));
  view.p50 = nearestRank(sorted, 50);
  view.p95 = nearestRank(sorted, 95);
  view.p99 = nearestRank(sorted, 99);
  view.max = sorted[n - 1] as number;
  return view;
}

/** p50 / p95 / p99 of ascending latencies, by the nearest rank the simulation's report uses. */
export function percentilesOfSorted(sorted: Float64Array): {
  p50: number;
  p95: number;
  p99: number;
} {
  if (sorted.length === 0) return { p50: 0, p95: 0, p99: 0 };
  return {
    p50: nearestRank(sorted, 50),
    p95: nearestRank(sorted, 95),
    p99: nearestRank(sorted, 99),
  };
}

export class DistributionProjector {
  private key = '';
  private readonly cache = new Map<string, SortedCache>();

  /** Forces the next projection to carry the distribution. */
  invalidate(): void {
    this.key = '';
  }

  /** The runs' sorted latencies, reusing and extending the cached copy where it is still valid. */
  sortedOf(run: Run): Float64Array {
    const list = run.metrics.latenciesMs;
    const hit = this.cache.get(run.id);
    let sorted: Float64Array;
    if (hit && hit.list === list && hit.sorted.length <= list.length)
      sorted =
        hit.sorted.length === list.length
          ? hit.sorted
          : mergeSorted(hit.sorted, sortedTail(list, hit.sorted.length));
    else sorted = sortedTail(list, 0);
    this.cache.set(run.id, { list, sorted });
    return sorted;
  }

  /** The distributions, or null when no completion count changed since the last projection. */
  project(runs: readonly Run[], generation = 0): LabDistributionView | null {
    const key = `${generation}|${runs.map((r) => `${r.id}:${r.metrics.latenciesMs.length}`).join(',')}`;
    if (key === this.key) return null;
    this.key = key;
    const sorted = runs.map((r) => this.sortedOf(r));
    let min = Infinity,
      max = -Infinity;
    for (const s of sorted)
      if (s.length > 0) {
        min = Math.min(min, s[0] as number);
        max = Math.max(max, s[s.length - 1] as number);
      }
    const edges = min === Infinity ? [] : logBinEdges(min, max);
    return {
      steps: CDF_STEPS,
      binEdgesMs: edges,
      runs: runs.map((r, i) => runView(r.id, sorted[i] as Float64Array, edges)),
    };
  }
}
