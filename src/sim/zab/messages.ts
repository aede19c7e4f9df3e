/**
 * Everything servers send each other. Notifications travel on the election channels
 * (QuorumCnxManager); every other packet travels on a learner connection (`conn`), a TCP
 * connection between a learner and its leader whose packet types are the constants of
 * quorum/Leader.java. CONNECT / ACCEPT / REFUSE / CLOSE model the TCP handshake and reset.
 */
import type { ChunkedList } from '../kernel/chunkedList';
import type { Vote } from './vote';
import type { Zxid } from './zxid';

/** Where a client request entered the ensemble: the server, the client's connection, its xid. */
export interface Origin {
  sid: number;
  conn: number;
  xid: number;
}

/**
 * What a server asks the leader to order (FollowerRequestProcessor forwards it as REQUEST): a
 * scenario "write" (setData as the ZAB layer sees it), a client's create/delete/setData/close, a
 * new session, a session the leader expires, or a sync.
 */
export type ZabRequest =
  | { kind: 'write'; path: string; data: string; writeId: number }
  | { kind: 'client'; origin: Origin; sessionId: string; op: ZkWriteOp }
  | { kind: 'createSession'; origin: Origin; sessionId: string; timeoutMs: number }
  | { kind: 'closeSession'; origin: Origin | null; sessionId: string }
  | { kind: 'sync'; origin: Origin };

export type ZkWriteOp =
  | {
      op: 'create';
      path: string;
      data: string;
      mode: 'persistent' | 'ephemeral' | 'sequential' | 'ephemeral-sequential';
    }
  | { op: 'delete'; path: string; version: number }
  | { op: 'set'; path: string; data: string; version: number };

/** A transaction ordered by ZAB. `writeId` links it to a scenario write (-1 otherwise). */
export interface Txn {
  zxid: Zxid;
  path: string;
  data: string;
  writeId: number;
  /** For session and client txns: the request and the data tree's txn (src/sim/zk), opaque to ZAB. */
  request?: Exclude<ZabRequest, { kind: 'write' | 'sync' }>;
  body?: unknown;
}

/** The text the checker compares: same zxid and same value means the same transaction. */
export function txnValue(t: Txn): string {
  if (t.request === undefined) return `${t.path}=${t.data}#${t.writeId}`;
  return JSON.stringify({ r: t.request, b: t.body ?? null });
}

export type PeerPacket =
  | { kind: 'FOLLOWERINFO'; acceptedEpoch: number }
  | { kind: 'OBSERVERINFO'; acceptedEpoch: number }
  | { kind: 'LEADERINFO'; epoch: number }
  | { kind: 'ACKEPOCH'; lastZxid: Zxid; currentEpoch: number }
  | { kind: 'DIFF'; zxid: Zxid }
  | { kind: 'TRUNC'; zxid: Zxid }
  /**
   * The leader's serialized data tree and its lastProcessedZxid (LearnerHandler: SNAP, then
   * serializeSnapshot). `tree` is opaque to ZAB (src/sim/zk's DataTree); `history` is ghost data
   * for the safety checker only (ZAB.md 7.1), never read by the learner's protocol code.
   */
  | { kind: 'SNAP'; zxid: Zxid; tree: unknown; history: ChunkedList<Txn> }
  | { kind: 'PROPOSAL'; txn: Txn }
  | { kind: 'COMMIT'; zxid: Zxid }
  | { kind: 'INFORM'; txn: Txn }
  | { kind: 'NEWLEADER'; zxid: Zxid }
  | { kind: 'ACK'; zxid: Zxid }
  | { kind: 'UPTODATE' }
  /** Leader to learner: heartbeat. Learner to leader: the reply, with the sessions touched since. */
  | { kind: 'PING'; zxid: Zxid; touches?: string[] }
  | { kind: 'REQUEST'; request: ZabRequest }
  /** Leader to learner: everything proposed before the sync has committed (Leader.processSync). */
  | { kind: 'SYNC'; origin: Origin }
  /** Learner to leader: is this session valid? Leader to learner: the answer (`valid`). */
  | { kind: 'REVALIDATE'; sessionId: string; timeoutMs: number; origin: Origin; valid?: boolean };

export type PeerPacketKind = PeerPacket['kind'];

export type Message =
  | ({ kind: 'Notification' } & Vote)
  | { kind: 'CONNECT'; conn: number }
  | { kind: 'ACCEPT'; conn: number }
  | { kind: 'REFUSE'; conn: number }
  | { kind: 'CLOSE'; conn: number }
  | { kind: 'PACKET'; conn: number; packet: PeerPacket };

/** The kind of every message between servers: the packet types and the connection's own. */
export type PeerMessageKind = Exclude<Message['kind'], 'PACKET'> | PeerPacketKind;

/** The stage of ZAB a message between servers belongs to; the views draw each its own way. */
export type MessageFamily = 'election' | 'tcp' | 'discovery' | 'sync' | 'broadcast' | 'ping';

/**
 * The family of each kind, declared here beside the messages so that a new kind cannot be left
 * out. An ACK of (e, 0) answers NEWLEADER or UPTODATE and so belongs to synchronization; the
 * reader tells it apart by its zxid (src/worker/projectMessages.ts).
 */
export const MESSAGE_FAMILY: { readonly [K in PeerMessageKind]: MessageFamily } = {
  Notification: 'election',
  CONNECT: 'tcp',
  ACCEPT: 'tcp',
  REFUSE: 'tcp',
  CLOSE: 'tcp',
  FOLLOWERINFO: 'discovery',
  OBSERVERINFO: 'discovery',
  LEADERINFO: 'discovery',
  ACKEPOCH: 'discovery',
  DIFF: 'sync',
  TRUNC: 'sync',
  SNAP: 'sync',
  NEWLEADER: 'sync',
  UPTODATE: 'sync',
  PROPOSAL: 'broadcast',
  ACK: 'broadcast',
  COMMIT: 'broadcast',
  INFORM: 'broadcast',
  REQUEST: 'broadcast',
  SYNC: 'broadcast',
  REVALIDATE: 'broadcast',
  PING: 'ping',
};

/** A short label for the trace and the UI (the packet type for learner traffic). */
export function messageLabel(m: Message): string {
  return m.kind === 'PACKET' ? m.packet.kind : m.kind;
}
