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
  fieldProblemText,
  parseScenario,
  unsupportedFeature,
  USER_SERVER_ACTION_KINDS,
  validateScenario,
  listItemOf,
  type CommandAction,
  why,
  type FieldProblem,
  type Why,
  type ResolvedScenario,
  type Scenario,
} from './simApi';

/** Commands that act on the load-balancing lab: validated as the balancer's own actions. */
const BALANCER_KINDS = new Set<string>(BALANCER_ACTION_KINDS);

export interface CheckedCommand {
  atEvent: number;
  action: CommandAction;
}

/**
 * Why an input or a command was refused: the one-line message (the CLI's words), and when a field
 * of the scenario format is at fault, that field's path and why as data, which the app words in
 * the reader's language (the path re-based onto the command, as the message names it).
 */
export interface Refusal {
  error: string;
  field: FieldProblem | null;
}

export type CheckedInput =
  | { ok: true; scenario: Scenario; resolved: ResolvedScenario; commands: CheckedCommand[] }
  | ({ ok: false } & Refusal);

/** A refusal outside the scenario's fields (a command list, an event index), worded from its code. */
export const refusedAt = (path: string, w: Why): { ok: false } & Refusal =>
  rebased({ path, why: w });

/** A refusal from the validator's result: its message, and its field when it names one. */
function refusal(r: { error: string; field?: FieldProblem }): { ok: false } & Refusal {
  return { ok: false, error: r.error, field: r.field ?? null };
}

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
    if (!parsed.ok) return refusal(parsed);
    scenarioJson = JSON.parse(scenarioInput) as unknown;
  }
  const checked = validateScenario(scenarioJson);
  if (!checked.ok) return refusal(checked);
  const unsupported = unsupportedFeature(checked.scenario);
  if (unsupported) return rebased(unsupported);
  const scenario = scenarioJson as Scenario;
  if (commandsJson === undefined || commandsJson === null)
    return { ok: true, scenario, resolved: checked.scenario, commands: [] };
  if (!Array.isArray(commandsJson)) return refusedAt('commands', why('commandsNotList', {}));
  const actions: unknown[] = [];
  const atEvents: number[] = [];
  for (let i = 0; i < commandsJson.length; i++) {
    const c: unknown = commandsJson[i];
    if (!isObject(c)) return refusedAt(`commands[${i}]`, why('commandShape', {}));
    const atEvent = c['atEvent'];
    if (typeof atEvent !== 'number' || !Number.isSafeInteger(atEvent) || atEvent < 0) {
      return refusedAt(`commands[${i}].atEvent`, why('commandAtEvent', {}));
    }
    if (i > 0 && atEvent < (atEvents[i - 1] as number)) {
      const previous = atEvents[i - 1] as number;
      return refusedAt(`commands[${i}].atEvent`, why('commandOrder', { atEvent, previous }));
    }
    const action = c['action'];
    if (
      !isObject(action) ||
      !USER_KINDS.has(String(action['do'])) ||
      typeof action['sid'] === 'string'
    ) {
      const kinds = { balancer: BALANCER_ACTION_KINDS, client: USER_CLIENT_ACTION_KINDS };
      return refusedAt(`commands[${i}].action`, why('commandAction', kinds));
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
    return refusedAt(`commands[${labIdx[0]}].action`, why('noBalancer', {}));
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
      return rebased(fieldAt(`commands[${serverIdx[server.index - own]}]`, server, f));
    if (f && lab && lab.index >= ownLab)
      return rebased(fieldAt(`commands[${labIdx[lab.index - ownLab]}]`, lab, f));
    return refusal(combined);
  }
  const commands = actions.map((a, i) => ({
    atEvent: atEvents[i] as number,
    action: resolvedClientAction(scenario, a, actions.slice(0, i)) ?? (a as CommandAction),
  }));
  return { ok: true, scenario, resolved: checked.scenario, commands };
}

/** A field problem inside one action, re-based onto `base` + ".action". */
function fieldAt(base: string, item: { rest: string }, f: FieldProblem): FieldProblem {
  return { path: `${base === '' ? '' : `${base}.`}action${item.rest}`, why: f.why };
}

/** The refusal for a re-based field problem: the message is worded from it. */
function rebased(field: FieldProblem): { ok: false } & Refusal {
  return { ok: false, error: fieldProblemText(field), field };
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
): Refusal | null {
  if (BALANCER_KINDS.has(action.do)) {
    if (!scenario.balancer) {
      const field = { path: 'action', why: why('noBalancer', {}) };
      return { error: fieldProblemText(field), field };
    }
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

/** The validator's refusal, with the path of item `index` of `list` (the action) named "action". */
function actionProblem(
  r: { error: string; field?: FieldProblem },
  list: string,
  index: number,
): Refusal {
  const item = r.field && listItemOf(r.field.path, list);
  if (!r.field || !item || item.index !== index) return refusal(r);
  const field = fieldAt('', item, r.field);
  return { error: fieldProblemText(field), field };
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
