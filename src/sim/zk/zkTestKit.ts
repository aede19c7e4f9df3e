/**
 * A miniature ensemble for the data-layer tests: one leader database that prepares requests with
 * increasing zxids, any number of follower databases, and an in-order commit queue, so a test can
 * pipeline several proposals before committing them, as a real leader does. Not used by the
 * simulation itself (the engine owns ZAB); pure, so it compiles with the rest of src/sim.
 */
import { makeZxid, type Zxid } from '../zab/zxid';
import type { ApplyResult } from './dataTree';
import {
  commit,
  emptyZkDatabase,
  prepare,
  processRead,
  type ReadReply,
  type ZkDatabase,
} from './zkDatabase';
import { makeSessionId, type SessionId } from './sessionId';
import type { ZkRequest, ZkTxn } from './txn';
import type { WatchEvent, WatcherId } from './watches';

export interface Proposed {
  txn: ZkTxn;
  zxid: Zxid;
}

export interface Committed extends Proposed {
  /** Per server (index 0 is the leader). */
  results: ApplyResult[];
  events: WatchEvent[][];
}

export interface MiniEnsemble {
  dbs: ZkDatabase[];
  epoch: number;
  counter: number;
  /** Proposed, not yet committed, in zxid order. */
  queue: Proposed[];
  /** Everything committed so far, in order. */
  history: Proposed[];
}

export function miniEnsemble(servers = 1, epoch = 1): MiniEnsemble {
  return {
    dbs: Array.from({ length: servers }, emptyZkDatabase),
    epoch,
    counter: 0,
    queue: [],
    history: [],
  };
}

export function session(n: number, sid = 1): SessionId {
  return makeSessionId(sid, 0xabc, n);
}

/** The leader prepares the request (PrepRequestProcessor) and queues the proposal. */
export function propose(e: MiniEnsemble, request: ZkRequest): Proposed {
  const zxid = makeZxid(e.epoch, ++e.counter);
  const p = { txn: prepare(e.dbs[0] as ZkDatabase, request, zxid), zxid };
  e.queue.push(p);
  return p;
}

/** Commits the oldest proposal at every server. */
export function commitNext(e: MiniEnsemble): Committed {
  const p = e.queue.shift();
  if (p === undefined) throw new Error('nothing to commit');
  e.history.push(p);
  const outs = e.dbs.map((db) => commit(db, p.txn, p.zxid));
  return { ...p, results: outs.map((o) => o.result), events: outs.map((o) => o.events) };
}

export function commitAll(e: MiniEnsemble): Committed[] {
  const done: Committed[] = [];
  while (e.queue.length > 0) done.push(commitNext(e));
  return done;
}

/** Propose and commit at once (the queue must be empty). */
export function run(e: MiniEnsemble, request: ZkRequest): Committed {
  if (e.queue.length > 0) throw new Error('run with proposals in flight');
  propose(e, request);
  return commitNext(e);
}

export function read(
  e: MiniEnsemble,
  op: 'get' | 'exists' | 'children',
  path: string,
  watcher: WatcherId | null = null,
  server = 0,
): ReadReply {
  return processRead(e.dbs[server] as ZkDatabase, op, path, watcher);
}

/** Request builders, so tests read like the ZooKeeper API. */
export const req = {
  open: (s: SessionId, timeoutMs = 6000): ZkRequest => ({
    type: 'createSession',
    sessionId: s,
    timeoutMs,
  }),
  close: (s: SessionId): ZkRequest => ({ type: 'closeSession', sessionId: s }),
  create: (
    s: SessionId,
    path: string,
    mode: 'persistent' | 'ephemeral' | 'sequential' | 'ephemeral-sequential' = 'persistent',
    data = '',
  ): ZkRequest => ({ type: 'create', sessionId: s, path, data, mode }),
  del: (s: SessionId, path: string, version = -1): ZkRequest => ({
    type: 'delete',
    sessionId: s,
    path,
    version,
  }),
  set: (s: SessionId, path: string, data: string, version = -1): ZkRequest => ({
    type: 'setData',
    sessionId: s,
    path,
    data,
    version,
  }),
};

/** The rc a request got: the error code of an ErrorTxn, else the leader's apply result. */
export function rcOf(c: Committed): string {
  return c.txn.type === 'error' ? c.txn.err : (c.results[0] as ApplyResult).rc;
}
