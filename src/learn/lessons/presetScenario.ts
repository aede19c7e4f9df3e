/**
 * A lesson told on one of ZAB.md's preset scenarios uses the preset itself, so that the lesson
 * and the preset picker can never drift apart (the lesson tests check the steps on it).
 */
import { presetById } from '../../sim/scenario/presets';
import type { Scenario } from '../../sim/scenario/types';

export function presetScenario(id: string, changes: Partial<Scenario> = {}): Scenario {
  const preset = presetById(id);
  if (!preset) throw new Error(`lessons: no preset ${id}`);
  return { ...preset.scenario, ...changes };
}
