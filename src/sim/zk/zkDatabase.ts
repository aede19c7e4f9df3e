/**
 * One server's ZooKeeper layer in one record (ZKDatabase with its DataTree and the two
 * WatchManagers, plus the leader's outstanding changes), and the few calls the engine makes:
 * prepare (leader, PrepRequestProcessor), commit (every server, FinalRequestProcessor:
 * processTxn, drop outstanding changes, fire watches), processRead (the server the client is
 * connected to), closeConnection and reconnectWatches (ServerCnxn close, SetWatches).
 * Plain data; cloneZkDatabase shares every znode, ChangeRecord and watcher list.
 */
import { assert } from '../kernel/assert';
import type { Zxid } from '../zab/zxid';
import {
  applyTxn,
  cloneDataTree,
  emptyDataTree,
  exists,
  getChildren,
  getData,
  type ApplyResult,
  type DataTree,
  type Stat,
} from './dataTree';
import type { ZkCode } from './errors';
import {
  clonePrepState,
  emptyPrepState,
  prepRequest,
  retireChanges,
  type PrepState,
} from './prepRequest';
import type { ZkRequest, ZkTxn } from './txn';
import {
  cloneWatchManager,
  emptyWatchManager,
  removeWatcher,
  setWatches,
  triggerWatches,
  type ClientWatches,
  type WatchEvent,
  type WatcherId,
  type WatchManager,
} from './watches';

export interface ZkDatabase {
  tree: DataTree;
  watches: WatchManager;
  /** Outstanding changes; only a leader's is ever non-empty. */
  prep: PrepState;
}

export function emptyZkDatabase(): ZkDatabase {
  return { tree: emptyDataTree(), watches: emptyWatchManager(), prep: emptyPrepState() };
}

export function cloneZkDatabase(db: ZkDatabase): ZkDatabase {
  return {
    tree: cloneDataTree(db.tree),
    watches: cloneWatchManager(db.watches),
    prep: clonePrepState(db.prep),
  };
}

/** A server starts leading: a new ZooKeeperServer, so no outstanding changes. */
export function resetPrep(db: ZkDatabase): void {
  db.prep = emptyPrepState();
}

/** At the leader: the txn to propose with `zxid` (ZAB's Txn.body). */
export function prepare(db: ZkDatabase, request: ZkRequest, zxid: Zxid): ZkTxn {
  return prepRequest(db.tree, db.prep, request, zxid);
}

/** At every server, when the txn with `zxid` is committed (or replayed from the log). */
export function commit(
  db: ZkDatabase,
  txn: ZkTxn,
  zxid: Zxid,
): { result: ApplyResult; events: WatchEvent[] } {
  const result = applyTxn(db.tree, txn, zxid);
  retireChanges(db.prep, zxid);
  return { result, events: triggerWatches(db.watches, result.triggers) };
}

/**
 * Rebuilds a database from a history (restart, SNAP, TRUNC: ZKDatabase.loadDataBase). Entries
 * without a tree txn (scenario writes) are skipped. No watches: connections did not survive.
 */
export function loadDatabase(history: Iterable<{ zxid: Zxid; body?: unknown }>): ZkDatabase {
  const db = emptyZkDatabase();
  for (const entry of history) {
    const txn = asZkTxn(entry.body);
    if (txn !== null) applyTxn(db.tree, txn, entry.zxid);
  }
  return db;
}

const TXN_TYPES = ['create', 'delete', 'setData', 'createSession', 'closeSession', 'error'];

/** ZAB carries the body as `unknown`; this recovers it (null when there is none). */
export function asZkTxn(body: unknown): ZkTxn | null {
  if (body === undefined || body === null) return null;
  const type = (body as { type?: unknown }).type;
  assert(
    typeof type === 'string' && TXN_TYPES.includes(type),
    () => `not a data-tree txn: ${JSON.stringify(body)}`,
  );
  return body as ZkTxn;
}

/**
 * A read's reply as FinalRequestProcessor builds it. exists on a missing node answers NoNode on
 * the wire (the synchronous Java API turns that into `null`), with `exists: false`.
 */
export interface ReadReply {
  rc: ZkCode;
  stat: Stat | null;
  data?: string;
  children?: string[];
  exists?: boolean;
}

/** getData / exists / getChildren at this server, leaving a watch for `watcher` if not null. */
export function processRead(
  db: ZkDatabase,
  op: 'get' | 'exists' | 'children',
  path: string,
  watcher: WatcherId | null,
): ReadReply {
  const watch = watcher === null ? null : { wm: db.watches, watcher };
  switch (op) {
    case 'get': {
      const r = getData(db.tree, path, watch);
      return r.rc === 'OK' ? { rc: 'OK', stat: r.stat, data: r.data } : { rc: r.rc, stat: null };
    }
    case 'exists': {
      const stat = exists(db.tree, path, watch);
      return stat === null
        ? { rc: 'NoNode', stat: null, exists: false }
        : { rc: 'OK', stat, exists: true };
    }
    case 'children': {
      const r = getChildren(db.tree, path, watch);
      return r.rc === 'OK'
        ? { rc: 'OK', stat: r.stat, children: r.children }
        : { rc: r.rc, stat: null };
    }
  }
}

/** The client's connection to this server closed: its watches here go (removeWatcher). */
export function closeConnection(db: ZkDatabase, watcher: WatcherId): void {
  removeWatcher(db.watches, watcher);
}

/** SetWatches from a reconnecting client: events to send at once; the rest re-registered. */
export function reconnectWatches(
  db: ZkDatabase,
  watcher: WatcherId,
  relativeZxid: Zxid,
  watches: ClientWatches,
): WatchEvent[] {
  return setWatches(db.tree, db.watches, watcher, relativeZxid, watches);
}
