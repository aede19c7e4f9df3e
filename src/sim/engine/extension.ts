/**
 * Engine extensions, in the spirit of d3-force's named forces: a feature that lives above the
 * engine (the load-balancing lab is the first, src/sim/lab) plugs into a run by name, owns its
 * state and its events, and hears a few engine hooks. The engine knows this interface only, never
 * an extension, so the engine does not import what is built on it.
 *
 * An extension's state is plain data kept in `world.extensions[name]`, so a checkpoint copies it
 * (through the extension's own `clone`) and a JSON round trip keeps it. Its events are kernel
 * events (`{ kind: 'extension', name, event }`) in the one queue, ordered by (time, insertion)
 * with everything else, so an extension is as deterministic as the engine. What it does to the
 * rest of the run goes through `ExtensionEffects`: trace entries, its own events, and the
 * ordinary operations on client processes (an extension's clients are ZooKeeper clients like any
 * other, with sessions, watches and recipes).
 *
 * Hooks (all optional; each gets the effects and the extension's state):
 * - `onScript(index)`: the extension's own script entry `index` is due (script() lists them);
 * - `onEvent(event)`: one of its events is due;
 * - `command(action)`: a person's command of one of the kinds in `commands` (from the timeline);
 * - `clientStepped(index)`: client `index` of world.clients stepped and its recipe ran;
 * - `txnApplied(sid, txn, result)`: the active leader applied a committed txn;
 * - `sessionExpired(sid, session)`: the active leader's session tracker expired a session.
 */
import type { ResolvedAction, ResolvedClient, ResolvedScenario, Report } from '../scenario/types';
import type { FieldProblem } from '../scenario/why';
import type { ApplyResult } from '../zk/dataTree';
import type { SessionId } from '../zk/sessionId';
import type { ZkTxn } from '../zk/txn';
import type { ZkOp } from '../client/clientMessages';
import type { WorldEffects } from './effects';
import type { World } from './world';

/** A client action, as the scenario's actions name them (by client id). */
export type ClientAction = Extract<ResolvedAction, { client: string }>;

/** What an extension may do to the run besides changing its own state. */
export interface ExtensionEffects<E> extends WorldEffects {
  /** Queues one of the extension's events; it is heard by onEvent at `atMs`. */
  schedule(atMs: number, event: E): void;
  /** A client action, applied and traced exactly as a scenario's action is. */
  clientAction(action: ClientAction): void;
  /** Launches the process of client `index` (world.clients), which must not be running. */
  startClient(index: number): void;
  /** The application on client `index` calls the ZooKeeper API. */
  submit(index: number, op: ZkOp): void;
}

/**
 * One timed entry of an extension's script: launch its own client `client` (0 is the first client
 * it added), or hear `onScript(index)`. At equal times extension entries run after the scenario's
 * own starts and actions, in the order the extension lists them.
 */
export type ExtensionScriptEntry =
  | { atMs: number; kind: 'clientStart'; client: number }
  | { atMs: number; kind: 'own'; index: number };

/**
 * An extension with state S, events E and commands C. Hooks are methods, so an extension of any
 * state type is an `Extension` (method parameters are compared bivariantly).
 */
export interface Extension<S = unknown, E = unknown, C = unknown> {
  /** Unique among the extensions of a run: the key of its state and of its events. */
  readonly name: string;
  /** The command kinds (`action.do`) this extension answers; no two extensions share one. */
  readonly commands?: readonly string[];
  /** Whether the scenario asks for this extension; if not, it adds nothing and hears nothing. */
  uses(scenario: ResolvedScenario): boolean;
  /** What a valid scenario may still hold that this extension cannot run, or null. */
  problem?(scenario: ResolvedScenario): FieldProblem | null;
  /** Clients it adds to the world after the scenario's own and earlier extensions'. */
  clients?(scenario: ResolvedScenario): readonly ResolvedClient[];
  script?(scenario: ResolvedScenario): readonly ExtensionScriptEntry[];
  /** Its state in a new world; `firstClient` is the index in world.clients of its first client. */
  create(scenario: ResolvedScenario, firstClient: number): S;
  /** A copy that evolves independently, for a checkpoint. */
  clone(state: S): S;
  /** Its sections of the runner's report. */
  report?(state: S, world: World): Partial<Report>;
  onScript?(fx: ExtensionEffects<E>, state: S, index: number): void;
  onEvent?(fx: ExtensionEffects<E>, state: S, event: E): void;
  command?(fx: ExtensionEffects<E>, state: S, command: C): void;
  clientStepped?(fx: ExtensionEffects<E>, state: S, index: number): void;
  txnApplied?(
    fx: ExtensionEffects<E>,
    state: S,
    sid: number,
    txn: ZkTxn,
    result: ApplyResult,
  ): void;
  sessionExpired?(fx: ExtensionEffects<E>, state: S, sid: number, session: SessionId): void;
}

/** The extensions a scenario uses, in the given order, each with its first client's index. */
export function activeExtensions(
  scenario: ResolvedScenario,
  extensions: readonly Extension[],
): { extension: Extension; firstClient: number }[] {
  let next = scenario.clients.length;
  const out: { extension: Extension; firstClient: number }[] = [];
  for (const extension of extensions) {
    if (!extension.uses(scenario)) continue;
    out.push({ extension, firstClient: next });
    next += extension.clients?.(scenario).length ?? 0;
  }
  return out;
}

/** The scenario's clients followed by every active extension's, as world.clients holds them. */
export function clientsWithExtensions(
  scenario: ResolvedScenario,
  extensions: readonly Extension[],
): ResolvedClient[] {
  return [
    ...scenario.clients,
    ...activeExtensions(scenario, extensions).flatMap(
      ({ extension }) => extension.clients?.(scenario) ?? [],
    ),
  ];
}

/** The first problem any extension finds in the scenario, or null. */
export function extensionProblem(
  scenario: ResolvedScenario,
  extensions: readonly Extension[],
): FieldProblem | null {
  for (const e of extensions) {
    const problem = e.uses(scenario) ? (e.problem?.(scenario) ?? null) : null;
    if (problem !== null) return problem;
  }
  return null;
}
