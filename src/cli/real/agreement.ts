/**
 * The agreement check the unit test runs without Java: the simulator on a recorded scenario's
 * steps (the harness's own translation), compared with the recorded real checkpoints. Pure; it
 * is the one module of src/cli/real that src/sim's test imports.
 */
import { compareCheckpoints, formatDifference, type Difference, type FieldValue } from './compare';
import type { Outcomes, RecordedScenario } from './outcomes';
import { comparableCheckpoint } from './spec';
import { simulate } from './simRun';

export type { Difference, FieldValue, Outcomes, RecordedScenario };
export { formatDifference };

export interface Agreement {
  id: string;
  seed: number;
  differences: Difference[];
  /** The simulated run's invariant violations (there should be none). */
  violations: string[];
}

export function simulatorAgreement(recorded: RecordedScenario, seed: number): Agreement {
  const sim = simulate(recorded.scenario, seed);
  return {
    id: recorded.scenario.id,
    seed,
    differences: compareCheckpoints(
      recorded.checkpoints.map(comparableCheckpoint),
      sim.checkpoints,
    ),
    violations: sim.violations,
  };
}
