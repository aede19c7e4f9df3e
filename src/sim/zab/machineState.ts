/**
 * A server machine's state as plain data, kept in the world's server record (engine/world.ts), and
 * the one way to advance it: XState's own transition logic, without a live actor.
 *
 * The world is the only store of a run's state, so one clone of it is one checkpoint (after
 * RaftScope's state.js). A machine's state is its state value (ServerState and ZabState) and its
 * context (the protocol variables, context.ts): both plain JSON data. XState needs a resolved
 * snapshot (state nodes attached) to take a transition; that snapshot is derived from the plain
 * state and kept by the caller (a MachineCache per server, not in the world), so it is rebuilt
 * only after a checkpoint is restored.
 *
 * Why not XState's pure `transition(machine, snapshot, event)`? It computes the whole macrostep,
 * eventless (`always`) transitions included, before it hands back the actions to run. This chart's
 * eventless guards read what the actions of the same macrostep just did: `collect` adds a vote and
 * `proposalHasQuorum` then moves to finalizing; `decideOnProposal` sets the decision and the
 * LOOKING state's guards then enter the role. Deferring the actions would change the protocol. So
 * we call the machine logic's `transition(snapshot, event, scope)` (the ActorLogic method that
 * `transition()` and a started actor both call) with a scope whose action executor runs each
 * action at once, in the order XState chooses it: exactly what a started actor does, minus its
 * mailbox, inspection and observers, none of which a simulated server uses.
 */
import {
  createEmptyActor,
  type ActionExecutor,
  type AnyActorScope,
  type SnapshotFrom,
  type StateValue,
} from 'xstate';
import type { PeerStateName, ZabPhase } from './kinds';
import type { ServerConfig, ServerContext } from './context';
import { serverMachine, type ServerEvent } from './serverMachine';

/** A server machine's state: plain data, copied with the world at a checkpoint. */
export interface MachineState {
  value: StateValue;
  context: ServerContext;
}

type ServerSnapshot = SnapshotFrom<typeof serverMachine>;

/** Runs every action when XState chooses it, as a started actor does. */
const runAtOnce: ActionExecutor = (action) => {
  action.exec?.(action.info, action.params);
};

let scope: AnyActorScope | null = null;

/**
 * The actor scope the transitions run in. Created on first use (not at import, so that merely
 * importing the simulation creates nothing); the empty actor stands for `self`, which none of the
 * server machine's actions use.
 */
function actorScope(): AnyActorScope {
  if (scope === null) {
    const self = createEmptyActor();
    scope = {
      self,
      id: 'server',
      sessionId: 'server',
      logger: () => undefined,
      defer: () => undefined,
      emit: () => undefined,
      system: self.system,
      stopChild: () => undefined,
      actionExecutor: runAtOnce,
    };
  }
  return scope;
}

/**
 * The resolved snapshot of one server's machine, kept by the engine beside the world: valid while
 * the plain state's value and context are the snapshot's own (the actions mutate the context in
 * place, so it stays the same object; a restored checkpoint brings new ones).
 */
export interface MachineCache {
  snapshot: ServerSnapshot | null;
}

function snapshotOf(m: MachineState, cache: MachineCache): ServerSnapshot {
  const cached = cache.snapshot;
  if (cached !== null && cached.value === m.value && cached.context === m.context) return cached;
  return (cache.snapshot = serverMachine.resolveState({ value: m.value, context: m.context }));
}

/** A server's machine before its first start: DOWN, with a fresh context (entry actions run). */
export function initialMachineState(config: ServerConfig): MachineState {
  const snapshot = serverMachine.getInitialSnapshot(actorScope(), config);
  return { value: snapshot.value, context: snapshot.context };
}

/**
 * Takes the macrostep `event` causes, running its actions in order (they reach the world through
 * the port the event carries), and updates `m` in place.
 */
export function advanceMachine(m: MachineState, event: ServerEvent, cache: MachineCache): void {
  const next = serverMachine.transition(snapshotOf(m, cache), event, actorScope());
  m.value = next.value;
  m.context = next.context;
  cache.snapshot = next;
}

/** An independent copy: the context is plain JSON data (votes, handlers, queued txns). */
export function cloneMachineState(m: MachineState): MachineState {
  return JSON.parse(JSON.stringify(m)) as MachineState;
}

/** The machine's state value as ZooKeeper's (ServerState, ZabState). */
export function stateOf(m: { value: StateValue }): {
  state: PeerStateName;
  phase: ZabPhase | null;
} {
  const v = m.value;
  if (typeof v === 'string') return { state: v as PeerStateName, phase: null };
  const state = Object.keys(v)[0] as PeerStateName;
  const sub = v[state] as string;
  const phase: ZabPhase = state === 'LOOKING' ? 'election' : (sub as ZabPhase);
  return { state, phase };
}
