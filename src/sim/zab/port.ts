/**
 * What a server can do to the world: the server's own I/O, as a real ZooKeeper process has its
 * sockets, its disk and its clock. The engine hands one port to the server machine with every
 * event; the machine owns no timers, no network and no randomness of its own, so the whole
 * simulation stays a pure function of (seed, scenario, commands).
 */
import type { GhostEvent } from '../check/ghost';
import type { Message, Origin, Txn, ZabRequest } from './messages';
import type { Zxid } from './zxid';

/** Timers are named after ZooKeeper's own waits (DESIGN.md section 5). */
export type TimerName =
  | 'timer.notification'
  | 'timer.finalize'
  | 'timer.ping'
  | 'timer.syncLimit'
  | 'timer.initLimit'
  | 'timer.connectRetry';

/** The persistent state of a server: survives crashes (ZAB.md section 1.1). */
export interface DiskView {
  readonly acceptedEpoch: number;
  readonly currentEpoch: number;
  /** Number of txns in the log. */
  readonly logLength: number;
  logAt(index: number): Txn;
  lastLoggedZxid(): Zxid;
}

export interface ServerPort {
  readonly nowMs: number;
  readonly disk: DiskView;
  send(to: number, message: Message): void;
  setTimer(name: TimerName, delayMs: number): void;
  cancelTimer(name: TimerName): void;
  /** A fresh connection id, unique in the world. */
  newConnId(): number;
  /**
   * Appends a txn to the log and starts its fsync; the machine gets LOGGED(zxid) once the fsync
   * completes, and only then ACKs. [sim] The append itself is immediate: a crash is a process
   * crash, and what the process wrote is in the OS page cache and survives it.
   */
  logTxn(txn: Txn): void;
  /** Synchronous disk operations used while synchronizing (the sync stream is applied in one go). */
  appendNow(txn: Txn): void;
  truncateTo(zxid: Zxid): void;
  replaceLog(history: readonly Txn[]): void;
  setAcceptedEpoch(epoch: number): void;
  setCurrentEpoch(epoch: number): void;
  /** A committed txn is applied to this server's state (delivery, ZAB.md section 7.1). */
  deliver(txn: Txn): void;
  ghost(event: GhostEvent): void;
  /** A line for the trace, in ZooKeeper's words where ZooKeeper logs one. */
  log(line: string, data?: Record<string, unknown>): void;
  /** A request submitted through this server cannot be processed (ConnectionLoss). */
  requestFailed(request: ZabRequest, error: string): void;
  /** The leader gave a request its zxid. */
  requestAssigned(request: ZabRequest, zxid: Zxid): void;
  /** PrepRequestProcessor, at the leader: the data tree's txn for a request (undefined for "write"). */
  prepare(request: ZabRequest, zxid: Zxid): unknown;
  /** LearnerSessionTracker: the sessions touched on this server since the last call. */
  drainTouches(): string[];
  /** The leader's session tracker: these sessions are alive (from a learner's PING). */
  touchSessions(sessionIds: readonly string[]): void;
  /** The leader: is the session valid? Touches it if so (Leader.revalidateSession). */
  revalidate(sessionId: string, timeoutMs: number): boolean;
  /** The learner: the leader's answer to a revalidation. */
  revalidated(origin: Origin, sessionId: string, valid: boolean): void;
  /** Everything proposed before a client's sync has been applied here. */
  syncDone(origin: Origin): void;
}
