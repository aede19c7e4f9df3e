/**
 * Export: the loaded scenario with the command log written as ordinary actions at their atMs, in
 * the SCENARIO.md format, so `npm run sim` accepts the file and the app can import it back. The
 * URL stays the exact record (it keeps each command's event index); a scenario file can only say
 * "at this millisecond", and several events may share one millisecond.
 */
import type { CommandView } from '../../protocol/messages';
import type { Scenario } from '../../sim/scenario/types';

export function exportScenario(scenario: Scenario, commands: readonly CommandView[]): Scenario {
  const own = scenario.actions ?? [];
  const added = commands.map((c) => ({ ...c.action }) as NonNullable<Scenario['actions']>[number]);
  return { ...scenario, actions: [...own, ...added] };
}

export function exportText(scenario: Scenario, commands: readonly CommandView[]): string {
  return JSON.stringify(exportScenario(scenario, commands), null, 2) + '\n';
}

/** A file name that says what the run is: zabscope-<preset or custom>-seed<seed>.json */
export function exportFileName(presetId: string | null, scenario: Scenario): string {
  return `zabscope-${presetId ?? 'custom'}-seed${scenario.seed}.json`;
}
