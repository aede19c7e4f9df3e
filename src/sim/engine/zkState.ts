/**
 * One server's ZooKeeperServer state above ZAB, all volatile (ZAB.md 1.2): its in-memory data
 * tree, its watches, its client connections, the touch table a follower ships to the leader, and,
 * on an active leader, the PrepRequestProcessor's outstanding changes and the session tracker.
 * The tree is rebuilt from the log whenever ZooKeeper would reload it: at start, on the way to
 * LOOKING (ZKDatabase.fastForwardDataBase applies every logged txn, committed or not), and after
 * a TRUNC or SNAP.
 */
import { at, lastIndexWhere } from '../kernel/chunkedList';
import { compareZxid } from '../zab/zxid';
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
import type { Disk } from './world';

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
  tree: DataTree;
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

/** ZKDatabase.loadDataBase: the tree of every logged txn, for a process that starts empty. */
export function treeFromLog(disk: Disk): DataTree {
  const tree = emptyDataTree();
  for (let i = 0; i < disk.log.length; i++) applyLogged(tree, at(disk.log, i) as Txn);
  return tree;
}

/**
 * ZKDatabase.fastForwardDataBase (FileTxnSnapLog.fastForwardFromEdits): applies to the tree in
 * memory the logged txns after its lastProcessedZxid. The tree holds exactly the log's prefix up
 * to that zxid (txns are applied in log order, and a TRUNC or SNAP reloads it from the log), so
 * the result is the tree of every logged txn, at the cost of the tail instead of the whole log.
 */
export function fastForward(tree: DataTree, disk: Disk): DataTree {
  const last = tree.lastProcessedZxid;
  const from = lastIndexWhere(disk.log, (t) => compareZxid(t.zxid, last) <= 0) + 1;
  for (let i = from; i < disk.log.length; i++) applyLogged(tree, at(disk.log, i) as Txn);
  return tree;
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
    watches: cloneWatchManager(z.watches),
    conns,
    touches: z.touches.slice(),
    prep: z.prep ? clonePrepState(z.prep) : null,
    tracker: z.tracker ? cloneTracker(z.tracker) : null,
  };
}
