/**
 * Export: the loaded scenario with the command log written as ordinary actions at their atMs, in
 * the SCENARIO.md format, so `npm run sim` accepts the file and the app can import it back. The
 * URL stays the exact record (it keeps each command's event index); a scenario file can only say
 * "at this millisecond", and several events may share one millisecond.
 */
import type { CommandView } from '../../protocol/messages';
import type { Scenario } from '../../sim/vocabulary';

type Action = NonNullable<Scenario['actions']>[number];
type BalancerAction = NonNullable<NonNullable<Scenario['balancer']>['actions']>[number];

/**
 * Balancer commands (kill, restart, slow, add or remove a backend) go to the balancer's own
 * actions; an added spare stays named by its id, which the scenario format accepts.
 */
function isBalancer(c: CommandView): boolean {
  return c.action.do.endsWith('-backend');
}

export function exportScenario(scenario: Scenario, commands: readonly CommandView[]): Scenario {
  const own = scenario.actions ?? [];
  const added = commands.filter((c) => !isBalancer(c)).map((c) => ({ ...c.action }) as Action);
  const out: Scenario = { ...scenario, actions: [...own, ...added] };
  const lab = commands.filter(isBalancer).map((c) => ({ ...c.action }) as BalancerAction);
  if (lab.length > 0 && scenario.balancer)
    out.balancer = {
      ...scenario.balancer,
      actions: [...(scenario.balancer.actions ?? []), ...lab],
    };
  return out;
}

export function exportText(scenario: Scenario, commands: readonly CommandView[]): string {
  return JSON.stringify(exportScenario(scenario, commands), null, 2) + '\n';
}

/**
 * A file name that says what the run is: zabscope-<preset, comparison or custom>-seed<seed>.json,
 * a comparison naming its strategies (zabscope-comparison-round-robin-vs-p2c-seed7.json).
 */
export function exportFileName(presetId: string | null, scenario: Scenario): string {
  const strategies = scenario.balancer?.strategies;
  const what = presetId ?? (strategies ? `comparison-${strategies.join('-vs-')}` : 'custom');
  return `zabscope-${what}-seed${scenario.seed}.json`;
}
