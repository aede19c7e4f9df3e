// A checkpoint copied mid-run with the cost model on continues exactly as the straight run: the
// cost state (stations, the workload's slots and figures) is part of the one plain-data world.
// It lives here, not beside the cost model, because the engine must not import the timeline.
import { describe, expect, it } from 'vitest';
import { buildReport, createSimulation, validateScenario } from '../index';
import { Simulation } from '../engine/simulation';
import type { Scenario } from '../scenario/types';
import { cloneWorld } from './cloneWorld';

const light = { clients: 12, clientsMaxOutstanding: 2, readRatio: 0.5 };
const scenario: Scenario = {
  version: 1,
  seed: 3,
  untilMs: 700,
  ensemble: { servers: 3 },
  cost: light,
};

describe('the cost model across a checkpoint', () => {
  it.each([
    ['the closed loop', scenario],
    // Past saturation, so that the clients' queues hold requests when the copy is taken.
    [
      'the open loop',
      { ...scenario, cost: { ...light, workload: 'open', offeredOpsPerSec: 60_000 } } as Scenario,
    ],
  ])('continues a checkpoint of %s copied mid-run exactly as the straight run', (_, s) => {
    const v = validateScenario(s);
    if (!v.ok) throw new Error(v.error);
    const straight = createSimulation(v.scenario);
    straight.runUntil(650);
    if (v.scenario.cost!.workload === 'open')
      expect(straight.world.cost!.open!.queued).toBeGreaterThan(0);
    const copy = new Simulation(cloneWorld(straight.world, straight.extensions), {
      extensions: straight.extensions,
    });
    straight.runUntil(700);
    copy.runUntil(700);
    expect(buildReport(copy).traceHash).toBe(buildReport(straight).traceHash);
    expect(buildReport(copy).cost).toEqual(buildReport(straight).cost);
  });
});
