/**
 * The requests that change a ZooKeeper database and the transactions they become. A request is
 * what a client (or the leader's session tracker) asks for; PrepRequestProcessor turns it, at the
 * leader, into a txn (prepRequest.ts); ZAB carries the txn unchanged (messages.ts Txn.body); every
 * server applies it when committed (dataTree.ts applyTxn). The txn shapes follow ZooKeeper's jute
 * records (TxnHeader.type + clientId, then CreateTxn, DeleteTxn, SetDataTxn, CreateSessionTxn,
 * CloseSessionTxn, ErrorTxn), so a txn is everything a follower needs: it never re-validates.
 */
import type { ZkCode } from './errors';
import type { CreateMode } from './kinds';
import type { SessionId } from './sessionId';

/** CreateMode: PERSISTENT, EPHEMERAL, PERSISTENT_SEQUENTIAL, EPHEMERAL_SEQUENTIAL (scenario names). */
export type { CreateMode } from './kinds';

export function isSequential(mode: CreateMode): boolean {
  return mode === 'sequential' || mode === 'ephemeral-sequential';
}

export function isEphemeral(mode: CreateMode): boolean {
  return mode === 'ephemeral' || mode === 'ephemeral-sequential';
}

/** The input of PrepRequestProcessor. `version` -1 means "any version". */
export type ZkRequest =
  | { type: 'create'; sessionId: SessionId; path: string; data: string; mode: CreateMode }
  | { type: 'delete'; sessionId: SessionId; path: string; version: number }
  | { type: 'setData'; sessionId: SessionId; path: string; data: string; version: number }
  | { type: 'createSession'; sessionId: SessionId; timeoutMs: number }
  | { type: 'closeSession'; sessionId: SessionId };

/** The write operations a client can get an ErrorTxn for. */
export type ZkWriteType = 'create' | 'delete' | 'setData';

/**
 * A transaction as ZAB carries it. `sessionId` is TxnHeader.clientId: the session that asked (for
 * an expiry, the expired session). Plain data; never mutated once prepared.
 */
export type ZkTxn =
  /**
   * CreateTxn: `path` is final (a sequential suffix is already appended); `parentCVersion` is the
   * parent's new internal cversion (its child-creation counter after this create).
   */
  | {
      type: 'create';
      sessionId: SessionId;
      path: string;
      data: string;
      ephemeral: boolean;
      parentCVersion: number;
    }
  | { type: 'delete'; sessionId: SessionId; path: string }
  /** SetDataTxn: `version` is the node's version after this change (the old one + 1). */
  | { type: 'setData'; sessionId: SessionId; path: string; data: string; version: number }
  | { type: 'createSession'; sessionId: SessionId; timeoutMs: number }
  /** CloseSessionTxn: the session's ephemerals at prep time, in flight ones included, sorted. */
  | { type: 'closeSession'; sessionId: SessionId; paths: string[] }
  /**
   * ErrorTxn: the request failed validation at the leader. ZooKeeper still gives it a zxid and
   * sends it through ZAB, so that the reply reaches the client in order with its other requests;
   * applying it changes nothing. `op` and `path` are for display only.
   */
  | { type: 'error'; sessionId: SessionId; op: ZkWriteType; path: string; err: ZkCode };

/** One-line description in ZooKeeper's words, for logs and the trace. */
export function describeTxn(t: ZkTxn): string {
  switch (t.type) {
    case 'create':
      return `create ${t.path}${t.ephemeral ? ` (ephemeral, owner ${t.sessionId})` : ''}`;
    case 'delete':
      return `delete ${t.path}`;
    case 'setData':
      return `setData ${t.path} version ${t.version}`;
    case 'createSession':
      return `createSession ${t.sessionId} timeout ${t.timeoutMs} ms`;
    case 'closeSession':
      return `closeSession ${t.sessionId}${t.paths.length ? ` deleting ${t.paths.join(', ')}` : ''}`;
    case 'error':
      return `error ${t.err} for ${t.op} ${t.path}`;
  }
}
