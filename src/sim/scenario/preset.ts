/**
 * What a preset is (presets.ts lists them). In a file of its own because the preset lists by
 * topic (presetsElection.ts, presetsFailures.ts, presetsSessions.ts) use it and presets.ts imports
 * them: declaring it in presets.ts would make an import cycle.
 */
import type { Scenario } from './types';

export interface Preset {
  /** kebab-case, stable: URLs and lessons refer to presets by id. */
  id: string;
  title: string;
  /** One paragraph: what to watch and why, citing ZooKeeper's behaviour. */
  description: string;
  /** Where the expected outcome is written down, e.g. "ZAB.md §8 scenario 7". */
  reference: string;
  scenario: Scenario;
}
