// A checked point as a plan of its own, the one its Open control runs: the point's ensemble,
// read share and offered rate replace the plan's (a throughput point, measured saturated, opens
// at the model's saturated rate for its own ensemble and mix), everything else is the plan's;
// the scenario it gives validates and carries the point; a point with more servers than the
// ensemble view runs is refused for the reason the plan's own button gives.
import { describe, expect, it } from 'vitest';
import { saturation } from '../../sim/cost';
import { MAX_SIDS, validateScenario } from '../../sim/index';
import type { CheckPoint } from './checkPlan';
import { checkedPointPlan } from './checkedPoint';
import { DEFAULT_PLAN_INPUTS, toModel, type PlanInputs } from './planInputs';
import { planScenario } from './planScenario';

const plan: PlanInputs = { ...DEFAULT_PLAN_INPUTS, voters: 5, observers: 1, readPercent: 90 };

describe('checkedPointPlan', () => {
  it('a latency point opens at its offered rate with its ensemble and read share', () => {
    const pt: CheckPoint = {
      chart: 'latency',
      voters: 5,
      observers: 1,
      readRatio: 0.9,
      offeredOpsPerSec: 12_345,
      kind: 'write',
    };
    const got = checkedPointPlan({ ...plan, offeredOpsPerSec: 40_000, fsyncMs: 3 }, pt);
    expect(got.saturated).toBe(false);
    expect(got.problem).toBeNull();
    expect(got.inputs).toMatchObject({
      voters: 5,
      observers: 1,
      readPercent: 90,
      offeredOpsPerSec: 12_345,
      fsyncMs: 3,
    });
  });

  it('a throughput point opens at the model’s saturated rate for its own ensemble and mix', () => {
    const pt: CheckPoint = { chart: 'throughput', voters: 3, observers: 1, readRatio: 1 / 3 };
    const got = checkedPointPlan(plan, pt);
    const expected = saturation(pt, 1 / 3, toModel(plan).params).opsPerSec;
    expect(got.saturated).toBe(true);
    expect(got.inputs.offeredOpsPerSec).toBe(expected);
    // Not the plan's own 5 voters' rate: the line's ensemble is what was measured.
    expect(expected).not.toBe(
      saturation({ voters: 5, observers: 1 }, 1 / 3, toModel(plan).params).opsPerSec,
    );
    expect(got.inputs.voters).toBe(3);
    expect(got.inputs.readPercent).toBeCloseTo(100 / 3, 10);
    const v = validateScenario(planScenario(got.inputs, 'point'));
    if (!v.ok) throw new Error(v.error);
    expect(v.scenario.ensemble).toMatchObject({ servers: 3, observers: 1 });
    expect(v.scenario.cost!.readRatio).toBeCloseTo(1 / 3, 10);
  });

  it('a point with more servers than the ensemble view runs is refused, naming both counts', () => {
    const pt: CheckPoint = { chart: 'throughput', voters: 13, observers: 1, readRatio: 0 };
    expect(checkedPointPlan(plan, pt).problem).toEqual({
      code: 'tooManyServers',
      servers: 14,
      maxServers: MAX_SIDS,
    });
    const nine: CheckPoint = { chart: 'throughput', voters: 9, observers: 0, readRatio: 0 };
    expect(checkedPointPlan(plan, nine).problem).toBeNull();
  });
});
