/**
 * The public surface of the simulation, used by the worker, the CLI, benchmarks and tests.
 */
import { buildReport } from './engine/report';
import { Simulation, type SimulationOptions } from './engine/simulation';
import type { Report, ResolvedScenario } from './scenario/types';

export { Simulation, createWorld, stateOf } from './engine/simulation';
export { buildReport } from './engine/report';
export type { World } from './engine/world';
export type { TraceEvent } from './trace/traceEvent';
export type { Report, ResolvedScenario, Scenario } from './scenario/types';
export { formatZxid, parseZxid, shortZxid } from './zab/zxid';

/**
 * Features of the scenario format that the engine does not simulate yet. A scenario that uses
 * one is refused whole, with this message, rather than run with that part silently ignored.
 */
export function unsupportedFeature(s: ResolvedScenario): string | null {
  if (s.balancer !== null) return 'balancer: the load-balancing lab is not wired to the simulation yet (tracked in the issue "Load-balancing lab")';
  return null;
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
