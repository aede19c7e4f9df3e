/**
 * The presets' titles and descriptions in languages other than English (each locale's file
 * carries its own). English comes from the simulation's own presets (src/sim/scenario/presets*.ts),
 * the single source of what each one shows; a preset a locale lacks is shown in English.
 */
import type { PresetText } from './presetText';
import { localeData, type Locale } from './t';

/** The preset's text in this locale, or null to use the simulation's English text. */
export function presetText(locale: Locale, id: string): PresetText | null {
  return localeData(locale).presets[id] ?? null;
}
