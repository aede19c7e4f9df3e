/**
 * The volatile state of one server: the XState machine's context. Everything here is lost on a
 * crash (ZAB.md section 1.2); the persistent state lives on the server's disk, outside it. The
 * machine's state value is ZooKeeper's ServerState and ZabState; the fields below are the
 * protocol variables of FastLeaderElection, Leader/LearnerHandler and Learner, named as there.
 */
import type { LeaderQuit, LearnerQuit } from './quitReasons';
import type { Origin, Txn } from './messages';
import type { Vote } from './vote';
import type { Zxid } from './zxid';

export interface ServerConfig {
  sid: number;
  voters: number[];
  observers: number[];
  tickTimeMs: number;
  initLimit: number;
  syncLimit: number;
  commitLogCount: number;
}

export interface Decision {
  leader: number;
  zxid: Zxid;
  peerEpoch: number;
  round: number;
  via: 'recvset' | 'outofelection';
  supporters: number[];
}

export interface ElectionState {
  logicalclock: number;
  /** The current proposal: whom this server votes for. */
  proposal: { leader: number; zxid: Zxid; peerEpoch: number };
  /** The server's own initial vote of this round (used when catching up to a newer round). */
  initial: { leader: number; zxid: Zxid; peerEpoch: number };
  /** Votes of this round, keyed by sender sid. */
  recvset: Record<string, Vote>;
  /** Votes of FOLLOWING/LEADING senders, any round. */
  outofelection: Record<string, Vote>;
  notTimeoutMs: number;
  startedAtMs: number;
  /** Set when the server has decided; the machine then enters the role. */
  decision: Decision | null;
  /** A LOOKING notification was just added to recvset: the quorum check is due (F5). */
  quorumCheckDue: boolean;
}

/** connected: TCP accepted; info: FOLLOWERINFO received, waiting for the epoch; then as named. */
export type HandlerStage =
  'connected' | 'info' | 'epochSent' | 'epochAcked' | 'synced' | 'newLeaderAcked';

/** The leader's view of one learner (quorum/LearnerHandler.java). */
export interface LearnerHandler {
  sid: number;
  conn: number;
  observer: boolean;
  stage: HandlerStage;
  peerLastZxid: Zxid | null;
  /** Receives live PROPOSAL/COMMIT (after startForwarding). */
  forwarding: boolean;
  tickOfNextAckDeadline: number;
  lastHeardMs: number;
  /** Proposals sent and not yet acked by this learner, oldest first (SyncLimitCheck). */
  unacked: { zxid: Zxid; sentAtMs: number }[];
}

export interface Outstanding {
  txn: Txn;
  /** Voters whose ACK counted; the leader's own only after its fsync. */
  ackers: number[];
}

export interface LeaderState {
  /** The fixed new epoch, once a quorum including the leader called getEpochToPropose. */
  epoch: number | null;
  candidateEpoch: number;
  connecting: number[];
  epochAcks: number[];
  newLeaderAcks: number[];
  established: boolean;
  active: boolean;
  learners: Record<string, LearnerHandler>;
  tick: number;
  pings: number;
  lastProposed: Zxid;
  lastCommitted: Zxid;
  /**
   * Leader.leaderStateSummary: (currentEpoch, lastProcessedZxid) when Leader.lead loaded its data,
   * what waitForEpochAck compares each follower's ACKEPOCH with.
   */
  summary: { epoch: number; zxid: Zxid };
  outstanding: Outstanding[];
  /** Syncs waiting for `zxid` to commit (Leader.pendingSyncs); `from` is the learner, or the leader itself. */
  pendingSyncs: { zxid: Zxid; origin: Origin; from: number }[];
  /** Why the leader gives up, as a code; the machine then goes LOOKING. */
  quit: LeaderQuit | null;
}

export interface LearnerState {
  leader: number;
  conn: number;
  connected: boolean;
  tries: number;
  epoch: number | null;
  epochAcked: boolean;
  /**
   * The mode of this sync (the first packet after ACKEPOCH). ZooKeeper's QuorumPeer.syncMode goes
   * back to NONE at NEWLEADER; here that is `newLeaderSeen`.
   */
  syncMode: 'DIFF' | 'TRUNC' | 'SNAP' | null;
  newLeaderSeen: boolean;
  upToDate: boolean;
  /** Proposals received during synchronization and not yet logged or applied (packetsNotLogged). */
  syncQueue: Txn[];
  /** zxids (formatted) of COMMITs received while writing to the txn log (packetsCommitted). */
  syncCommitted: string[];
  /** Logged or being logged, not yet committed (FollowerZooKeeperServer.pendingTxns). */
  pending: Txn[];
  /** Why the learner leaves its leader, as a code; the machine then goes LOOKING. */
  quit: LearnerQuit | null;
}

export interface ServerContext {
  cfg: ServerConfig;
  election: ElectionState | null;
  /** The last decided vote; what a FOLLOWING/LEADING server answers to LOOKING peers. */
  currentVote: Vote | null;
  lead: LeaderState | null;
  learn: LearnerState | null;
}

export function freshContext(cfg: ServerConfig): ServerContext {
  return { cfg, election: null, currentVote: null, lead: null, learn: null };
}

export function isVoter(ctx: ServerContext, sid: number): boolean {
  return ctx.cfg.voters.includes(sid);
}

export function isObserver(ctx: ServerContext): boolean {
  return ctx.cfg.observers.includes(ctx.cfg.sid);
}
