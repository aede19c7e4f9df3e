/**
 * Ghost events: what the simulation tells the safety checker (ZAB.md section 7.1). The engine
 * emits one at each protocol step that matters for an invariant; the checker keeps its own
 * plain-data state from them and never looks inside a server. This keeps the checker independent
 * of how the server machines are written, and lets tests feed it hand-made histories.
 */
import type { Zxid } from '../zab/zxid';
import type { CompactedPrefix } from './prefixHash';
import type { PeerStateName as PeerState, ZabPhase } from '../zab/kinds';

export type { PeerState, ZabPhase };

/** A transaction as the checker sees it: its zxid and a stable text of its content. */
export interface GhostTxn {
  zxid: Zxid;
  value: string;
}

export type GhostEvent =
  /** A server's persisted epochs, after every write of them and when a server (re)starts. */
  | { kind: 'epochs'; sid: number; acceptedEpoch: number; currentEpoch: number }
  /** State or phase change. `epoch` is the server's currentEpoch at that moment. */
  | { kind: 'state'; sid: number; state: PeerState; phase: ZabPhase | null; epoch: number }
  /**
   * A leader got a quorum of ACKEPOCH for `epoch` and set currentEpoch (ZAB.md section 4.6).
   * `history` is every txn its database holds at that moment: its snapshot's, then the ones it
   * replayed, synced or committed (rare event, so a full copy is fine).
   */
  | {
      kind: 'established';
      sid: number;
      epoch: number;
      history: readonly GhostTxn[];
      /** A long run's compacted prefix (engine/purge.ts): `history` then holds the txns after it. */
      compacted?: CompactedPrefix;
    }
  /** A quorum acked NEWLEADER: the leader becomes active (BROADCAST). `delivered` = its delivered count. */
  | { kind: 'activated'; sid: number; epoch: number }
  /** A leader created a PROPOSAL (Leader.propose). */
  | { kind: 'propose'; sid: number; epoch: number; txn: GhostTxn }
  /** A server appended a txn to its txn log (fsynced). */
  | { kind: 'log'; sid: number; txn: GhostTxn }
  /** TRUNC: the server's log now ends at `toZxid` (everything after it is gone). */
  | { kind: 'truncate'; sid: number; toZxid: Zxid }
  /**
   * A learner persisted a snapshot at NEWLEADER after a SNAP or a TRUNC (ZAB.md 1.4): its history
   * is now the snapshot's, `history`, and the txns it logs from here on follow it. (ZooKeeper
   * keeps the old txn-log files, but a restart replays only the txns after the snapshot.)
   */
  | { kind: 'snap'; sid: number; history: readonly GhostTxn[]; compacted?: CompactedPrefix }
  /**
   * A server's reload delivers txns of its history that a long run compacted (engine/purge.ts):
   * the first `prefix.length` txns, known by their hash. Checked against the canonical sequence.
   */
  | { kind: 'deliverPrefix'; sid: number; prefix: CompactedPrefix }
  /** A server applied a committed txn (COMMIT, INFORM, UPTODATE, sync stream, SNAP content). */
  | { kind: 'deliver'; sid: number; txn: GhostTxn }
  /**
   * A leader sends COMMIT(zxid) (Leader.tryToCommit). `ackers` are the voters whose ACK counted
   * (the leader itself only after its own fsync); `previousOutstanding` is true when zxid-1 was
   * still outstanding at that moment.
   */
  | {
      kind: 'commit';
      sid: number;
      zxid: Zxid;
      ackers: readonly number[];
      previousOutstanding: boolean;
    }
  /** A follower handles COMMIT(zxid) in broadcast; `pendingHead` is the head of its pending queue. */
  | { kind: 'followerCommit'; sid: number; zxid: Zxid; pendingHead: Zxid | null }
  /**
   * A LOOKING server decides (FastLeaderElection.lookForLeader returns). `supporters` are the
   * sids whose votes, equal to the decided vote, formed the quorum it saw; `via` says which rule:
   * 'recvset' (section 3.7) or 'outofelection' (section 3.8). `leaderSawLeading` is true when the
   * set held a LEADING vote from the leader itself (checkLeader), or the leader is the decider.
   */
  | {
      kind: 'decide';
      sid: number;
      leader: number;
      round: number;
      via: 'recvset' | 'outofelection';
      supporters: readonly number[];
      leaderSawLeading: boolean;
    }
  /** The server crashed: volatile state lost, persisted state kept. */
  | { kind: 'crash'; sid: number }
  /** The server restarted (it will then report `epochs`). */
  | { kind: 'restart'; sid: number };

/**
 * The parameters of a checker violation: what the app words a violation from (in any language),
 * while `detail` stays the English sentence the CLI prints. One generic shape for every invariant.
 */
export interface ViolationParams {
  /** The server whose step broke the invariant. */
  sid: number;
  /** Other servers the violation names: the other leader, a witness, the ackers, ... */
  peers: readonly number[];
  /** The transaction concerned, as ZooKeeper's hex zxid (formatZxid), or null. */
  zxid: string | null;
  /** That transaction's data (the checker's stable text of it), or null. */
  value: string | null;
  /** The epoch concerned, or null. */
  epoch: number | null;
}

export interface Violation {
  atMs: number;
  invariant: string;
  /** The English sentence the CLI prints. */
  detail: string;
  /** The checker's violations carry these; the ZooKeeper layer's (zkLayer, clients) do not yet. */
  params?: ViolationParams;
  /** The checker's detail code (violationDetail.ts), e.g. 'CommitQuorum.noQuorum'. */
  code?: string;
}
