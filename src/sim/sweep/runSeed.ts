/**
 * One sweep run: build the seed's swarm scenario, run it with the checker on every event, then
 * check liveness. Shared by `npm run sweep` and the CI test over a fixed seed list.
 */
import { Simulation } from '../engine/simulation';
import type { Violation } from '../check/ghost';
import { validateScenario } from '../scenario/validate';
import { checkLiveness, type LivenessFailure } from './liveness';
import { swarmPlan, type SwarmPlan } from './swarm';

export interface SeedResult {
  seed: number;
  plan: SwarmPlan;
  events: number;
  violations: Violation[];
  liveness: LivenessFailure[];
}

export function runSeed(seed: number): SeedResult {
  const plan = swarmPlan(seed);
  const v = validateScenario(plan.scenario);
  if (!v.ok) throw new Error(`sweep seed ${seed} generated an invalid scenario: ${v.error}`);
  const sim = Simulation.fromScenario(v.scenario);
  sim.runUntil(v.scenario.untilMs);
  return {
    seed,
    plan,
    events: sim.world.events,
    violations: sim.world.violations.slice(),
    liveness: checkLiveness(sim, plan),
  };
}
