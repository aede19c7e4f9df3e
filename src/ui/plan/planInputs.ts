/**
 * The Plan view's inputs: what a person sets (ensemble, workload, network and disk, timing), each
 * with the bounds the cost model documents (PARAM_SPECS, VOTERS_*, OBSERVERS_MAX,
 * OFFERED_OPS_PER_SEC_MAX), a unit and a slider scale. Quantities that span orders of magnitude
 * (clients, rates, sizes, latencies, timeouts) move on a logarithmic slider, so that every decade
 * gets the same travel; the number field beside each slider takes any exact value in bounds.
 * Everything here is pure, so the view's arithmetic is tested in Node.
 */
import {
  DEFAULT_COST_PARAMS,
  OBSERVERS_MAX,
  OFFERED_OPS_PER_SEC_MAX,
  PARAM_SPECS,
  VOTERS_MAX,
  type CostParamName,
  type CostParams,
  type PlanPoint,
} from '../../sim/cost';

export const PLAN_GROUPS = ['ensemble', 'workload', 'network', 'timing', 'advanced'] as const;
export type PlanGroup = (typeof PLAN_GROUPS)[number];

/** The cost parameters a person sets here; the others keep their calibrated defaults. */
type PlanParamId = Extract<
  CostParamName,
  | 'clients'
  | 'clientsMaxOutstanding'
  | 'requestBytes'
  | 'oneWayMs'
  | 'fsyncMs'
  | 'snapshotMB'
  | 'tickTimeMs'
  | 'initLimit'
  | 'syncLimit'
  | 'sessionTimeoutMs'
  | 'readCostUs'
  | 'clientWriteCostUs'
  | 'prepCostUs'
  | 'proposalSendCostUs'
  | 'ackProcessCostUs'
  | 'commitCostUs'
  | 'maxBatchSize'
  | 'diskMBps'
  | 'linkMbps'
>;
export type PlanInputId = 'voters' | 'observers' | 'readPercent' | 'offeredOpsPerSec' | PlanParamId;

export const PLAN_UNITS = [
  'servers',
  'sessions',
  'requests',
  'percent',
  'opsPerSec',
  'bytes',
  'ms',
  'MB',
  'ticks',
  'us',
  'txns',
  'MBps',
  'Mbps',
] as const;
export type PlanUnit = (typeof PLAN_UNITS)[number];

export interface PlanInputSpec {
  id: PlanInputId;
  group: PlanGroup;
  min: number;
  max: number;
  integer: boolean;
  unit: PlanUnit;
  /** 'log' sliders need a positive lower end: `logMin`, with 0 (if allowed) at the far left. */
  scale: 'linear' | 'log';
  logMin: number;
}

/**
 * Voters from 3: the range and the paper's; a single server or two voters is a different
 * lesson (the checker still explains both to the planner CLI). Offered load from 1 op/s: a log
 * slider needs a positive end, and an idle ensemble needs no plan.
 */
export const PLAN_VOTERS_MIN = 3;

function param(
  id: PlanParamId,
  group: PlanGroup,
  unit: PlanUnit,
  scale: 'linear' | 'log',
  logMin = PARAM_SPECS[id].min,
): PlanInputSpec {
  const { min, max, integer } = PARAM_SPECS[id];
  return { id, group, min, max, integer, unit, scale, logMin };
}

export const PLAN_INPUTS: readonly PlanInputSpec[] = [
  {
    id: 'voters',
    group: 'ensemble',
    min: PLAN_VOTERS_MIN,
    max: VOTERS_MAX,
    integer: true,
    unit: 'servers',
    scale: 'linear',
    logMin: PLAN_VOTERS_MIN,
  },
  {
    id: 'observers',
    group: 'ensemble',
    min: 0,
    max: OBSERVERS_MAX,
    integer: true,
    unit: 'servers',
    scale: 'linear',
    logMin: 0,
  },
  param('clients', 'workload', 'sessions', 'log'),
  param('clientsMaxOutstanding', 'workload', 'requests', 'log'),
  {
    id: 'readPercent',
    group: 'workload',
    min: 0,
    max: 100,
    integer: true,
    unit: 'percent',
    scale: 'linear',
    logMin: 0,
  },
  {
    id: 'offeredOpsPerSec',
    group: 'workload',
    min: 1,
    max: OFFERED_OPS_PER_SEC_MAX,
    integer: false,
    unit: 'opsPerSec',
    scale: 'log',
    logMin: 1,
  },
  param('requestBytes', 'workload', 'bytes', 'log'),
  param('oneWayMs', 'network', 'ms', 'log'),
  param('fsyncMs', 'network', 'ms', 'log', 0.01),
  param('snapshotMB', 'network', 'MB', 'log', 1),
  param('tickTimeMs', 'timing', 'ms', 'log'),
  param('initLimit', 'timing', 'ticks', 'linear'),
  param('syncLimit', 'timing', 'ticks', 'linear'),
  param('sessionTimeoutMs', 'timing', 'ms', 'log'),
  // The calibrated costs and the hardware's bandwidths: folded away by default, since most people
  // plan with the paper's hardware, but open to anyone whose servers are faster or slower.
  param('readCostUs', 'advanced', 'us', 'log'),
  param('clientWriteCostUs', 'advanced', 'us', 'log'),
  param('prepCostUs', 'advanced', 'us', 'log'),
  param('proposalSendCostUs', 'advanced', 'us', 'log'),
  param('ackProcessCostUs', 'advanced', 'us', 'log'),
  param('commitCostUs', 'advanced', 'us', 'log'),
  param('maxBatchSize', 'advanced', 'txns', 'log'),
  param('diskMBps', 'advanced', 'MBps', 'log'),
  param('linkMbps', 'advanced', 'Mbps', 'log'),
];

export type PlanInputs = Record<PlanInputId, number>;

/** The cost parameters' defaults, for every parameter a person sets here. */
const paramDefaults = Object.fromEntries(
  PLAN_INPUTS.filter((spec) => spec.id in DEFAULT_COST_PARAMS).map((spec) => [
    spec.id,
    DEFAULT_COST_PARAMS[spec.id as PlanParamId],
  ]),
) as Record<PlanParamId, number>;

export const DEFAULT_PLAN_INPUTS: Readonly<PlanInputs> = {
  voters: 5,
  observers: 0,
  readPercent: 90,
  offeredOpsPerSec: 40_000,
  ...paramDefaults,
};

/** What the model takes: the plan's point and the full parameter record. */
export function toModel(inputs: PlanInputs): { point: PlanPoint; params: CostParams } {
  const { voters, observers, readPercent, offeredOpsPerSec, ...rest } = inputs;
  return {
    point: { voters, observers, readRatio: readPercent / 100, offeredOpsPerSec },
    params: { ...DEFAULT_COST_PARAMS, ...rest },
  };
}

/** A log slider's travel: enough positions that every step is under 2% of the value. */
export const LOG_POSITIONS = 1000;

/** Two significant digits: a value a person can read off a slider (1200, 0.035). */
export function roundForSlider(value: number): number {
  return Number(value.toPrecision(2));
}

function clampToSpec(spec: PlanInputSpec, value: number): number {
  const v = spec.integer ? Math.round(value) : value;
  return Math.min(spec.max, Math.max(spec.min, v));
}

/** The slider's position for a value (linear: the value itself). */
export function toPosition(spec: PlanInputSpec, value: number): number {
  if (spec.scale === 'linear') return value;
  if (value < spec.logMin) return 0;
  const span = Math.log(spec.max / spec.logMin);
  return Math.round((Math.log(value / spec.logMin) / span) * LOG_POSITIONS);
}

/** The value at a slider position; position 0 of a log slider is the spec's minimum. */
export function fromPosition(spec: PlanInputSpec, position: number): number {
  if (spec.scale === 'linear') return clampToSpec(spec, position);
  if (position <= 0) return spec.min;
  if (position >= LOG_POSITIONS) return spec.max;
  const span = Math.log(spec.max / spec.logMin);
  const raw = spec.logMin * Math.exp((position / LOG_POSITIONS) * span);
  return clampToSpec(spec, roundForSlider(raw));
}

export type ParsedInput =
  { ok: true; value: number } | { ok: false; problem: 'notNumber' | 'notInteger' | 'outOfRange' };

/** A number typed in the field: accepted only if the model takes it as it is. */
export function parseInput(spec: PlanInputSpec, text: string): ParsedInput {
  const trimmed = text.trim();
  const value = trimmed === '' ? NaN : Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, problem: 'notNumber' };
  if (spec.integer && !Number.isInteger(value)) return { ok: false, problem: 'notInteger' };
  if (value < spec.min || value > spec.max) return { ok: false, problem: 'outOfRange' };
  return { ok: true, value };
}
