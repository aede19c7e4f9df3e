/**
 * Checks what a load request brings from outside (a shared URL, an imported file): the scenario
 * through the simulation's own validator, and the command log, whose actions are validated as if
 * they were the scenario's own (so the one-line messages name the field the same way). Nothing
 * here runs the simulation; a refused input leaves the current run untouched.
 */
import type { UserAction } from '../protocol/messages';
import { USER_CLIENT_ACTION_KINDS } from '../protocol/clientActions';

import {
  BALANCER_ACTION_KINDS,
  parseScenario,
  unsupportedFeature,
  USER_SERVER_ACTION_KINDS,
  validateScenario,
  listItemOf,
  type CommandAction,
  type FieldProblem,
  type ResolvedScenario,
  type Scenario,
} from './simApi';

/** Commands that act on the load-balancing lab: validated as the balancer's own actions. */
const BALANCER_KINDS = new Set<string>(BALANCER_ACTION_KINDS);

export interface CheckedCommand {
  atEvent: number;
  action: CommandAction;
}

export type CheckedInput =
  | { ok: true; scenario: Scenario; resolved: ResolvedScenario; commands: CheckedCommand[] }
  | { ok: false; error: string };

const USER_KINDS = new Set<string>([
  ...USER_SERVER_ACTION_KINDS,
  ...BALANCER_ACTION_KINDS,
  ...USER_CLIENT_ACTION_KINDS,
]);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates the scenario and the command log; the first problem refuses the whole input. */
export function checkInput(scenarioInput: unknown, commandsJson: unknown): CheckedInput {
  // A file arrives as text, so a JSON syntax error is reported with its line and column.
  let scenarioJson = scenarioInput;
  if (typeof scenarioInput === 'string') {
    const parsed = parseScenario(scenarioInput);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    scenarioJson = JSON.parse(scenarioInput) as unknown;
  }
  const checked = validateScenario(scenarioJson);
  if (!checked.ok) return { ok: false, error: checked.error };
  const unsupported = unsupportedFeature(checked.scenario);
  if (unsupported) return { ok: false, error: unsupported };
  const scenario = scenarioJson as Scenario;
  if (commandsJson === undefined || commandsJson === null)
    return { ok: true, scenario, resolved: checked.scenario, commands: [] };
  if (!Array.isArray(commandsJson)) return { ok: false, error: 'commands: expected a list' };
  const actions: unknown[] = [];
  const atEvents: number[] = [];
  for (let i = 0; i < commandsJson.length; i++) {
    const c: unknown = commandsJson[i];
    if (!isObject(c))
      return { ok: false, error: `commands[${i}]: expected an object with atEvent and action` };
    const atEvent = c['atEvent'];
    if (typeof atEvent !== 'number' || !Number.isSafeInteger(atEvent) || atEvent < 0) {
      return {
        ok: false,
        error: `commands[${i}].atEvent: expected an event index (an integer >= 0)`,
      };
    }
    if (i > 0 && atEvent < (atEvents[i - 1] as number)) {
      return {
        ok: false,
        error: `commands[${i}].atEvent: ${atEvent} comes before the previous command's ${atEvents[i - 1]}`,
      };
    }
    const action = c['action'];
    if (
      !isObject(action) ||
      !USER_KINDS.has(String(action['do'])) ||
      typeof action['sid'] === 'string'
    ) {
      return {
        ok: false,
        error: `commands[${i}].action: expected crash, restart, freeze, unfreeze (with a numeric sid), partition, heal, write, drop-message, delay-message, ${BALANCER_ACTION_KINDS.join(', ')}, ${USER_CLIENT_ACTION_KINDS.join(', ')}`,
      };
    }
    actions.push(action);
    atEvents.push(atEvent);
  }
  // Validate the commands' actions with the scenario's own rules by appending them to its lists:
  // server actions to `actions`, balancer actions to `balancer.actions`.
  const isLab = (a: unknown) => BALANCER_KINDS.has(String((a as Record<string, unknown>)['do']));
  const serverIdx = actions.flatMap((a, i) => (isLab(a) ? [] : [i]));
  const labIdx = actions.flatMap((a, i) => (isLab(a) ? [i] : []));
  const own = checked.scenario.actions.length;
  const balancer = scenario.balancer;
  if (labIdx.length > 0 && !balancer)
    return { ok: false, error: `commands[${labIdx[0]}].action: this scenario has no balancer` };
  const ownLab = balancer?.actions?.length ?? 0;
  const combined = validateScenario({
    ...(scenarioJson as object),
    actions: [...((scenario.actions ?? []) as unknown[]), ...serverIdx.map((i) => actions[i])],
    ...(balancer && {
      balancer: {
        ...balancer,
        actions: [...((balancer.actions ?? []) as unknown[]), ...labIdx.map((i) => actions[i])],
      },
    }),
  });
  if (!combined.ok) {
    // An item past the scenario's own is a command: name it as the person wrote it.
    const f = combined.field;
    const server = f && listItemOf(f.path, 'actions');
    const lab = f && listItemOf(f.path, 'balancer.actions');
    if (f && server && server.index >= own)
      return { ok: false, error: fieldAt(`commands[${serverIdx[server.index - own]}]`, server, f) };
    if (f && lab && lab.index >= ownLab)
      return { ok: false, error: fieldAt(`commands[${labIdx[lab.index - ownLab]}]`, lab, f) };
    return { ok: false, error: combined.error };
  }
  const commands = actions.map((a, i) => ({
    atEvent: atEvents[i] as number,
    action: resolvedClientAction(scenario, a, actions.slice(0, i)) ?? (a as CommandAction),
  }));
  return { ok: true, scenario, resolved: checked.scenario, commands };
}

/** The message for a field problem inside one action, re-based onto `base` + ".action". */
function fieldAt(base: string, item: { rest: string }, f: FieldProblem): string {
  return `${base === '' ? '' : `${base}.`}action${item.rest}: ${f.why}`;
}

/** A user action as a scenario action at the current simulated time. */
export function stampAction(action: UserAction, atMs: number): CommandAction {
  switch (action.do) {
    case 'crash':
    case 'restart':
    case 'freeze':
    case 'unfreeze':
      return { atMs, do: action.do, sid: action.sid };
    case 'partition':
      return { atMs, do: 'partition', groups: action.groups.map((g) => g.slice()) };
    case 'heal':
      return { atMs, do: 'heal' };
    case 'write':
      return { atMs, do: 'write', via: action.via, path: action.path, data: action.data };
    case 'drop-message':
      return { atMs, do: 'drop-message', message: action.message };
    case 'delay-message':
      return { atMs, do: 'delay-message', message: action.message, byMs: action.byMs };
    case 'kill-backend':
    case 'restart-backend':
    case 'remove-backend':
    case 'add-backend':
      return { atMs, do: action.do, backend: action.backend };
    case 'slow-backend':
      return { atMs, do: 'slow-backend', backend: action.backend, factor: action.factor };
    default:
      // A client action has the scenario action's shape already; copied field by field.
      return { ...action, atMs } as CommandAction;
  }
}

/**
 * Refuses an action the scenario's rules would refuse (a sid that does not exist, a bad partition).
 * `earlier` are the commands already given: the clients their client-adds brought in may be named.
 */
export function checkAction(
  scenario: Scenario,
  action: CommandAction,
  earlier: readonly CommandAction[] = [],
): string | null {
  if (BALANCER_KINDS.has(action.do)) {
    if (!scenario.balancer) return 'action: this scenario has no balancer';
    // After the scenario's own balancer actions, so a backend that one adds may be named.
    const own = scenario.balancer.actions ?? [];
    const r = validateScenario({
      ...scenario,
      balancer: { ...scenario.balancer, actions: [...own, action] },
    });
    return r.ok ? null : actionProblem(r, 'balancer.actions', own.length);
  }
  const adds = clientAdds(earlier);
  const r = validateScenario({ ...scenario, actions: [...adds, action] });
  return r.ok ? null : actionProblem(r, 'actions', adds.length);
}

/** The validator's message, with the path of item `index` of `list` (the action) named "action". */
function actionProblem(
  r: { error: string; field?: FieldProblem },
  list: string,
  index: number,
): string {
  const item = r.field && listItemOf(r.field.path, list);
  return r.field && item && item.index === index ? fieldAt('', item, r.field) : r.error;
}

const CLIENT_KINDS = new Set<string>(USER_CLIENT_ACTION_KINDS);

/**
 * A client command as the engine runs it, with the validator's defaults filled in (a file may
 * leave out a create's mode or a read's watch); null for any other command. Called on commands
 * already validated, so the validation cannot fail here.
 */
function resolvedClientAction(
  scenario: Scenario,
  action: unknown,
  earlier: readonly unknown[],
): CommandAction | null {
  if (!CLIENT_KINDS.has(String((action as Record<string, unknown>)['do']))) return null;
  const adds = clientAdds(earlier);
  const r = validateScenario({ ...scenario, actions: [...adds, action] });
  if (!r.ok) return null;
  // The adds come first in the resolved list (an equal atMs keeps the order given).
  return (r.scenario.actions[adds.length] as CommandAction | undefined) ?? null;
}

/** The client-add actions among `actions`, whose clients later commands may name. */
function clientAdds(actions: readonly unknown[]): unknown[] {
  return actions.filter((a) => (a as Record<string, unknown> | null)?.['do'] === 'client-add');
}
