/**
 * Per-strategy measurements for the load-balancing lab (SCENARIO.md report: offered, completed,
 * dropped, failed, latencyMs {p50, p95, p99, max}, loadImbalance), plus a time series sampled at
 * a fixed interval for the charts.
 *
 * Percentiles are exact: every completed request's latency is kept (in a ChunkedList, so a
 * checkpoint clone costs O(chunks), not O(requests)) and read by nearest rank on a sorted copy:
 * the p-th percentile of N values is the value of rank ceil(p × N / 100) (Hyndman & Fan's
 * definition 1; no interpolation, so every reported latency is one that really happened).
 * Latencies are those of completed requests only; dropped and failed requests are counted, not
 * timed. The state is plain data and is mutated in place by the record functions.
 */
import { append, emptyList, type ChunkedList } from '../kernel/chunkedList';
import { assert, assertNever } from '../kernel/assert';
import { indexOfId, type Outcome } from './types';

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** One sampling window [startMs, endMs) of the time series. */
export interface SeriesPoint extends LatencySummary {
  startMs: number;
  endMs: number;
  offered: number;
  completed: number;
  dropped: number;
  failed: number;
  /** Completions per second over the window. */
  throughputPerSec: number;
}

interface Window {
  startMs: number;
  offered: number;
  completed: number;
  dropped: number;
  failed: number;
  latenciesMs: number[];
}

export interface LbMetrics {
  strategy: string;
  offered: number;
  completed: number;
  dropped: number;
  failed: number;
  latenciesMs: ChunkedList<number>;
  /** Completed requests per backend; parallel arrays, backends appended as first seen. */
  backendIds: string[];
  served: number[];
  intervalMs: number;
  window: Window;
  series: SeriesPoint[];
}

export const DEFAULT_INTERVAL_MS = 1000;

function emptyWindow(startMs: number): Window {
  return { startMs, offered: 0, completed: 0, dropped: 0, failed: 0, latenciesMs: [] };
}

export function createMetrics(
  strategy: string,
  intervalMs = DEFAULT_INTERVAL_MS,
  startMs = 0,
): LbMetrics {
  assert(intervalMs > 0 && Number.isFinite(intervalMs), 'metrics: intervalMs must be > 0');
  return {
    strategy,
    offered: 0,
    completed: 0,
    dropped: 0,
    failed: 0,
    latenciesMs: emptyList<number>(),
    backendIds: [],
    served: [],
    intervalMs,
    window: emptyWindow(startMs),
    series: [],
  };
}

/** Closes every sampling window that ends at or before nowMs (empty windows included). */
export function advanceTo(m: LbMetrics, nowMs: number): void {
  while (nowMs >= m.window.startMs + m.intervalMs) {
    const w = m.window;
    const endMs = w.startMs + m.intervalMs;
    m.series.push({
      startMs: w.startMs,
      endMs,
      offered: w.offered,
      completed: w.completed,
      dropped: w.dropped,
      failed: w.failed,
      throughputPerSec: (w.completed * 1000) / m.intervalMs,
      ...percentiles(w.latenciesMs),
    });
    m.window = emptyWindow(endMs);
  }
}

/** A request was offered to this strategy's balancer at nowMs. */
export function recordOffered(m: LbMetrics, nowMs: number): void {
  advanceTo(m, nowMs);
  m.offered++;
  m.window.offered++;
}

/** A request ended at nowMs. */
export function recordOutcome(m: LbMetrics, outcome: Outcome, nowMs: number): void {
  advanceTo(m, nowMs);
  const w = m.window;
  switch (outcome.kind) {
    case 'completed': {
      m.completed++;
      w.completed++;
      append(m.latenciesMs, outcome.latencyMs);
      w.latenciesMs.push(outcome.latencyMs);
      let i = indexOfId(m.backendIds, outcome.backend);
      if (i < 0) {
        i = m.backendIds.length;
        m.backendIds.push(outcome.backend);
        m.served.push(0);
      }
      m.served[i] = (m.served[i] as number) + 1;
      return;
    }
    case 'dropped':
      m.dropped++;
      w.dropped++;
      return;
    case 'failed':
      m.failed++;
      w.failed++;
      return;
    default:
      assertNever(outcome.kind, 'outcome kind');
  }
}

/** Nearest-rank percentile of ascending values: rank ceil(p × N / 100), at least 1. N > 0. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  const rank = Math.min(n, Math.max(1, Math.ceil((p * n) / 100)));
  return sorted[rank - 1] as number;
}

/** Exact p50/p95/p99/max of the values (all 0 when there are none). */
export function percentiles(values: ArrayLike<number> | ChunkedList<number>): LatencySummary {
  const sorted = toSortedArray(values);
  if (sorted.length === 0) return { p50: 0, p95: 0, p99: 0, max: 0 };
  return {
    p50: nearestRank(sorted, 50),
    p95: nearestRank(sorted, 95),
    p99: nearestRank(sorted, 99),
    max: sorted[sorted.length - 1] as number,
  };
}

function toSortedArray(values: ArrayLike<number> | ChunkedList<number>): Float64Array {
  let out: Float64Array;
  if ('chunks' in values) {
    out = new Float64Array(values.length);
    let k = 0;
    for (const chunk of values.chunks) for (const v of chunk) out[k++] = v;
  } else {
    out = Float64Array.from(values);
  }
  return out.sort(); // typed arrays sort numerically
}

/**
 * max / mean of the requests served by the live backends (those in liveIds, in any order); 1 when
 * there is no live backend or none of them served anything (nothing is unbalanced).
 */
export function loadImbalance(m: LbMetrics, liveIds: readonly string[]): number {
  let max = 0;
  let sum = 0;
  for (const id of liveIds) {
    const i = indexOfId(m.backendIds, id);
    const served = i < 0 ? 0 : (m.served[i] as number);
    sum += served;
    if (served > max) max = served;
  }
  if (liveIds.length === 0 || sum === 0) return 1;
  return max / (sum / liveIds.length);
}

/** The report entry of SCENARIO.md, minus the backend-side fields the engine adds. */
export interface StrategySummary {
  id: string;
  offered: number;
  completed: number;
  dropped: number;
  failed: number;
  latencyMs: LatencySummary;
  loadImbalance: number;
  backends: { id: string; served: number }[];
}

export function summarize(m: LbMetrics, liveIds: readonly string[]): StrategySummary {
  return {
    id: m.strategy,
    offered: m.offered,
    completed: m.completed,
    dropped: m.dropped,
    failed: m.failed,
    latencyMs: percentiles(m.latenciesMs),
    loadImbalance: loadImbalance(m, liveIds),
    backends: m.backendIds.map((id, i) => ({ id, served: m.served[i] as number })),
  };
}
