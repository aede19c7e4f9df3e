/**
 * Everything servers send each other. Notifications travel on the election channels
 * (QuorumCnxManager); every other packet travels on a learner connection (`conn`), a TCP
 * connection between a learner and its leader whose packet types are the constants of
 * quorum/Leader.java. CONNECT / ACCEPT / REFUSE / CLOSE model the TCP handshake and reset.
 */
import type { Vote } from './vote';
import type { Zxid } from './zxid';

/** A transaction: one setData-like change, ordered by ZAB. `writeId` links it to the client write. */
export interface Txn {
  zxid: Zxid;
  path: string;
  data: string;
  /** Index of the scenario write that created it; -1 for history injected by the scenario. */
  writeId: number;
}

/** The text the checker compares: same zxid and same value means the same transaction. */
export function txnValue(t: Txn): string {
  return `${t.path}=${t.data}#${t.writeId}`;
}

export type PeerPacket =
  | { kind: 'FOLLOWERINFO'; acceptedEpoch: number }
  | { kind: 'OBSERVERINFO'; acceptedEpoch: number }
  | { kind: 'LEADERINFO'; epoch: number }
  | { kind: 'ACKEPOCH'; lastZxid: Zxid; currentEpoch: number }
  | { kind: 'DIFF'; zxid: Zxid }
  | { kind: 'TRUNC'; zxid: Zxid }
  | { kind: 'SNAP'; zxid: Zxid; history: Txn[] }
  | { kind: 'PROPOSAL'; txn: Txn }
  | { kind: 'COMMIT'; zxid: Zxid }
  | { kind: 'INFORM'; txn: Txn }
  | { kind: 'NEWLEADER'; zxid: Zxid }
  | { kind: 'ACK'; zxid: Zxid }
  | { kind: 'UPTODATE' }
  | { kind: 'PING'; zxid: Zxid }
  | { kind: 'REQUEST'; path: string; data: string; writeId: number };

export type PeerPacketKind = PeerPacket['kind'];

export type Message =
  | ({ kind: 'Notification' } & Vote)
  | { kind: 'CONNECT'; conn: number }
  | { kind: 'ACCEPT'; conn: number }
  | { kind: 'REFUSE'; conn: number }
  | { kind: 'CLOSE'; conn: number }
  | { kind: 'PACKET'; conn: number; packet: PeerPacket };

/** A short label for the trace and the UI (the packet type for learner traffic). */
export function messageLabel(m: Message): string {
  return m.kind === 'PACKET' ? m.packet.kind : m.kind;
}
