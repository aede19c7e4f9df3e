/**
 * What a server can do to the world: the server's own I/O, as a real ZooKeeper process has its
 * sockets, its disk and its clock. The engine hands one port to the server machine with every
 * event; the machine owns no timers, no network and no randomness of its own, so the whole
 * simulation stays a pure function of (seed, scenario, commands).
 */
import type { GhostEvent } from '../check/ghost';
import type { ChunkedList } from '../kernel/chunkedList';
import type { ZabLogData } from './logCodes';
import type { Message, Origin, Txn, ZabRequest } from './messages';
import type { LastProcessedOrigin } from './voteOrigin';
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
  /** Number of txns in the txn log (older ones superseded by a snapshot included). */
  readonly logLength: number;
  logAt(index: number): Txn;
  /** The last txn in the txn log: only for keeping the log's zxids increasing, never for votes. */
  lastLoggedZxid(): Zxid;
}

/** A read-only list of txns, oldest first. */
export interface TxnList {
  readonly length: number;
  at(index: number): Txn;
}

/** ZKDatabase.getProposalsFromTxnLog's size check, in bytes (ZAB.md 4.4 rule 4). */
export interface TxnLogSizeCheck {
  /** snapshotSizeFactor (0.33) x the newest snapshot's size. */
  sizeLimitBytes: number;
  /** TxnIterator.getStorageSize: the txn-log files after the one the read starts in. */
  storageBytes: number;
}

/** The leader's serialized database, as the SNAP packet carries it. */
export interface SnapshotData {
  zxid: Zxid;
  /** The data tree, opaque to ZAB. */
  tree: unknown;
  /** Ghost for the checker (ZAB.md 7.1). */
  history: ChunkedList<Txn>;
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
  /** Appends a txn to the log and fsyncs at once (Learner.syncWithLeader at NEWLEADER, ZOOKEEPER-4646). */
  appendNow(txn: Txn): void;
  // ZKDatabase (engine/zkDb.ts), where ZooKeeper moves lastProcessedZxid (ZAB.md 1.4).
  /** QuorumPeer.getLastLoggedZxid: the data tree's lastProcessedZxid, the zxid a server votes with. */
  lastProcessedZxid(): Zxid;
  /** Why lastProcessedZxid has its value (data for the trace and the app). */
  lastProcessedOrigin(): LastProcessedOrigin;
  /** ZKDatabase.committedLog: txns applied since the database was loaded, at most commitLogCount. */
  committedLog(): TxnList;
  /**
   * Every txn the database holds (ghost, for the checker's 'established' event); in a long run,
   * `compacted` summarizes the oldest ones and `at` counts from the first txn after them.
   */
  history(): TxnList & { compacted: { length: number; hash: number } | null };
  /** The txn log's size against ZooKeeper's limit for reading it from peerLastZxid on. */
  txnLogSizeCheck(peerLastZxid: Zxid): TxnLogSizeCheck;
  /** Leader.lead: ZooKeeperServer.loadData, which takes a snapshot. */
  loadData(): void;
  /** Leader.startZkServer: lastProcessedZxid := (epoch, 0). */
  activate(epoch: number): void;
  /** LearnerHandler: the database a SNAP sends. */
  serializeSnapshot(): SnapshotData;
  /** Learner: a SNAP from `from` replaces the database (not the txn log). */
  deserializeSnapshot(snapshot: SnapshotData, from: number): void;
  /** Learner: TRUNC from `from`: cut the txn log after zxid, reload, lastProcessedZxid := zxid. */
  truncateLog(zxid: Zxid, from: number): void;
  /** Learner: a committed txn of the sync stream is applied in memory (ZooKeeperServer.processTxn). */
  applySynced(txn: Txn, from: number): void;
  /** Learner at NEWLEADER after a SNAP or TRUNC: zk.takeSnapshot(syncSnapshot). */
  takeSyncSnapshot(cause: 'snap' | 'trunc'): void;
  /**
   * ZooKeeperServer.shutdown(fullyShutDown) when a role ends: a RUNNING server (an active leader,
   * a learner after UPTODATE) fast-forwards its database over every logged txn; a full shutdown
   * (a learner leaving during a SNAP) clears it, and it is reloaded from disk.
   */
  shutdownDatabase(running: boolean, fullyShutDown: boolean): void;
  setAcceptedEpoch(epoch: number): void;
  setCurrentEpoch(epoch: number): void;
  /** A committed txn is applied to this server's state (delivery, ZAB.md section 7.1). */
  deliver(txn: Txn): void;
  /**
   * COMMIT-LD: every txn the database holds is committed; the ones not delivered yet are
   * delivered now, in order (a leader at activation, a learner at UPTODATE).
   */
  deliverHistory(): void;
  ghost(event: GhostEvent): void;
  /**
   * A line for the trace, in ZooKeeper's words where ZooKeeper logs one, with its code and typed
   * parameters (logCodes.ts): readers use `data`, never the line.
   */
  log(line: string, data: ZabLogData): void;
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
