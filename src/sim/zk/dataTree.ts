/**
 * One server's ZooKeeper database (DataTree plus ZKDatabase's session table) as plain data, its
 * reads (DataTree.getData / statNode / getChildren) and processTxn, which every server runs when
 * it applies a committed txn (ZAB.md 6.4, 6.7, 6.8).
 *
 * Two cversions are kept on every znode, because ZooKeeper has two:
 * - `internalCversion` is StatPersisted.cversion: the number of children ever created under the
 *   node. It grows on every child create, sequential or not, never on a delete, and is the
 *   sequential suffix of the next sequential child (PrepRequestProcessor `"%010d"`).
 * - `cversion` is what a client sees in Stat.cversion and what the report prints: creates plus
 *   deletes of children, i.e. `2 * internalCversion - numChildren` (DataNode.copyStat).
 *
 * Deviations on purpose: no /zookeeper subtree (so "/" starts with cversion 0, where a real server
 * shows -1), no ACLs, no ctime/mtime (the txns carry no wall time), children sorted rather than
 * in HashSet order.
 *
 * Clone cost: znodes and children arrays are replaced, never mutated in place, so cloneDataTree
 * copies only the top-level records and shares every znode.
 */
import { assert } from '../kernel/assert';
import { compareZxid, formatZxid, ZXID_ZERO, type Zxid } from '../zab/zxid';
import type { ZkCode } from './errors';
import { NO_SESSION, type SessionId } from './sessionId';
import type { ZkTxn } from './txn';
import {
  addWatch,
  byCodeUnit,
  type WatchManager,
  type WatcherId,
  type WatchTrigger,
} from './watches';

export interface ZNode {
  readonly data: string;
  readonly czxid: Zxid;
  readonly mzxid: Zxid;
  /** zxid of the last change to the children (create or delete of a child). */
  readonly pzxid: Zxid;
  readonly version: number;
  /** Client-visible child version: creates + deletes of children (reported). */
  readonly cversion: number;
  /** StatPersisted.cversion: children ever created; the next sequential suffix. */
  readonly internalCversion: number;
  /** The owning session, or NO_SESSION ("0x0") for a persistent znode. */
  readonly ephemeralOwner: SessionId;
  /** Child names (not paths), sorted by code unit. */
  readonly children: readonly string[];
}

export interface DataTree {
  /** Every znode by absolute path; "/" always exists. */
  nodes: Record<string, ZNode>;
  /** DataTree.ephemerals: session -> its ephemeral paths, sorted; no empty lists. */
  ephemerals: Record<SessionId, string[]>;
  /** ZKDatabase.sessionsWithTimeouts: committed sessions -> negotiated timeout in ms. */
  sessions: Record<SessionId, number>;
  /** DataTree.lastProcessedZxid: the last txn applied here (ZXID_ZERO when none). */
  lastProcessedZxid: Zxid;
}

/** The client-visible Stat of a znode (DataNode.copyStat). */
export interface Stat {
  czxid: Zxid;
  mzxid: Zxid;
  pzxid: Zxid;
  version: number;
  cversion: number;
  aversion: number;
  ephemeralOwner: SessionId;
  dataLength: number;
  numChildren: number;
}

/** What applying one txn did: the reply for the requesting client and the watches to fire. */
export interface ApplyResult {
  rc: ZkCode;
  /** create: the path created (with its sequential suffix); otherwise null. */
  path: string | null;
  /** create and setData: the node's Stat afterwards; otherwise null. */
  stat: Stat | null;
  /** In ZooKeeper's firing order; give them to triggerWatches. */
  triggers: WatchTrigger[];
}

/** Pass to a read to leave a watch, like the Watcher argument of DataTree.getData. */
export interface WatchRegistration {
  wm: WatchManager;
  watcher: WatcherId;
}

export type GetDataResult = { rc: 'OK'; data: string; stat: Stat } | { rc: 'NoNode' };
export type GetChildrenResult = { rc: 'OK'; children: string[]; stat: Stat } | { rc: 'NoNode' };

export function emptyDataTree(): DataTree {
  const root: ZNode = {
    data: '',
    czxid: ZXID_ZERO,
    mzxid: ZXID_ZERO,
    pzxid: ZXID_ZERO,
    version: 0,
    cversion: 0,
    internalCversion: 0,
    ephemeralOwner: NO_SESSION,
    children: [],
  };
  return { nodes: { '/': root }, ephemerals: {}, sessions: {}, lastProcessedZxid: ZXID_ZERO };
}

export function cloneDataTree(t: DataTree): DataTree {
  return {
    nodes: { ...t.nodes },
    ephemerals: { ...t.ephemerals },
    sessions: { ...t.sessions },
    lastProcessedZxid: t.lastProcessedZxid,
  };
}

/** "/a/b" -> "/a"; "/a" -> "/". Undefined for "/" itself. */
export function parentOf(path: string): string | undefined {
  if (path === '/') return undefined;
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

export function childName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function joinPath(parent: string, child: string): string {
  return parent === '/' ? '/' + child : parent + '/' + child;
}

export function statOf(node: ZNode): Stat {
  return {
    czxid: node.czxid,
    mzxid: node.mzxid,
    pzxid: node.pzxid,
    version: node.version,
    cversion: node.cversion,
    aversion: 0,
    ephemeralOwner: node.ephemeralOwner,
    dataLength: utf8Length(node.data),
    numChildren: node.children.length,
  };
}

/** DataTree.getData: NoNode leaves no watch. */
export function getData(
  tree: DataTree,
  path: string,
  watch: WatchRegistration | null = null,
): GetDataResult {
  const node = tree.nodes[path];
  if (node === undefined) return { rc: 'NoNode' };
  if (watch) addWatch(watch.wm, 'data', path, watch.watcher);
  return { rc: 'OK', data: node.data, stat: statOf(node) };
}

/** DataTree.statNode (exists): the watch is registered even when the node is missing. */
export function exists(
  tree: DataTree,
  path: string,
  watch: WatchRegistration | null = null,
): Stat | null {
  if (watch) addWatch(watch.wm, 'data', path, watch.watcher);
  const node = tree.nodes[path];
  return node === undefined ? null : statOf(node);
}

/** DataTree.getChildren: sorted names; NoNode leaves no watch. */
export function getChildren(
  tree: DataTree,
  path: string,
  watch: WatchRegistration | null = null,
): GetChildrenResult {
  const node = tree.nodes[path];
  if (node === undefined) return { rc: 'NoNode' };
  if (watch) addWatch(watch.wm, 'child', path, watch.watcher);
  return { rc: 'OK', children: node.children.slice(), stat: statOf(node) };
}

/** The ephemerals a session owns here (DataTree.getEphemerals), sorted. */
export function ephemeralsOf(tree: DataTree, sessionId: SessionId): readonly string[] {
  return tree.ephemerals[sessionId] ?? [];
}

/** Report rows (SCENARIO.md "tree"): every znode, sorted by path, with the client-visible cversion. */
export function listNodes(
  tree: DataTree,
): { path: string; version: number; cversion: number; ephemeralOwner: SessionId }[] {
  return Object.keys(tree.nodes)
    .sort(byCodeUnit)
    .map((path) => {
      const n = tree.nodes[path] as ZNode;
      return { path, version: n.version, cversion: n.cversion, ephemeralOwner: n.ephemeralOwner };
    });
}

/**
 * DataTree.processTxn (with ZooKeeperServer.processTxn's session bookkeeping): applies a
 * committed txn. A txn that does not apply yields its error code and changes nothing, as in
 * ZooKeeper; for a txn prepared by prepRequest that happens only if histories diverged, so
 * callers may treat a non-OK rc on a non-error txn as a broken invariant.
 */
export function applyTxn(tree: DataTree, txn: ZkTxn, zxid: Zxid): ApplyResult {
  assert(
    compareZxid(zxid, tree.lastProcessedZxid) > 0,
    () =>
      `applyTxn: zxid ${formatZxid(zxid)} is not after lastProcessedZxid ${formatZxid(tree.lastProcessedZxid)}`,
  );
  tree.lastProcessedZxid = zxid;
  switch (txn.type) {
    case 'create':
      return createNode(
        tree,
        txn.path,
        txn.data,
        txn.ephemeral ? txn.sessionId : NO_SESSION,
        txn.parentCVersion,
        zxid,
      );
    case 'delete':
      return deleteNode(tree, txn.path, zxid);
    case 'setData':
      return setNodeData(tree, txn.path, txn.data, txn.version, zxid);
    case 'createSession':
      tree.sessions[txn.sessionId] = txn.timeoutMs;
      return result('OK');
    case 'closeSession':
      return killSession(tree, txn.sessionId, txn.paths, zxid);
    case 'error':
      return result(txn.err);
  }
}

function result(
  rc: ZkCode,
  path: string | null = null,
  stat: Stat | null = null,
  triggers: WatchTrigger[] = [],
): ApplyResult {
  return { rc, path, stat, triggers };
}

/** DataTree.createNode. */
function createNode(
  tree: DataTree,
  path: string,
  data: string,
  owner: SessionId,
  parentCVersion: number,
  zxid: Zxid,
): ApplyResult {
  const parentPath = parentOf(path);
  const parent = parentPath === undefined ? undefined : tree.nodes[parentPath];
  if (parentPath === undefined || parent === undefined) return result('NoNode');
  const name = childName(path);
  if (tree.nodes[path] !== undefined) return result('NodeExists');
  // ZooKeeper only moves cversion (and pzxid) forward: replaying a create over a fuzzy snapshot
  // must not move them back.
  const bump = parentCVersion > parent.internalCversion;
  const internal = bump ? parentCVersion : parent.internalCversion;
  const children = insertSorted(parent.children, name);
  tree.nodes[parentPath] = {
    ...parent,
    children,
    internalCversion: internal,
    cversion: 2 * internal - children.length,
    pzxid: bump ? zxid : parent.pzxid,
  };
  const node: ZNode = {
    data,
    czxid: zxid,
    mzxid: zxid,
    pzxid: zxid,
    version: 0,
    cversion: 0,
    internalCversion: 0,
    ephemeralOwner: owner,
    children: [],
  };
  tree.nodes[path] = node;
  if (owner !== NO_SESSION)
    tree.ephemerals[owner] = insertSorted(tree.ephemerals[owner] ?? [], path);
  return result('OK', path, statOf(node), [
    { type: 'NodeCreated', path },
    { type: 'NodeChildrenChanged', path: parentPath },
  ]);
}

/** DataTree.deleteNode. Children are not checked here: PrepRequestProcessor refused NotEmpty. */
function deleteNode(tree: DataTree, path: string, zxid: Zxid): ApplyResult {
  const node = tree.nodes[path];
  const parentPath = parentOf(path);
  const parent = parentPath === undefined ? undefined : tree.nodes[parentPath];
  if (node === undefined || parentPath === undefined || parent === undefined)
    return result('NoNode');
  assert(
    node.children.length === 0,
    () => `deleteNode ${path}: it still has children ${node.children.join(', ')}`,
  );
  delete tree.nodes[path];
  const children = parent.children.filter((c) => c !== childName(path));
  tree.nodes[parentPath] = {
    ...parent,
    children,
    cversion: 2 * parent.internalCversion - children.length,
    pzxid: compareZxid(zxid, parent.pzxid) > 0 ? zxid : parent.pzxid,
  };
  if (node.ephemeralOwner !== NO_SESSION) {
    const rest = (tree.ephemerals[node.ephemeralOwner] ?? []).filter((p) => p !== path);
    if (rest.length === 0) delete tree.ephemerals[node.ephemeralOwner];
    else tree.ephemerals[node.ephemeralOwner] = rest;
  }
  return result('OK', null, null, [
    { type: 'NodeDeleted', path },
    { type: 'NodeChildrenChanged', path: parentPath },
  ]);
}

/** DataTree.setData. */
function setNodeData(
  tree: DataTree,
  path: string,
  data: string,
  version: number,
  zxid: Zxid,
): ApplyResult {
  const node = tree.nodes[path];
  if (node === undefined) return result('NoNode');
  const next: ZNode = { ...node, data, version, mzxid: zxid };
  tree.nodes[path] = next;
  return result('OK', null, statOf(next), [{ type: 'NodeDataChanged', path }]);
}

/**
 * DataTree.killSession: deletes the txn's paths, then any ephemeral of the session the txn did
 * not list ("Unexpected extra paths under session"), ignoring paths already gone ("Ignoring
 * NoNodeException ... while removing ephemeral for dead session"). Every deletion carries the
 * same zxid. The session leaves the session table (SessionTracker.removeSession).
 */
function killSession(
  tree: DataTree,
  sessionId: SessionId,
  paths: readonly string[],
  zxid: Zxid,
): ApplyResult {
  const triggers: WatchTrigger[] = [];
  const deleteAll = (list: readonly string[]) => {
    for (const path of list) {
      if (tree.nodes[path] === undefined) continue;
      triggers.push(...deleteNode(tree, path, zxid).triggers);
    }
  };
  deleteAll(paths);
  deleteAll((tree.ephemerals[sessionId] ?? []).slice());
  delete tree.sessions[sessionId];
  return result('OK', null, null, triggers);
}

function insertSorted(list: readonly string[], item: string): string[] {
  let i = 0;
  while (i < list.length && (list[i] as string) < item) i++;
  return list[i] === item ? list.slice() : [...list.slice(0, i), item, ...list.slice(i)];
}

/** Byte length of the UTF-8 encoding (Stat.dataLength counts bytes, not UTF-16 units). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}
