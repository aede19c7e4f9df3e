// The scenario "Open in the ensemble view" builds from a plan's inputs: it validates, carries the
// ensemble, the timing and every cost parameter the Plan view sets, runs the check's window, and
// is refused (as data) when the plan has more servers than the ensemble view runs. The run is the
// open loop at the plan's offered load: below the knee it achieves that load, past it the
// saturated throughput (src/sim/engine/cost/openLoop.test.ts runs the engine on both sides).
import { describe, expect, it } from 'vitest';
import {
  COST_OFFERED_OPS_PER_SEC_MAX,
  ENGINE_COST_PARAMS,
  MAX_SIDS,
  validateScenario,
} from '../../sim/index';
import { DEFAULT_PLAN_INPUTS, type PlanInputs } from './planInputs';
import { planScenario, planScenarioProblem } from './planScenario';

describe('planScenario', () => {
  it('builds a valid scenario with the cost section of the plan’s inputs', () => {
    const inputs: PlanInputs = {
      ...DEFAULT_PLAN_INPUTS,
      voters: 3,
      observers: 2,
      readPercent: 25,
      fsyncMs: 3,
      tickTimeMs: 500,
      linkMbps: 10_000,
    };
    const v = validateScenario(planScenario(inputs, 'Plan'));
    if (!v.ok) throw new Error(v.error);
    const s = v.scenario;
    expect(s.ensemble).toMatchObject({ servers: 3, observers: 2, tickTimeMs: 500 });
    expect(s.untilMs).toBe(800);
    expect(s.cost!.measureFromMs).toBe(600);
    expect(s.cost!.readRatio).toBe(0.25);
    expect(s.cost!.workload).toBe('open');
    expect(s.cost!.offeredOpsPerSec).toBe(inputs.offeredOpsPerSec);
    for (const name of ENGINE_COST_PARAMS) expect(s.cost![name]).toBe(inputs[name]);
    expect(s.title).toBe('Plan');
  });

  it('opens a saturated (throughput) point as the closed loop it was measured with', () => {
    const v = validateScenario(planScenario(DEFAULT_PLAN_INPUTS, 'Plan', { saturated: true }));
    if (!v.ok) throw new Error(v.error);
    expect(v.scenario.cost!.workload ?? 'closed').toBe('closed');
    expect(v.scenario.cost!.offeredOpsPerSec ?? null).toBeNull();
    expect(v.scenario.cost!.readRatio).toBe(DEFAULT_PLAN_INPUTS.readPercent / 100);
  });

  it('opens a plan past the engine’s highest offered rate at that rate, still an overload', () => {
    const inputs = { ...DEFAULT_PLAN_INPUTS, offeredOpsPerSec: 50_000_000 };
    const v = validateScenario(planScenario(inputs, 'Plan'));
    if (!v.ok) throw new Error(v.error);
    expect(v.scenario.cost!.offeredOpsPerSec).toBe(COST_OFFERED_OPS_PER_SEC_MAX);
  });

  it('refuses a plan with more servers than the ensemble view runs', () => {
    expect(planScenarioProblem(DEFAULT_PLAN_INPUTS)).toBeNull();
    const big = { ...DEFAULT_PLAN_INPUTS, voters: 7, observers: 3 };
    expect(planScenarioProblem(big)).toEqual({
      code: 'tooManyServers',
      servers: 10,
      maxServers: MAX_SIDS,
    });
  });
});
