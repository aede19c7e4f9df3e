/**
 * One server's watches (ZooKeeper's WatchManager, one for data watches and one for child watches,
 * as DataTree.dataWatches / DataTree.childWatches), as plain data (ZAB.md 6.7).
 *
 * A watcher is the client connection that registered the watch (a ServerCnxn in ZooKeeper). A
 * session has at most one connection to a server, so the watcher id is the session id. Watches are
 * standard (one-shot): WatchManager.triggerWatch removes the whole path's entry as it fires, and
 * the table is a set, so registering twice yields one event. Persistent and recursive watches
 * (3.6+) are out of scope.
 *
 * Determinism: ZooKeeper iterates a HashSet of watchers; here watchers are kept sorted and fire in
 * ascending order. Arrays are replaced, never mutated in place, so a clone may share them.
 */
import { compareZxid, type Zxid } from '../zab/zxid';

export type WatchEventType =
  'NodeCreated' | 'NodeDeleted' | 'NodeDataChanged' | 'NodeChildrenChanged';

/** The session id of the connection that holds the watch. */
export type WatcherId = string;

/** 'data': set by getData and exists. 'child': set by getChildren. */
export type WatchKind = 'data' | 'child';

/** A change applyTxn made, before it is matched against watchers (DataTree calls triggerWatch). */
export interface WatchTrigger {
  type: WatchEventType;
  path: string;
}

/** A notification to send to one watcher's connection (a WatchedEvent). */
export interface WatchEvent {
  watcher: WatcherId;
  type: WatchEventType;
  path: string;
}

export interface WatchManager {
  /** dataWatches.watchTable: path -> watchers, sorted, never empty (the key goes instead). */
  data: Record<string, WatcherId[]>;
  /** childWatches.watchTable: path -> watchers, sorted, never empty. */
  child: Record<string, WatcherId[]>;
}

/** What a reconnecting client sends in SetWatches: the watches it still holds, by kind. */
export interface ClientWatches {
  /** getData watches (the client believes the node exists). */
  data: readonly string[];
  /** exists watches on nodes the client believes missing. */
  exist: readonly string[];
  child: readonly string[];
}

export function emptyWatchManager(): WatchManager {
  return { data: {}, child: {} };
}

/** Shares the watcher arrays, which are never mutated in place. */
export function cloneWatchManager(wm: WatchManager): WatchManager {
  return { data: { ...wm.data }, child: { ...wm.child } };
}

/** WatchManager.addWatch: true if the watch is new (a second registration is a no-op). */
export function addWatch(
  wm: WatchManager,
  kind: WatchKind,
  path: string,
  watcher: WatcherId,
): boolean {
  const table = wm[kind];
  const list = table[path] ?? [];
  let i = 0;
  while (i < list.length && (list[i] as string) < watcher) i++;
  if (list[i] === watcher) return false;
  table[path] = [...list.slice(0, i), watcher, ...list.slice(i)];
  return true;
}

export function hasWatch(
  wm: WatchManager,
  kind: WatchKind,
  path: string,
  watcher: WatcherId,
): boolean {
  return (wm[kind][path] ?? []).includes(watcher);
}

/**
 * WatchManager.triggerWatch: removes every watcher of `path` in `kind` and returns them, minus
 * the suppressed ones (which are removed too but not notified).
 */
function fire(
  wm: WatchManager,
  kind: WatchKind,
  path: string,
  suppress: readonly WatcherId[],
): WatcherId[] {
  const list = wm[kind][path];
  if (list === undefined) return [];
  delete wm[kind][path];
  return list.filter((w) => !suppress.includes(w));
}

/**
 * The events caused by one applied txn, in ZooKeeper's order (ZAB.md 6.7):
 * NodeCreated and NodeDataChanged go to data watchers of the path, NodeChildrenChanged to child
 * watchers of the path, and NodeDeleted to data watchers and then to child watchers of the path,
 * a watcher holding both getting one event (DataTree.deleteNode passes the first set as
 * `supress` to the second triggerWatch).
 */
export function triggerWatches(wm: WatchManager, triggers: readonly WatchTrigger[]): WatchEvent[] {
  const events: WatchEvent[] = [];
  const emit = (type: WatchEventType, path: string, watchers: readonly WatcherId[]) => {
    for (const watcher of watchers) events.push({ watcher, type, path });
  };
  for (const { type, path } of triggers) {
    switch (type) {
      case 'NodeCreated':
      case 'NodeDataChanged':
        emit(type, path, fire(wm, 'data', path, []));
        break;
      case 'NodeChildrenChanged':
        emit(type, path, fire(wm, 'child', path, []));
        break;
      case 'NodeDeleted': {
        const toData = fire(wm, 'data', path, []);
        emit(type, path, toData);
        emit(type, path, fire(wm, 'child', path, toData));
        break;
      }
    }
  }
  return events;
}

/** WatchManager.removeWatcher: the connection closed; drops all its watches. Returns how many. */
export function removeWatcher(wm: WatchManager, watcher: WatcherId): number {
  let removed = 0;
  for (const table of [wm.data, wm.child]) {
    for (const path of Object.keys(table)) {
      const list = table[path] as WatcherId[];
      if (!list.includes(watcher)) continue;
      removed++;
      if (list.length === 1) delete table[path];
      else table[path] = list.filter((w) => w !== watcher);
    }
  }
  return removed;
}

/** The paths one watcher watches, sorted (for display and tests). */
export function watchesOf(
  wm: WatchManager,
  watcher: WatcherId,
): { data: string[]; child: string[] } {
  const paths = (table: Record<string, WatcherId[]>) =>
    Object.keys(table)
      .filter((p) => (table[p] as WatcherId[]).includes(watcher))
      .sort(byCodeUnit);
  return { data: paths(wm.data), child: paths(wm.child) };
}

/** Number of (watcher, path) pairs, like WatchManager.size() over both managers. */
export function watchCount(wm: WatchManager): number {
  let n = 0;
  for (const list of Object.values(wm.data)) n += list.length;
  for (const list of Object.values(wm.child)) n += list.length;
  return n;
}

/**
 * What setWatches reads of a data tree: each znode's zxids (DataTree has them). Declared here, not
 * imported, because dataTree.ts imports this file (no import cycle).
 */
export interface WatchedTree {
  readonly nodes: Readonly<Record<string, { readonly mzxid: Zxid; readonly pzxid: Zxid }>>;
}

/**
 * DataTree.setWatches, on a reconnect: for each watch the client still holds, fire at once if the
 * server's tree shows a change after `relativeZxid` (the client's last seen zxid), else
 * re-register it. Node gone: NodeDeleted; data watch and mzxid newer: NodeDataChanged; child watch
 * and pzxid newer: NodeChildrenChanged; exists watch and node now present: NodeCreated. A node
 * created and deleted while the client was away is missed (a documented gap).
 */
export function setWatches(
  tree: WatchedTree,
  wm: WatchManager,
  watcher: WatcherId,
  relativeZxid: Zxid,
  watches: ClientWatches,
): WatchEvent[] {
  const events: WatchEvent[] = [];
  const now = (type: WatchEventType, path: string) => events.push({ watcher, type, path });
  const newer = (z: Zxid) => compareZxid(z, relativeZxid) > 0;
  for (const path of watches.data) {
    const node = tree.nodes[path];
    if (node === undefined) now('NodeDeleted', path);
    else if (newer(node.mzxid)) now('NodeDataChanged', path);
    else addWatch(wm, 'data', path, watcher);
  }
  for (const path of watches.exist) {
    if (tree.nodes[path] !== undefined) now('NodeCreated', path);
    else addWatch(wm, 'data', path, watcher);
  }
  for (const path of watches.child) {
    const node = tree.nodes[path];
    if (node === undefined) now('NodeDeleted', path);
    else if (newer(node.pzxid)) now('NodeChildrenChanged', path);
    else addWatch(wm, 'child', path, watcher);
  }
  return events;
}

/** Plain UTF-16 code unit order: the same on every machine and locale (never localeCompare). */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
