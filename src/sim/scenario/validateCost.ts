/**
 * Validation of the scenario's `cost` section (costSection.ts): every field bounded, the message
 * naming the field ("cost.fsyncMs: expected a number from 0 to 1000 (ms), got -1"), the cost
 * parameters checked by the cost model's own checkParam so that a planner file and a scenario
 * refuse the same values with the same words.
 */
import { checkParam } from '../cost/validate';
import { saturatedInFlight } from '../costsim/measure';
import { DEFAULT_COST_PARAMS, PARAM_SPECS } from '../cost/params';
import {
  COST_SECTION_KEYS,
  COST_START_AT_MS_DEFAULT,
  COST_WARMUP_MS_DEFAULT,
  COST_WORKLOAD_SPECS,
  COST_WORKLOADS,
  ENGINE_COST_PARAMS,
  type CostWorkload,
  type ResolvedCost,
} from './costSection';
import { checkKeys, expectObject, fail, has, join, type Obj } from './fields';
import { gotOf, why } from './why';

function field(obj: Obj, path: string, name: keyof typeof COST_WORKLOAD_SPECS, fallback: number) {
  return has(obj, name)
    ? checkParam(obj[name], join(path, name), COST_WORKLOAD_SPECS[name])
    : fallback;
}

/** The workload's kind and, for the open loop, its offered rate (required there, refused else). */
function workloadOf(obj: Obj, path: string): Pick<ResolvedCost, 'workload' | 'offeredOpsPerSec'> {
  const value = has(obj, 'workload') ? obj.workload : 'closed';
  if (!COST_WORKLOADS.includes(value as CostWorkload))
    fail(
      join(path, 'workload'),
      why('costWorkload', { got: gotOf(value), allowed: COST_WORKLOADS }),
    );
  const workload = value as CostWorkload;
  const rate = COST_WORKLOAD_SPECS.offeredOpsPerSec;
  if (workload === 'closed') {
    if (has(obj, 'offeredOpsPerSec')) fail(join(path, 'offeredOpsPerSec'), why('openLoopOnly', {}));
    return { workload, offeredOpsPerSec: null };
  }
  if (!has(obj, 'offeredOpsPerSec'))
    fail(
      join(path, 'offeredOpsPerSec'),
      why('openLoopNeedsRate', { min: rate.min, max: rate.max }),
    );
  return { workload, offeredOpsPerSec: field(obj, path, 'offeredOpsPerSec', 0) };
}

/** The section resolved, or a FieldError naming its first bad field. */
export function validateCost(value: unknown, path: string): ResolvedCost {
  const obj = expectObject(value, path);
  checkKeys(obj, path, COST_SECTION_KEYS, { code: 'costSection' });
  const params = {} as Pick<ResolvedCost, (typeof ENGINE_COST_PARAMS)[number]>;
  for (const name of ENGINE_COST_PARAMS) {
    params[name] = has(obj, name)
      ? checkParam(obj[name], join(path, name), PARAM_SPECS[name])
      : DEFAULT_COST_PARAMS[name];
  }
  const readRatio = field(obj, path, 'readRatio', 0);
  const startAtMs = field(obj, path, 'startAtMs', COST_START_AT_MS_DEFAULT);
  const measureFromMs = field(
    obj,
    path,
    'measureFromMs',
    Math.min(startAtMs + COST_WARMUP_MS_DEFAULT, COST_WORKLOAD_SPECS.measureFromMs.max),
  );
  if (measureFromMs < startAtMs)
    fail(join(path, 'measureFromMs'), why('beforeWorkloadStart', { measureFromMs, startAtMs }));
  const inFlight = saturatedInFlight(params.clients, params.clientsMaxOutstanding);
  return { ...params, readRatio, startAtMs, measureFromMs, ...workloadOf(obj, path), inFlight };
}
