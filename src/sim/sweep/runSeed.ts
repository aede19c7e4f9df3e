/**
 * One sweep run: build the seed's swarm scenario, run it with the checker on every event, then
 * check liveness. Shared by `npm run sweep` and the CI test over a fixed seed list.
 *
 * A run can hit a hazard of ZooKeeper's own code that the simulator reproduces on purpose. The
 * one the sweep can meet is the dirty snapshot: a server elected with a fast-forwarded, never
 * committed tail snapshots it at Leader.lead, fails to become established, and is later
 * truncated below it; its TRUNC reloads that snapshot and keeps the txns. The engine says so in
 * the trace (`kind: 'dirtySnapshot'`). When every safety violation after it names that server,
 * the run is reported as such a hazard, not as a failure: the checker did its job, and the
 * simulator must not hide what ZooKeeper does.
 */
import { createSimulation } from '../extensions';
import type { RunViolation as Violation } from '../engine/world';
import { validateScenario } from '../scenario/validate';
import { checkLiveness, type LivenessFailure } from './liveness';
import { swarmPlan, type SwarmPlan } from './swarm';

/** A reproduced hazard of ZooKeeper's code, from the trace. */
export interface KnownHazard {
  code: 'dirty-snapshot';
  sid: number;
  atMs: number;
  snapshotZxid: string;
  truncZxid: string;
}

export interface SeedResult {
  seed: number;
  plan: SwarmPlan;
  events: number;
  /** Violations and liveness failures not explained by a known hazard (a failing seed). */
  violations: Violation[];
  liveness: LivenessFailure[];
  /** Known hazards that happened and explain every violation of the run (empty otherwise). */
  hazards: KnownHazard[];
  /** What the hazards explain: the run's violations and liveness failures, kept for the report. */
  explained: { violations: Violation[]; liveness: LivenessFailure[] };
}

export function runSeed(seed: number): SeedResult {
  const plan = swarmPlan(seed);
  const v = validateScenario(plan.scenario);
  if (!v.ok) throw new Error(`sweep seed ${seed} generated an invalid scenario: ${v.error}`);
  const hazards: KnownHazard[] = [];
  const sim = createSimulation(v.scenario, {
    onTrace: (e) => {
      if (e.k !== 'log' || e.data?.['kind'] !== 'dirtySnapshot') return;
      const d = e.data;
      hazards.push({
        code: 'dirty-snapshot',
        sid: e.sid,
        atMs: e.t,
        snapshotZxid: String(d['snapshotZxid']),
        truncZxid: String(d['truncZxid']),
      });
    },
  });
  sim.runUntil(v.scenario.untilMs);
  const violations = sim.world.violations.slice();
  const liveness = checkLiveness(sim, plan);
  // The hazard's server delivers txns nobody else has; every violation it causes names it, as
  // the server that delivered them (params.sid) or as one the others are compared with (peers).
  const names = (x: Violation, sid: number) =>
    x.params !== undefined &&
    'peers' in x.params &&
    (x.params.sid === sid || x.params.peers.includes(sid));
  const explainedBy = (x: Violation) => hazards.some((h) => x.atMs >= h.atMs && names(x, h.sid));
  const explained = violations.length > 0 && violations.every(explainedBy);
  return {
    seed,
    plan,
    events: sim.world.events,
    violations: explained ? [] : violations,
    liveness: explained ? [] : liveness,
    hazards: explained ? hazards : [],
    explained: explained ? { violations, liveness } : { violations: [], liveness: [] },
  };
}
