/**
 * Everything the Plan view shows for one set of inputs: the model's result for the point, the
 * checker's findings, and which roles the ensemble has. Computed in the UI thread: the model is
 * pure and takes microseconds (docs/CAPACITY.md), so a worker round trip would only add latency
 * to every drag.
 */
import {
  analyze,
  checkConfiguration,
  rolesOf,
  type CostParams,
  type Finding,
  type PlanPoint,
  type PlanResult,
  type ResourceId,
  type Role,
} from '../../sim/cost';
import { toModel, type PlanInputs } from './planInputs';

export interface PlanModel {
  point: PlanPoint;
  params: CostParams;
  result: PlanResult;
  findings: Finding[];
  roles: Role[];
  /**
   * The resource that saturates first: the busiest at any load (U = X x D), even when the
   * clients' requests in flight bind before it does.
   */
  busiest: ResourceId;
}

export function planModel(inputs: PlanInputs): PlanModel {
  const { point, params } = toModel(inputs);
  const result = analyze(point, params);
  const ids = Object.keys(result.utilization) as ResourceId[];
  const busiest = ids.reduce((a, b) => (result.utilization[b] > result.utilization[a] ? b : a));
  return {
    point,
    params,
    result,
    findings: checkConfiguration(point, params, result),
    roles: rolesOf(point),
    busiest,
  };
}
