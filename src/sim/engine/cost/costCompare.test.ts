// The cost model run inside the ZAB engine against the cost model's own simulation (costsim,
// measureCapacity) and its analytic form, saturated, on 3 and 5 voters at 0% and 90% reads
// (docs/CAPACITY.md, "The engine beside the model"). The engine runs the real protocol (every
// PROPOSAL, ACK and COMMIT through the servers' machines) where costsim runs the same tasks as
// bare queues, so the two should agree closely:
// - throughput within 10% of costsim's, write latency p50 within 20% (with 500 requests in
//   flight it is N / X by Little's law, so it follows the throughput);
// - against the analytic model, the tolerances costsim's own test states (measure.test.ts): all
//   writes within 15% of the balanced bound; 90% reads at or above it, at most 1.6 times,
//   because a closed loop lets the clients of the servers that are not the bottleneck run ahead
//   while the model spreads the load evenly.
import { describe, expect, it } from 'vitest';
import { buildReport, createSimulation, validateScenario } from '../../index';
import { saturation } from '../../cost/analytic';
import { DEFAULT_COST_PARAMS } from '../../cost/params';
import { measureCapacity } from '../../costsim/measure';

const SEED = 7;

function engine(voters: number, readRatio: number) {
  const v = validateScenario({
    version: 1,
    seed: SEED,
    untilMs: 800,
    ensemble: { servers: voters },
    cost: { readRatio },
  });
  if (!v.ok) throw new Error(v.error);
  const sim = createSimulation(v.scenario);
  sim.runUntil(v.scenario.untilMs);
  const report = buildReport(sim);
  expect(report.violations).toEqual([]);
  return report.cost!;
}

const within = (x: number, ref: number, share: number) =>
  expect(Math.abs(x - ref) / ref).toBeLessThanOrEqual(share);

describe('the engine with the cost model beside costsim and the analytic model', () => {
  for (const voters of [3, 5]) {
    for (const readRatio of [0, 0.9]) {
      it(`${voters} voters, ${readRatio * 100}% reads, saturated`, () => {
        const e = engine(voters, readRatio);
        const point = { voters, observers: 0, readRatio, offeredOpsPerSec: 0 };
        const c = measureCapacity({
          point,
          params: DEFAULT_COST_PARAMS,
          load: 'saturated',
          seed: SEED,
          warmupMs: 100,
          measureMs: 200,
        });
        within(e.throughputOpsPerSec, c.throughputOpsPerSec, 0.1);
        within(e.writeLatencyMs!.p50, c.writeLatencyMs!.p50, 0.2);
        const bound = saturation({ voters, observers: 0 }, readRatio, DEFAULT_COST_PARAMS);
        if (readRatio === 0) {
          within(e.throughputOpsPerSec, bound.opsPerSec, 0.15);
          // All writes: the leader's CPU saturates first, in the engine as in the model.
          expect(bound.bottleneck).toBe('leader.cpu');
          expect(e.bottleneck).toMatchObject({ state: 'LEADING', resource: 'cpu' });
        } else {
          expect(e.throughputOpsPerSec).toBeGreaterThanOrEqual(bound.opsPerSec);
          expect(e.throughputOpsPerSec).toBeLessThanOrEqual(1.6 * bound.opsPerSec);
          expect(e.bottleneck?.resource).toBe('cpu');
        }
      });
    }
  }
});
