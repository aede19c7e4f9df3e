/**
 * A point "Check by simulation" measured, as a plan of its own that the ensemble view can run
 * (issue 17 item 4, "any point opens as a scenario"): the plan's inputs with the point's voters,
 * observers, read share and offered rate. A latency point was measured at its offered rate; a
 * throughput point was measured saturated, so it opens at the model's saturated rate for its
 * ensemble and mix, the rate its curve shows there. Whether the ensemble view can run it is
 * planScenario's rule (planScenarioProblem), so the checked points and the plan's own button
 * refuse for the same reason. Pure, tested in Node (checkedPoint.test.ts).
 */
import { OFFERED_OPS_PER_SEC_MAX, saturation } from '../../sim/cost';
import type { CheckPoint } from './checkPlan';
import { toModel, type PlanInputs } from './planInputs';
import { planScenarioProblem } from './planScenario';

export interface CheckedPointPlan {
  inputs: PlanInputs;
  /** True for a throughput point: its offered rate is the model's saturated rate. */
  saturated: boolean;
  problem: ReturnType<typeof planScenarioProblem>;
}

export function checkedPointPlan(plan: PlanInputs, pt: CheckPoint): CheckedPointPlan {
  const saturated = pt.chart === 'throughput';
  const offered = saturated
    ? saturation(pt, pt.readRatio, toModel(plan).params).opsPerSec
    : pt.offeredOpsPerSec;
  const inputs: PlanInputs = {
    ...plan,
    voters: pt.voters,
    observers: pt.observers,
    readPercent: pt.readRatio * 100,
    offeredOpsPerSec: Math.min(OFFERED_OPS_PER_SEC_MAX, Math.max(1, offered)),
  };
  return { inputs, saturated, problem: planScenarioProblem(inputs) };
}
