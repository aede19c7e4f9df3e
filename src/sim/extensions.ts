/**
 * The extensions every run of the app, the runner, the sweep and the benchmarks may use, in the
 * order they hear the engine's hooks, and the engine's entry points bound to them. The engine
 * (src/sim/engine) knows only the Extension interface; this file is where the extensions above
 * it are plugged in, so a second extension is one more entry in STANDARD_EXTENSIONS.
 */
import type { Extension } from './engine/extension';
import { extensionProblem } from './engine/extension';
import { Simulation, type SimulationOptions } from './engine/simulation';
import { createWorld as createEngineWorld } from './engine/createWorld';
import type { World } from './engine/world';
import { labExtension } from './lab/labExtension';
import type { ResolvedScenario } from './scenario/types';
import type { FieldProblem } from './scenario/why';

export const STANDARD_EXTENSIONS: readonly Extension[] = [labExtension];

/** A simulation of the scenario with the standard extensions (options.extensions overrides them). */
export function createSimulation(
  scenario: ResolvedScenario,
  options: SimulationOptions = {},
): Simulation {
  return Simulation.fromScenario(scenario, { extensions: STANDARD_EXTENSIONS, ...options });
}

/** A new world of the scenario, with the state of every standard extension it uses. */
export function createWorld(scenario: ResolvedScenario): World {
  return createEngineWorld(scenario, STANDARD_EXTENSIONS);
}

/** What a valid scenario may still hold that one of the standard extensions cannot run, or null. */
export function extensionsProblem(scenario: ResolvedScenario): FieldProblem | null {
  return extensionProblem(scenario, STANDARD_EXTENSIONS);
}
