/**
 * "Check by simulation": which points of the plan are measured, the runs that measure them
 * (points x seeds, for the capacity workers), and what the measurements say beside the analytic
 * model. Pure, so the aggregation is tested in Node on fixed measurements (checkPlan.test.ts).
 *
 * Points: the throughput chart's sampled points (saturated throughput at evenly spaced read
 * shares, for the ensemble sizes chosen among the chart's lines, with the plan's observers), and
 * the latency chart's (write latency, or read latency when the mix has no writes, at loads spaced
 * as the chart samples them, for the plan's own ensemble and mix). Each metric's simulated value
 * is the mean over seeds with its 95 % t interval (seedStats, src/sim/cost); it disagrees with the model
 * when the model's value lies outside that interval AND the two differ by more than
 * DISAGREE_TOLERANCE: the first alone flags differences too small to matter once the interval is
 * tight, the second alone flags differences the seeds cannot tell from noise.
 */
import {
  latencyAt,
  saturation,
  seedStats,
  type CostParams,
  type Ensemble,
  type SeedStats,
} from '../../sim/cost';
import { CAPACITY_WARMUP_MS, type CapacityMeasurement, type CapacityRun } from '../../sim/index';
import { SERIES_VOTERS, loadFractions } from './planCharts';
import type { PlanModel } from './planModel';

/** Seeds per point: at least 2 (one seed has no interval), at most 10 (the check's time). */
export const SEEDS_MIN = 2;
export const SEEDS_MAX = 10;
/** Read shares per throughput line: 0 (none), or 2 to 11 from all writes to all reads. */
export const READ_STEPS_MAX = 11;
/** Loads on the latency curve: 0 (none) to 8. */
export const LOAD_STEPS_MAX = 8;
/** Simulated ms measured per run: long enough for thousands of requests, short enough to wait. */
export const MEASURE_MS_MIN = 200;
export const MEASURE_MS_MAX = 20_000;
/**
 * Simulated ms before measuring: the cost model's queues fill (src/sim/costsim starts with an
 * established leader, so no election precedes it), which would otherwise count as idle time.
 */
export const WARMUP_MS = CAPACITY_WARMUP_MS;
/** Relative difference from the model beyond which a point is said to disagree. */
export const DISAGREE_TOLERANCE = 0.1;

export interface CheckSettings {
  seeds: number;
  /** Ensemble sizes of the throughput chart to measure (a subset of SERIES_VOTERS). */
  voters: number[];
  /** Read shares per throughput line (0 or 2..READ_STEPS_MAX). */
  readSteps: number;
  /** Loads on the latency curve (0..LOAD_STEPS_MAX). */
  loadSteps: number;
  measureMs: number;
}

export type CheckSettingId = 'seeds' | 'readSteps' | 'loadSteps' | 'measureMs';

export const CHECK_BOUNDS: Record<CheckSettingId, { min: number; max: number }> = {
  seeds: { min: SEEDS_MIN, max: SEEDS_MAX },
  readSteps: { min: 0, max: READ_STEPS_MAX },
  loadSteps: { min: 0, max: LOAD_STEPS_MAX },
  measureMs: { min: MEASURE_MS_MIN, max: MEASURE_MS_MAX },
};

/** The settings a check starts with: the plan's own line (if the chart has it), three seeds. */
export function defaultCheckSettings(voters: number): CheckSettings {
  return {
    seeds: 3,
    voters: (SERIES_VOTERS as readonly number[]).includes(voters) ? [voters] : [],
    readSteps: 3,
    loadSteps: 3,
    measureMs: 1000,
  };
}

/** Why a setting's value is refused, or null: a whole number within its bounds. */
export function checkSettingProblem(
  id: CheckSettingId,
  value: number,
): 'notInteger' | 'outOfRange' | null {
  if (!Number.isInteger(value)) return 'notInteger';
  const { min, max } = CHECK_BOUNDS[id];
  if (value < min || value > max) return 'outOfRange';
  if (id === 'readSteps' && value === 1) return 'outOfRange';
  return null;
}

export type CheckMetric = 'throughput' | 'p50' | 'p99';

export type CheckPoint =
  | { chart: 'throughput'; voters: number; observers: number; readRatio: number }
  | {
      chart: 'latency';
      voters: number;
      observers: number;
      readRatio: number;
      offeredOpsPerSec: number;
      /** Whose latency: writes, or reads when the mix has none (as the chart draws it). */
      kind: 'write' | 'read';
    };

/** Read shares 0, 1/(n-1), ..., 1. */
export function readShares(steps: number): number[] {
  if (steps < 2) return [];
  return Array.from({ length: steps }, (_, i) => i / (steps - 1));
}

export function checkPoints(model: PlanModel, s: CheckSettings): CheckPoint[] {
  const { point, params } = model;
  const out: CheckPoint[] = [];
  for (const voters of s.voters)
    for (const readRatio of readShares(s.readSteps))
      out.push({ chart: 'throughput', voters, observers: point.observers, readRatio });
  if (s.loadSteps > 0) {
    const e: Ensemble = { voters: point.voters, observers: point.observers };
    const limit = saturation(e, point.readRatio, params).resourceLimitOpsPerSec;
    for (const f of loadFractions(s.loadSteps))
      out.push({
        chart: 'latency',
        ...e,
        readRatio: point.readRatio,
        offeredOpsPerSec: f * limit,
        kind: point.readRatio < 1 ? 'write' : 'read',
      });
  }
  return out;
}

/** Seeds 1..n for every point, point by point: same settings, same runs. */
export function checkRuns(
  points: readonly CheckPoint[],
  s: CheckSettings,
  params: CostParams,
): CapacityRun[] {
  const runs: CapacityRun[] = [];
  for (const pt of points)
    for (let seed = 1; seed <= s.seeds; seed++)
      runs.push({
        point: {
          voters: pt.voters,
          observers: pt.observers,
          readRatio: pt.readRatio,
          offeredOpsPerSec: pt.chart === 'latency' ? pt.offeredOpsPerSec : 0,
        },
        params,
        load: pt.chart === 'latency' ? 'offered' : 'saturated',
        seed,
        warmupMs: WARMUP_MS,
        measureMs: s.measureMs,
      });
  return runs;
}

export interface MetricResult {
  metric: CheckMetric;
  model: number;
  /** Null when some seed completed no operation of the kind measured. */
  simulated: SeedStats | null;
  /** (simulated mean - model) / model. */
  difference: number | null;
  disagrees: boolean;
}

export interface PointResult {
  point: CheckPoint;
  metrics: MetricResult[];
}

function metric(name: CheckMetric, model: number, values: (number | null)[]): MetricResult {
  if (values.some((v) => v === null) || values.length === 0)
    return { metric: name, model, simulated: null, difference: null, disagrees: true };
  const simulated = seedStats(values as number[]);
  const difference = model > 0 ? (simulated.mean - model) / model : null;
  // One seed has no interval, so nothing lies outside it (the view asks for two at least).
  const ci = simulated.ci95;
  const outside = ci !== null && (model < ci.lo || model > ci.hi);
  const disagrees = outside && difference !== null && Math.abs(difference) > DISAGREE_TOLERANCE;
  return { metric: name, model, simulated, difference, disagrees };
}

/** What the model says at a point, metric by metric (null when its latency is unbounded). */
export function modelValues(pt: CheckPoint, p: CostParams): Partial<Record<CheckMetric, number>> {
  if (pt.chart === 'throughput') return { throughput: saturation(pt, pt.readRatio, p).opsPerSec };
  const l = latencyAt(pt, pt.readRatio, pt.offeredOpsPerSec, p);
  const m = l && (pt.kind === 'write' ? l.write : l.read);
  return m ? { p50: m.p50Ms, p99: m.p99Ms } : {};
}

/** Groups the measurements (in the order of checkRuns) by point and sets them beside the model. */
export function aggregate(
  points: readonly CheckPoint[],
  seeds: number,
  measurements: readonly CapacityMeasurement[],
  params: CostParams,
): PointResult[] {
  if (measurements.length !== points.length * seeds)
    throw new Error(
      `aggregate: ${measurements.length} measurements for ${points.length} points x ${seeds} seeds`,
    );
  return points.map((pt, i) => {
    const mine = measurements.slice(i * seeds, (i + 1) * seeds);
    const model = modelValues(pt, params);
    if (pt.chart === 'throughput')
      return {
        point: pt,
        metrics: [
          metric(
            'throughput',
            model.throughput!,
            mine.map((m) => m.throughputOpsPerSec),
          ),
        ],
      };
    const lat = (m: CapacityMeasurement) =>
      pt.kind === 'write' ? m.writeLatencyMs : m.readLatencyMs;
    const metrics: MetricResult[] = [];
    if (model.p50 !== undefined)
      metrics.push(
        metric(
          'p50',
          model.p50,
          mine.map((m) => lat(m)?.p50 ?? null),
        ),
      );
    if (model.p99 !== undefined)
      metrics.push(
        metric(
          'p99',
          model.p99,
          mine.map((m) => lat(m)?.p99 ?? null),
        ),
      );
    return { point: pt, metrics };
  });
}

export interface Disagreement {
  code: 'above' | 'below' | 'noSamples';
  point: CheckPoint;
  metric: CheckMetric;
  model: number;
  simulated: number | null;
  /** |difference| as a share of the model. */
  share: number | null;
}

export function disagreements(results: readonly PointResult[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const r of results)
    for (const m of r.metrics) {
      if (!m.disagrees) continue;
      if (m.simulated === null) {
        out.push({
          code: 'noSamples',
          point: r.point,
          metric: m.metric,
          model: m.model,
          simulated: null,
          share: null,
        });
        continue;
      }
      out.push({
        code: m.simulated.mean > m.model ? 'above' : 'below',
        point: r.point,
        metric: m.metric,
        model: m.model,
        simulated: m.simulated.mean,
        share: m.difference === null ? null : Math.abs(m.difference),
      });
    }
  return out;
}
