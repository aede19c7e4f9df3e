/**
 * The planner's file: a grid of ensembles and read ratios, an optional load and optional cost
 * parameters; and the rows the planner computes for it. Pure, so that the CLI
 * (`npm run plan -- file.json`) and, later, the Plan view's import and export share it.
 *
 *   { "voters": [3, 5, 7], "observers": [0, 2], "readRatios": [0, 0.5, 1],
 *     "loadFactor": 0.5, "cost": { "fsyncMs": 2 } }
 *
 * voters and readRatios are required; observers defaults to [0]; the load is either
 * offeredOpsPerSec (the same for every row) or loadFactor (a share of each row's saturated
 * throughput, 0.5 when neither is given); cost is a partial CostParams, the rest calibrated.
 */
import { analyze, type Bottleneck } from './analytic';
import { checkConfiguration, type Finding } from './checker';
import { describeFinding } from './describe';
import { saturation } from './analytic';
import type { ResourceId } from './load';
import { resolveCostParams } from './validate';
import {
  DEFAULT_COST_PARAMS,
  OBSERVERS_MAX,
  OFFERED_OPS_PER_SEC_MAX,
  VOTERS_MAX,
  VOTERS_MIN,
  type CostParams,
} from './params';
import { failover, type Failover } from './timing';
import {
  FieldError,
  at,
  checkInt,
  checkKeys,
  expectObject,
  fail,
  failExpected,
  has,
  requireArray,
  type Obj,
} from '../scenario/fields';
import { why, type FieldProblem } from '../scenario/why';

/** The planner's input file is small; 64 KiB is far more than any grid needs. */
export const PLAN_FILE_BYTES_MAX = 64 * 1024;
/** 101 read ratios is a step of 1%. */
export const READ_RATIOS_MAX = 101;
/** Each row takes a few milliseconds (the knee is a search); 1000 rows stay within seconds. */
export const PLAN_ROWS_MAX = 1000;
export const DEFAULT_LOAD_FACTOR = 0.5;

/**
 * Optional: confirm each row on the simulated cost model (src/sim/costsim), `seeds` runs
 * saturated and `seeds` at the row's offered load. The windows default to the simulation's own
 * (left undefined here: that module sits above this one). Each run costs up to a second, so the
 * grid's rows x seeds is bounded.
 */
export interface PlanSimulate {
  seeds: number;
  warmupMs?: number;
  measureMs?: number;
}

export const SIMULATE_SEEDS_MAX = 10;
export const SIMULATE_RUNS_MAX = 100;
export const SIMULATE_WINDOW_MS_MAX = 10_000;

export interface PlanSpec {
  voters: number[];
  observers: number[];
  readRatios: number[];
  load: { offeredOpsPerSec: number } | { loadFactor: number };
  cost: CostParams;
  simulate: PlanSimulate | null;
}

const KEYS = [
  'voters',
  'observers',
  'readRatios',
  'offeredOpsPerSec',
  'loadFactor',
  'cost',
  'simulate',
];

function resolveSimulate(value: unknown, rows: number): PlanSimulate {
  const obj = expectObject(value, 'simulate');
  checkKeys(obj, 'simulate', ['seeds', 'warmupMs', 'measureMs']);
  if (!has(obj, 'seeds'))
    fail(
      'simulate.seeds',
      why('missing', { expect: { code: 'int', min: 1, max: SIMULATE_SEEDS_MAX } }),
    );
  const seeds = checkInt(obj['seeds'], 'simulate.seeds', { min: 1, max: SIMULATE_SEEDS_MAX });
  const points = rows * seeds;
  if (points > SIMULATE_RUNS_MAX)
    fail('simulate.seeds', why('planPoints', { rows, seeds, points, max: SIMULATE_RUNS_MAX }));
  const out: PlanSimulate = { seeds };
  if (has(obj, 'warmupMs'))
    out.warmupMs = checkInt(obj['warmupMs'], 'simulate.warmupMs', {
      min: 0,
      max: SIMULATE_WINDOW_MS_MAX,
    });
  if (has(obj, 'measureMs'))
    out.measureMs = checkInt(obj['measureMs'], 'simulate.measureMs', {
      min: 1,
      max: SIMULATE_WINDOW_MS_MAX,
    });
  return out;
}

function numberIn(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
    failExpected(path, { code: 'number', min, max }, value);
  return value;
}

/** A non-empty list of distinct values, each checked by `item`, at most `max` long. */
function list(
  obj: Obj,
  key: string,
  max: number,
  item: (value: unknown, path: string) => number,
): number[] {
  const items = requireArray(obj, key, '');
  if (items.length === 0) fail(key, why('noValue', {}));
  if (items.length > max) fail(key, why('tooMany', { count: items.length, what: 'values', max }));
  const values = items.map((v, i) => item(v, at(key, i)));
  values.forEach((v, i) => {
    if (values.indexOf(v) !== i) fail(at(key, i), why('valueTwice', { value: v }));
  });
  return values;
}

function resolvePlanSpec(value: unknown): PlanSpec {
  const obj = expectObject(value, 'plan');
  checkKeys(obj, '', KEYS);
  const voters = list(obj, 'voters', VOTERS_MAX, (v, p) =>
    checkInt(v, p, { min: VOTERS_MIN, max: VOTERS_MAX }),
  );
  const observers = has(obj, 'observers')
    ? list(obj, 'observers', OBSERVERS_MAX + 1, (v, p) =>
        checkInt(v, p, { min: 0, max: OBSERVERS_MAX }),
      )
    : [0];
  const readRatios = list(obj, 'readRatios', READ_RATIOS_MAX, (v, p) => numberIn(v, p, 0, 1));
  const rows = voters.length * observers.length * readRatios.length;
  if (rows > PLAN_ROWS_MAX)
    fail(
      'readRatios',
      why('planGrid', {
        voters: voters.length,
        observers: observers.length,
        readRatios: readRatios.length,
        rows,
        max: PLAN_ROWS_MAX,
      }),
    );
  if (has(obj, 'offeredOpsPerSec') && has(obj, 'loadFactor'))
    fail('loadFactor', why('eitherNotBoth', { first: 'offeredOpsPerSec', second: 'loadFactor' }));
  const load = has(obj, 'offeredOpsPerSec')
    ? {
        offeredOpsPerSec: numberIn(
          obj['offeredOpsPerSec'],
          'offeredOpsPerSec',
          0,
          OFFERED_OPS_PER_SEC_MAX,
        ),
      }
    : {
        loadFactor: has(obj, 'loadFactor')
          ? numberIn(obj['loadFactor'], 'loadFactor', 0, 1)
          : DEFAULT_LOAD_FACTOR,
      };
  const cost = has(obj, 'cost')
    ? resolveCostParams(obj['cost'], 'cost')
    : { ...DEFAULT_COST_PARAMS };
  const simulate = has(obj, 'simulate') ? resolveSimulate(obj['simulate'], rows) : null;
  return { voters, observers, readRatios, load, cost, simulate };
}

/** `error` is the CLI's one line; `field` the same as data, which the app words (fieldWhyText.ts). */
export type PlanSpecResult =
  { ok: true; spec: PlanSpec } | { ok: false; error: string; field: FieldProblem };

/** Validates a parsed planner file: the spec, or the first bad field. */
export function validatePlanFile(value: unknown): PlanSpecResult {
  try {
    return { ok: true, spec: resolvePlanSpec(value) };
  } catch (e) {
    if (e instanceof FieldError)
      return { ok: false, error: e.message, field: { path: e.path, why: e.why } };
    throw e;
  }
}

export interface PlanRow {
  voters: number;
  observers: number;
  readRatio: number;
  /** Saturated throughput, and its reads and writes. */
  throughputOpsPerSec: number;
  readOpsPerSec: number;
  writeOpsPerSec: number;
  bottleneck: Bottleneck;
  toleratedFailures: number;
  offeredOpsPerSec: number;
  /** At the offered load; null when the mix has no writes or the load saturates a resource. */
  writeLatencyMs: { p50: number; p99: number } | null;
  readLatencyMs: { p50: number; p99: number } | null;
  kneeOpsPerSec: number;
  /** Each resource's utilization at the offered load. */
  utilization: Record<ResourceId, number>;
  findings: (Finding & { message: string })[];
}

export interface PlanOutput {
  cost: CostParams;
  failover: { crash: Failover; silent: Failover };
  rows: PlanRow[];
}

function quantiles(l: { p50Ms: number; p99Ms: number } | null | undefined) {
  return l ? { p50: l.p50Ms, p99: l.p99Ms } : null;
}

function planRow(voters: number, observers: number, readRatio: number, spec: PlanSpec): PlanRow {
  const e = { voters, observers };
  const offeredOpsPerSec =
    'offeredOpsPerSec' in spec.load
      ? spec.load.offeredOpsPerSec
      : spec.load.loadFactor * saturation(e, readRatio, spec.cost).opsPerSec;
  const point = { ...e, readRatio, offeredOpsPerSec };
  const r = analyze(point, spec.cost);
  return {
    voters,
    observers,
    readRatio,
    throughputOpsPerSec: r.saturated.opsPerSec,
    readOpsPerSec: r.saturated.readOpsPerSec,
    writeOpsPerSec: r.saturated.writeOpsPerSec,
    bottleneck: r.saturated.bottleneck,
    toleratedFailures: r.faultTolerance.toleratedFailures,
    offeredOpsPerSec,
    writeLatencyMs: quantiles(r.latency?.write),
    readLatencyMs: quantiles(r.latency?.read),
    kneeOpsPerSec: r.knee.opsPerSec,
    utilization: r.utilization,
    findings: checkConfiguration(point, spec.cost, r).map((f) => ({
      ...f,
      message: describeFinding(f),
    })),
  };
}

/** Every row of the grid: voters, then observers, then read ratios, in the file's order. */
export function planRows(spec: PlanSpec): PlanOutput {
  const rows: PlanRow[] = [];
  for (const voters of spec.voters)
    for (const observers of spec.observers)
      for (const readRatio of spec.readRatios)
        rows.push(planRow(voters, observers, readRatio, spec));
  return {
    cost: spec.cost,
    failover: { crash: failover('crash', spec.cost), silent: failover('silent', spec.cost) },
    rows,
  };
}
