/**
 * One server's ZooKeeperServer state above ZAB, all volatile (ZAB.md 1.2): its in-memory database
 * (the data tree with its lastProcessedZxid, the committed log), its watches, its client
 * connections, the touch table a follower ships to the leader, and, on an active leader, the
 * PrepRequestProcessor's outstanding changes and the session tracker. zkDb.ts moves the database
 * exactly where ZooKeeper does (load, commit, sync, fast-forward, SNAP, TRUNC, activation).
 */
import { cloneList, emptyList, type ChunkedList } from '../kernel/chunkedList';
import type { ZkOp, ZkReply } from '../client/clientMessages';
import type { Txn } from '../zab/messages';
import {
  applyTxn,
  emptyDataTree,
  cloneDataTree,
  type ApplyResult,
  type DataTree,
} from '../zk/dataTree';
import { clonePrepState, type PrepState } from '../zk/prepRequest';
import { NO_SESSION } from '../zk/sessionId';
import type { ZkTxn } from '../zk/txn';
import { cloneWatchManager, emptyWatchManager, type WatchManager } from '../zk/watches';
import { cloneTracker, type SessionTracker } from './sessionTracker';
import type { LastProcessedOrigin } from '../zab/voteOrigin';

/** A request of a connection, kept in order: replies leave in the order requests came (FIFO). */
export interface QueuedRequest {
  xid: number;
  op: ZkOp;
  reply: ZkReply | null;
}

/** A client connection (NIOServerCnxn): `handshake` until the session is created or revalidated. */
export interface ZkConn {
  conn: number;
  client: number;
  sessionId: string;
  timeoutMs: number;
  handshake: boolean;
  queue: QueuedRequest[];
}

export interface ZkServerState {
  /** DataTree; its lastProcessedZxid is the zxid this server votes with (ZAB.md 1.4). */
  tree: DataTree;
  /**
   * Every txn the tree holds, oldest first (a snapshot's txns included): the ghost history the
   * checker reads, and the source of the committed log.
   */
  history: ChunkedList<Txn>;
  /**
   * ZKDatabase.committedLog begins at this index of `history`: only txns applied since the
   * database was last loaded or cleared are in it (committedLogRange in zkDb.ts).
   */
  committedFrom: number;
  /** Why tree.lastProcessedZxid has its value: data for the app and the trace. */
  lastProcessedOrigin: LastProcessedOrigin;
  /** FileTxnLog.logStream is open: this process already started a txn-log file. */
  logStreamOpen: boolean;
  /** SyncRequestProcessor: txns logged since the log was last rolled (ZKDatabase.getTxnCount). */
  txnCount: number;
  /** SyncRequestProcessor.randRoll; -1 until this process draws it (engine/purge.ts snapRoll). */
  snapRoll: number;
  /** How many rolls this process drew: names the next roll's seeded stream. */
  snapRolls: number;
  watches: WatchManager;
  conns: Record<string, ZkConn>;
  /** LearnerSessionTracker.touchTable: sessions touched since the last PING reply. */
  touches: string[];
  prep: PrepState | null;
  tracker: SessionTracker | null;
  /** SessionTrackerImpl.initializeNextSessionId: this process's start time and counter. */
  sessionStartMs: number;
  sessionCount: number;
  /** Token of the live session-expiry tick (leaders only). */
  tickToken: number;
}

export function freshZkState(nowMs: number): ZkServerState {
  return {
    tree: emptyDataTree(),
    history: emptyList<Txn>(),
    committedFrom: 0,
    lastProcessedOrigin: { origin: 'initial' },
    logStreamOpen: false,
    txnCount: 0,
    snapRoll: -1,
    snapRolls: 0,
    watches: emptyWatchManager(),
    conns: {},
    touches: [],
    prep: null,
    tracker: null,
    sessionStartMs: nowMs,
    sessionCount: 0,
    tickToken: 0,
  };
}

/**
 * The data tree's txn for a logged transaction. A scenario "write" (setData as the ZAB layer sees
 * it, SCENARIO.md) has none: it consumes its zxid and changes no znode.
 */
export function zkTxnOf(t: Txn): ZkTxn {
  if (t.body !== undefined) return t.body as ZkTxn;
  return { type: 'error', sessionId: NO_SESSION, op: 'setData', path: t.path, err: 'OK' };
}

export function applyLogged(tree: DataTree, t: Txn): ApplyResult {
  return applyTxn(tree, zkTxnOf(t), t.zxid);
}

export function cloneZkState(z: ZkServerState): ZkServerState {
  const conns: Record<string, ZkConn> = {};
  for (const k of Object.keys(z.conns)) {
    const c = z.conns[k] as ZkConn;
    conns[k] = { ...c, queue: c.queue.map((q) => ({ ...q })) };
  }
  return {
    ...z,
    tree: cloneDataTree(z.tree),
    history: cloneList(z.history),
    watches: cloneWatchManager(z.watches),
    conns,
    touches: z.touches.slice(),
    prep: z.prep ? clonePrepState(z.prep) : null,
    tracker: z.tracker ? cloneTracker(z.tracker) : null,
  };
}
