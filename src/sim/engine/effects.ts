/**
 * What the engine's helpers may do to a run, as narrow interfaces rather than the whole
 * `Simulation`: client code sees the world, the trace and the step hook; server actions add the
 * servers' records, ports and machines; the ZooKeeper layer adds the extension hooks it raises.
 * `Simulation` implements all of them. Keeping them apart lets each helper be read (and tested)
 * for exactly the effects it has, and keeps the helpers from importing simulation.ts, which
 * imports them (no import cycle).
 */
import type { GhostEvent } from '../check/ghost';
import type { WatchType, ZkOp, ZkReply } from '../client/clientMessages';
import type { ZkViolation } from '../client/zkViolations';
import type { TraceEvent } from '../trace/traceEvent';
import type { ServerEvent } from '../zab/serverMachine';
import type { ApplyResult } from '../zk/dataTree';
import type { SessionId } from '../zk/sessionId';
import type { ZkTxn } from '../zk/txn';
import type { EnginePort } from './serverPort';
import type { ServerRecord, World } from './world';

/** What one step of a client delivered to its recipe (null: nothing but a status change). */
export type ClientOutcome =
  | { kind: 'reply'; request: ZkOp; reply: ZkReply }
  | { kind: 'watch'; type: WatchType; path: string }
  | { kind: 'session' }
  | { kind: 'timer' }
  | null;

/** Read and change the world, and write the trace. */
export interface WorldEffects {
  readonly world: World;
  /** Appends one entry to the trace (and to the trace hash). */
  emit(event: TraceEvent): void;
  /**
   * An invariant of the ZooKeeper layer broke (ZAB.md 7.2 items 16-19): its typed parameters;
   * the English detail is rendered from them (zkViolations.ts), never written at the site.
   */
  violation(v: ZkViolation): void;
}

/** Client processes: after each step of a client, its recipe and the extensions react. */
export interface ClientEffects extends WorldEffects {
  afterClientStep(index: number, outcome: ClientOutcome): void;
}

/** Server-side operations: the records, the ports, the machines and the checker's ghost events. */
export interface ServerEffects extends ClientEffects {
  server(sid: number): ServerRecord;
  port(sid: number): EnginePort;
  /** Sends an event to a server's machine and records the state change it causes. */
  sendTo(sid: number, event: ServerEvent): void;
  ghost(event: GhostEvent): void;
  failPendingWritesVia(sid: number): void;
  startServer(sid: number): void;
}

/**
 * The ZooKeeper layer's effects: its server's machine and trace lines, plus the two hooks it
 * raises for the extensions, both on the active leader, where ZooKeeper decides them.
 */
export interface ZkEffects extends WorldEffects {
  server(sid: number): ServerRecord;
  port(sid: number): EnginePort;
  sendTo(sid: number, event: ServerEvent): void;
  trace(sid: number, text: string, data?: Record<string, unknown>): void;
  /** The active leader `sid` applied a committed txn. */
  txnApplied(sid: number, txn: ZkTxn, result: ApplyResult): void;
  /** The active leader's session tracker expired `session` (before its closeSession is submitted). */
  sessionExpired(sid: number, session: SessionId): void;
}
