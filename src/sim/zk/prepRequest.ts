/**
 * PrepRequestProcessor, run at the leader only: validates a request against the leader's tree as
 * it will be once every txn already proposed is applied, and turns it into the txn that ZAB
 * carries (or an ErrorTxn). ZooKeeper keeps that "tree ahead of the tree" as outstanding
 * ChangeRecords (ZooKeeperServer.outstandingChanges / outstandingChangesForPath); so does
 * PrepState. Without it, two sequential creates proposed before the first commits would both
 * get suffix 0000000000, and a create under a parent still in flight would fail with NoNode.
 *
 * Life cycle (the engine's part): a fresh PrepState when a server starts leading (a new
 * ZooKeeperServer has no outstanding changes); prepRequest for each request, with the zxid the
 * leader gives it; retireChanges after the leader applies each committed txn (as
 * FinalRequestProcessor drops the ChangeRecords with zxid <= the applied one).
 */
import { assert } from '../kernel/assert';
import { zkPathProblem } from '../scenario/zkPath';
import type { ZabRequest } from '../zab/messages';
import { compareZxid, formatZxid, ZXID_ZERO, type Zxid } from '../zab/zxid';
import { ephemeralsOf, type DataTree } from './dataTree';
import type { ZkCode } from './errors';
import { NO_SESSION, type SessionId } from './sessionId';
import { isEphemeral, isSequential, type ZkRequest, type ZkTxn } from './txn';
import { byCodeUnit } from './watches';

/** The parts of a znode's stat that validation needs (ChangeRecord.stat and childCount). */
export interface PendingNode {
  version: number;
  internalCversion: number;
  ephemeralOwner: SessionId;
  childCount: number;
}

/** ChangeRecord: `node` null means the path is deleted by a txn in flight. */
export interface ChangeRecord {
  zxid: Zxid;
  node: PendingNode | null;
}

export interface PrepState {
  /** outstandingChangesForPath: the latest change per path not yet applied at this server. */
  changes: Record<string, ChangeRecord>;
  /**
   * The session tracker's view ahead of the tree: sessions created (open) or closing (not open)
   * by txns not yet applied. A closing session stays closing until its closeSession is applied,
   * after which it is gone from the tree's session table, so it stays expired.
   */
  sessions: Record<SessionId, { zxid: Zxid; open: boolean }>;
  /** The zxid of the last prepared request (zxids must strictly increase). */
  lastZxid: Zxid;
}

export function emptyPrepState(): PrepState {
  return { changes: {}, sessions: {}, lastZxid: ZXID_ZERO };
}

/** ChangeRecords and session entries are replaced, never mutated, so they are shared. */
export function clonePrepState(p: PrepState): PrepState {
  return { changes: { ...p.changes }, sessions: { ...p.sessions }, lastZxid: p.lastZxid };
}

/** The engine's ZAB request as a data-tree request; null for requests that are not tree ops. */
export function requestFromZab(r: ZabRequest): ZkRequest | null {
  switch (r.kind) {
    case 'client': {
      const op = r.op;
      if (op.op === 'create')
        return {
          type: 'create',
          sessionId: r.sessionId,
          path: op.path,
          data: op.data,
          mode: op.mode,
        };
      if (op.op === 'delete')
        return { type: 'delete', sessionId: r.sessionId, path: op.path, version: op.version };
      return {
        type: 'setData',
        sessionId: r.sessionId,
        path: op.path,
        data: op.data,
        version: op.version,
      };
    }
    case 'createSession':
      return { type: 'createSession', sessionId: r.sessionId, timeoutMs: r.timeoutMs };
    case 'closeSession':
      return { type: 'closeSession', sessionId: r.sessionId };
    case 'write':
    case 'sync':
      return null;
  }
}

/**
 * PrepRequestProcessor.pRequest / pRequest2Txn: the txn for `request`, which will carry `zxid`.
 * On success the request's ChangeRecords are added to `prep`; on failure an ErrorTxn is returned
 * and `prep` is unchanged (ZooKeeper, too, proposes the ErrorTxn with its zxid).
 */
export function prepRequest(
  tree: DataTree,
  prep: PrepState,
  request: ZkRequest,
  zxid: Zxid,
): ZkTxn {
  assert(
    compareZxid(zxid, prep.lastZxid) > 0 && compareZxid(zxid, tree.lastProcessedZxid) > 0,
    () => `prepRequest: zxid ${formatZxid(zxid)} is not after the last prepared or applied one`,
  );
  prep.lastZxid = zxid;
  switch (request.type) {
    case 'createSession':
      prep.sessions[request.sessionId] = { zxid, open: true };
      return { type: 'createSession', sessionId: request.sessionId, timeoutMs: request.timeoutMs };
    case 'closeSession':
      return prepCloseSession(tree, prep, request.sessionId, zxid);
    case 'create':
    case 'delete':
    case 'setData': {
      const fail = (err: ZkCode): ZkTxn => ({
        type: 'error',
        sessionId: request.sessionId,
        op: request.type,
        path: request.path,
        err,
      });
      // pRequest checks the session first: a closing or unknown session gets SessionExpired.
      if (!sessionOpen(tree, prep, request.sessionId)) return fail('SessionExpired');
      const outcome =
        request.type === 'create'
          ? prepCreate(tree, prep, request, zxid)
          : request.type === 'delete'
            ? prepDelete(tree, prep, request, zxid)
            : prepSetData(tree, prep, request, zxid);
      return typeof outcome === 'string' ? fail(outcome) : outcome;
    }
  }
}

/** SessionTracker.checkSession: known (committed or pending) and not closing. */
export function sessionOpen(tree: DataTree, prep: PrepState, sessionId: SessionId): boolean {
  const pending = prep.sessions[sessionId];
  if (pending !== undefined) return pending.open;
  return tree.sessions[sessionId] !== undefined;
}

/** PrepRequestProcessor.getRecordForPath: the in-flight record, else the tree's node, else null. */
export function recordForPath(tree: DataTree, prep: PrepState, path: string): PendingNode | null {
  const change = prep.changes[path];
  if (change !== undefined) return change.node;
  const n = tree.nodes[path];
  if (n === undefined) return null;
  return {
    version: n.version,
    internalCversion: n.internalCversion,
    ephemeralOwner: n.ephemeralOwner,
    childCount: n.children.length,
  };
}

/**
 * FinalRequestProcessor: once the leader has applied the txn with this zxid, the ChangeRecords and
 * session entries up to it describe the tree itself and are dropped.
 */
export function retireChanges(prep: PrepState, applied: Zxid): void {
  for (const path of Object.keys(prep.changes)) {
    if (compareZxid((prep.changes[path] as ChangeRecord).zxid, applied) <= 0)
      delete prep.changes[path];
  }
  for (const id of Object.keys(prep.sessions)) {
    if (compareZxid((prep.sessions[id] as { zxid: Zxid }).zxid, applied) <= 0)
      delete prep.sessions[id];
  }
}

/** The parent path of a requested path, as String.substring(0, lastIndexOf('/')) with "" -> "/". */
function parentPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

/** `"%010d"` of the parent's internal cversion (PrepRequestProcessor, CreateMode.isSequential). */
export function sequentialSuffix(counter: number): string {
  return String(counter).padStart(10, '0');
}

/** pRequest2TxnCreate: the checks in ZooKeeper's order. */
function prepCreate(
  tree: DataTree,
  prep: PrepState,
  r: Extract<ZkRequest, { type: 'create' }>,
  zxid: Zxid,
): ZkTxn | ZkCode {
  if (zkPathProblem(r.path, isSequential(r.mode)) !== null) return 'BadArguments';
  const parentPath = parentPathOf(r.path);
  const parent = recordForPath(tree, prep, parentPath);
  if (parent === null) return 'NoNode';
  const path = isSequential(r.mode) ? r.path + sequentialSuffix(parent.internalCversion) : r.path;
  if (zkPathProblem(path) !== null) return 'BadArguments';
  if (recordForPath(tree, prep, path) !== null) return 'NodeExists';
  if (parent.ephemeralOwner !== NO_SESSION) return 'NoChildrenForEphemerals';
  const parentCVersion = parent.internalCversion + 1;
  const owner = isEphemeral(r.mode) ? r.sessionId : NO_SESSION;
  prep.changes[parentPath] = {
    zxid,
    node: { ...parent, internalCversion: parentCVersion, childCount: parent.childCount + 1 },
  };
  prep.changes[path] = {
    zxid,
    node: { version: 0, internalCversion: 0, ephemeralOwner: owner, childCount: 0 },
  };
  return {
    type: 'create',
    sessionId: r.sessionId,
    path,
    data: r.data,
    ephemeral: isEphemeral(r.mode),
    parentCVersion,
  };
}

/** PrepRequestProcessor.checkAndIncVersion: -1 matches any version. */
function versionMatches(current: number, expected: number): boolean {
  return expected === -1 || expected === current;
}

/** pRequest2Txn, OpCode.delete. "/" is a special path (BadArguments). */
function prepDelete(
  tree: DataTree,
  prep: PrepState,
  r: Extract<ZkRequest, { type: 'delete' }>,
  zxid: Zxid,
): ZkTxn | ZkCode {
  const path = r.path;
  if (path === '/' || zkPathProblem(path) !== null) return 'BadArguments';
  const parentPath = parentPathOf(path);
  const parent = recordForPath(tree, prep, parentPath);
  if (parent === null) return 'NoNode';
  const node = recordForPath(tree, prep, path);
  if (node === null) return 'NoNode';
  if (!versionMatches(node.version, r.version)) return 'BadVersion';
  if (node.childCount > 0) return 'NotEmpty';
  prep.changes[parentPath] = { zxid, node: { ...parent, childCount: parent.childCount - 1 } };
  prep.changes[path] = { zxid, node: null };
  return { type: 'delete', sessionId: r.sessionId, path };
}

/** pRequest2Txn, OpCode.setData. */
function prepSetData(
  tree: DataTree,
  prep: PrepState,
  r: Extract<ZkRequest, { type: 'setData' }>,
  zxid: Zxid,
): ZkTxn | ZkCode {
  const path = r.path;
  if (zkPathProblem(path) !== null) return 'BadArguments';
  const node = recordForPath(tree, prep, path);
  if (node === null) return 'NoNode';
  if (!versionMatches(node.version, r.version)) return 'BadVersion';
  prep.changes[path] = { zxid, node: { ...node, version: node.version + 1 } };
  return { type: 'setData', sessionId: r.sessionId, path, data: r.data, version: node.version + 1 };
}

/**
 * pRequest2Txn, OpCode.closeSession: the session's ephemerals in the tree, corrected by the
 * changes in flight (a pending delete removes a path, a pending ephemeral create of this session
 * adds one), each recorded as deleted; the session is marked closing. No session check: the
 * expirer submits this request on the session's behalf.
 */
function prepCloseSession(
  tree: DataTree,
  prep: PrepState,
  sessionId: SessionId,
  zxid: Zxid,
): ZkTxn {
  const paths = new Set(ephemeralsOf(tree, sessionId));
  // As PrepRequestProcessor walks outstandingChanges: the latest in-flight change of a path decides
  // whether it is still this session's ephemeral (a delete, or a re-create by anyone else, ends it).
  for (const path of Object.keys(prep.changes)) {
    const node = (prep.changes[path] as ChangeRecord).node;
    if (node !== null && node.ephemeralOwner === sessionId) paths.add(path);
    else paths.delete(path);
  }
  const sorted = [...paths].sort(byCodeUnit);
  for (const path of sorted) {
    const parentPath = parentPathOf(path);
    const parent = recordForPath(tree, prep, parentPath);
    if (parent !== null)
      prep.changes[parentPath] = { zxid, node: { ...parent, childCount: parent.childCount - 1 } };
    prep.changes[path] = { zxid, node: null };
  }
  prep.sessions[sessionId] = { zxid, open: false };
  return { type: 'closeSession', sessionId, paths: sorted };
}
