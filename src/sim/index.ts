/**
 * The public surface of the simulation, used by the worker, the CLI, benchmarks and tests.
 */
import { buildReport } from './engine/report';
import { Simulation, type SimulationOptions } from './engine/simulation';
import type { Report, ResolvedScenario } from './scenario/types';
import { labProblem } from './lb/lab/labSetup';

export { Simulation, createWorld, stateOf } from './engine/simulation';
export { buildReport } from './engine/report';
export type { World } from './engine/world';
export type { TraceEvent } from './trace/traceEvent';
export type { Report, ResolvedScenario, Scenario } from './scenario/types';
export { formatZxid, parseZxid, shortZxid } from './zab/zxid';

/**
 * Features of the scenario format that the engine does not simulate yet. A scenario that uses
 * one is refused whole, with this message, rather than run with that part silently ignored.
 * Everything is simulated now; what remains are combinations the load-balancing lab cannot run
 * (src/sim/lb/lab/labSetup.ts, labProblem).
 */
export function unsupportedFeature(s: ResolvedScenario): string | null {
  return labProblem(s);
}

/** Runs a validated scenario to its untilMs and returns the report. */
export function runScenario(scenario: ResolvedScenario, options: SimulationOptions = {}): Report {
  const unsupported = unsupportedFeature(scenario);
  if (unsupported) throw new UnsupportedScenarioError(unsupported);
  const sim = Simulation.fromScenario(scenario, options);
  sim.runUntil(scenario.untilMs);
  return buildReport(sim);
}

export class UnsupportedScenarioError extends Error {
  override name = 'UnsupportedScenarioError';
}
