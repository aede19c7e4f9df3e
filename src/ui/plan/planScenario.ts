/**
 * "Open in the ensemble view" (issue 17 item 4): the scenario that runs a plan's point in the
 * ZAB simulation, with the cost section on (docs/SCENARIO-EXTENSIONS.md, "cost"). The ensemble,
 * the timing and every cost parameter the Plan view sets are taken as they are; the workload is
 * the open loop at the plan's offered load (requests arrive at offeredOpsPerSec, Poisson; a
 * client with all its requests outstanding queues the next, as ZooKeeper's client does), so the
 * run shows the ensemble at the point the plan's latency and utilization figures describe, and
 * past the knee it shows the saturated throughput and the queues growing. The run lasts the
 * workload's start, the same warmup and the same 200 ms measuring window as the check, so that
 * its report's cost block is comparable with the check's figures. Pure, tested in Node.
 */
import {
  COST_OFFERED_OPS_PER_SEC_MAX,
  COST_START_AT_MS_DEFAULT,
  COST_WARMUP_MS_DEFAULT,
  ENGINE_COST_PARAMS,
  MAX_SIDS,
  type Scenario,
} from '../../sim/index';
import type { PlanInputs } from './planInputs';

/** Simulated ms the window measures (costsim's CAPACITY_MEASURE_MS, the check's window). */
export const PLAN_RUN_MEASURE_MS = 200;
/** The seed of the run: fixed, so that the same plan opens the same run. */
export const PLAN_RUN_SEED = 1;

/** Null when the ensemble view can run this plan; otherwise why not, as data. */
export function planScenarioProblem(
  inputs: PlanInputs,
): { code: 'tooManyServers'; servers: number; maxServers: number } | null {
  const servers = inputs.voters + inputs.observers;
  return servers > MAX_SIDS ? { code: 'tooManyServers', servers, maxServers: MAX_SIDS } : null;
}

/**
 * The scenario for the plan's inputs; call only when planScenarioProblem is null. `saturated`
 * opens the closed loop instead (clients keep their requests outstanding), the workload a
 * throughput point of "Check by simulation" was measured with: an open loop offered exactly the
 * saturated rate would be a queue at utilization 1, growing without bound.
 */
export function planScenario(
  inputs: PlanInputs,
  title: string,
  opts: { saturated?: boolean } = {},
): Scenario {
  const cost: NonNullable<Scenario['cost']> = opts.saturated
    ? { readRatio: inputs.readPercent / 100, startAtMs: COST_START_AT_MS_DEFAULT }
    : {
        readRatio: inputs.readPercent / 100,
        startAtMs: COST_START_AT_MS_DEFAULT,
        workload: 'open',
        // The plan's slider reaches 100 million ops/s, the engine's open loop a million, already
        // past the saturated throughput of any ensemble it runs: above that the run is the same
        // overload.
        offeredOpsPerSec: Math.min(inputs.offeredOpsPerSec, COST_OFFERED_OPS_PER_SEC_MAX),
      };
  for (const name of ENGINE_COST_PARAMS) cost[name] = inputs[name];
  return {
    version: 1,
    seed: PLAN_RUN_SEED,
    untilMs: COST_START_AT_MS_DEFAULT + COST_WARMUP_MS_DEFAULT + PLAN_RUN_MEASURE_MS,
    title,
    ensemble: {
      servers: inputs.voters,
      observers: inputs.observers,
      tickTimeMs: inputs.tickTimeMs,
      initLimit: inputs.initLimit,
      syncLimit: inputs.syncLimit,
    },
    cost,
  };
}
