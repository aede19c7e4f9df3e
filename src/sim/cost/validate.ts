/**
 * Validation of untrusted cost parameters (a planner file's "cost" section, a URL, a scenario's
 * cost section later): a partial record in, the full record out with every missing field set to
 * its default, or one line naming the first bad field and why. The messages follow the scenario
 * validator's style (src/sim/scenario/fields.ts): "cost.fsyncMs: expected a number from 0 to 1000,
 * got -1".
 */
import { FieldError, checkKeys, expectObject, fail, has, join } from '../scenario/fields';
import { gotOf, why } from '../scenario/why';
import {
  COST_PARAM_NAMES,
  DEFAULT_COST_PARAMS,
  PARAM_SPECS,
  type CostParams,
  type ParamSpec,
} from './params';

export type CostParamsResult = { ok: true; params: CostParams } | { ok: false; error: string };

/** One field's value, or a FieldError naming the field. */
export function checkParam(value: unknown, path: string, spec: ParamSpec): number {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!spec.integer || Number.isSafeInteger(value)) &&
    value >= spec.min &&
    value <= spec.max;
  if (!ok) {
    const { integer, min, max, unit } = spec;
    fail(path, why('costParam', { integer, min, max, unit, got: gotOf(value) }));
  }
  return value as number;
}

/** Throws a FieldError on the first problem; used inside larger validators (the planner's file). */
export function resolveCostParams(value: unknown, path: string): CostParams {
  const obj = expectObject(value, path);
  checkKeys(obj, path, COST_PARAM_NAMES, { code: 'costModel' });
  const params: CostParams = { ...DEFAULT_COST_PARAMS };
  for (const name of COST_PARAM_NAMES) {
    if (has(obj, name)) params[name] = checkParam(obj[name], join(path, name), PARAM_SPECS[name]);
  }
  return params;
}

/** Validates a partial record of cost parameters and fills the defaults. */
export function validateCostParams(value: unknown, path = 'cost'): CostParamsResult {
  try {
    return { ok: true, params: resolveCostParams(value, path) };
  } catch (e) {
    if (e instanceof FieldError) return { ok: false, error: e.message };
    throw e;
  }
}
