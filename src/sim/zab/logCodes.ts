/**
 * The codes of the trace's `log` entries written by the ZAB layer (fle.ts, leader*.ts, learner*.ts)
 * and by the server's database (engine/databasePort.ts), with their typed parameters (issue 14).
 * An entry's `data.kind` is its code: the name `kind` predates the codes and other layers (the
 * client, the ZooKeeper server layer, the lab) use it too, so the trace keeps one field for it.
 * ServerPort.log takes a `ZabLogData`, so the compiler checks each code's parameters; the entry's
 * `text` stays a ZooKeeper-like line for the CLI and the raw view, and no reader parses it: the
 * app renders its sentences from the code (src/ui/explain).
 *
 * Conventions: sids are numbers, zxids are strings as ZooKeeper prints them ("0x100000002"),
 * durations are milliseconds with an `Ms` suffix, quorums are sid lists.
 */
import type { CloseLearnerReason, LeaderQuit, LearnerQuit } from './quitReasons';
import type { SyncMode, SyncRule } from './syncMode';
import type { BetterBecause, ServerState } from './vote';

/** A vote that won a comparison: which field decided (never null in a switch). */
export type VoteBecause = Exclude<BetterBecause, null>;

/** originData(LastProcessedOrigin): where the vote zxid came from, zxids formatted. */
export type OriginData = Record<string, string | number>;

export type ZabLogData =
  // ---- Fast Leader Election (fle.ts) ----
  /** lookForLeader starts a round: the server votes for itself with its lastProcessedZxid. */
  | {
      kind: 'newElection';
      round: number;
      zxid: string;
      peerEpoch: number;
      /** Where the vote zxid came from; null for an observer, which does not vote. */
      origin: OriginData | null;
    }
  /** The notification poll timed out: the vote is re-sent and the back-off doubled. */
  | { kind: 'notificationTimeout'; notTimeoutMs: number }
  /** A better vote in this round: the server switches to it. */
  | { kind: 'vote'; from: number; oldLeader: number; newLeader: number; because: VoteBecause }
  /** A notification of a newer round: the server catches up and votes anew. */
  | {
      kind: 'catchUp';
      from: number;
      newLeader: number;
      /** 'initial': the server's own initial vote is still the best it knows. */
      because: VoteBecause | 'initial';
      round: number;
    }
  /** finalizeWait passed with no better vote: the proposal's quorum decides. */
  | {
      kind: 'decide';
      leader: number;
      via: 'recvset';
      supporters: number[];
      finalizeWaitMs: number;
    }
  /** A quorum already follows a leader that says it leads: the server joins it at once. */
  | { kind: 'join'; leader: number; via: 'recvset' | 'outofelection'; supporters: number[] }
  /** The election is over for this server (FastLeaderElection's "LEADER ELECTION TOOK"). */
  | { kind: 'elected'; leader: number; state: ServerState; tookMs: number }
  // ---- The leader (leader.ts, leaderDiscovery.ts, leaderBroadcast.ts) ----
  /** Leader.lead begins discovery and waits initLimit ticks for a quorum of FOLLOWERINFO. */
  | { kind: 'discovery'; initLimit: number; limitMs: number }
  /** getEpochToPropose: the new epoch is fixed by the first quorum. */
  | { kind: 'epoch'; epoch: number; quorum: number[] }
  /** waitForEpochAck: a quorum of ACKEPOCH. */
  | { kind: 'established'; epoch: number; quorum: number[] }
  /** LearnerHandler.syncFollower: how a learner is synchronized and which rule decided. */
  | {
      kind: 'syncMode';
      learner: number;
      mode: SyncMode;
      ruleCode: SyncRule;
      zxid: string;
      peerLastZxid: string;
      minCommittedLog: string;
      maxCommittedLog: string;
      lastProcessedZxid: string;
      committedLogCount: number;
      txnLogSizeLimit: number;
      txnLogStorage: number;
    }
  /** waitForNewLeaderAck then startZkServer: the leader is active. */
  | { kind: 'activated'; epoch: number; zxid: string; quorum: number[] }
  | { kind: 'propose'; zxid: string; path: string }
  | { kind: 'commit'; zxid: string; ackers: number[] }
  /** The leader closes one learner's connection. */
  | { kind: 'closeLearner'; learner: number; reason: CloseLearnerReason }
  /** Leader.shutdown; reason null when the role ends from outside (a crash, a new election). */
  | { kind: 'leaderShutdown'; reason: LeaderQuit | null }
  /** A packet the receiver's stage does not expect; it is ignored. */
  | { kind: 'unexpectedPacket'; packet: string; from: number }
  // ---- The learner (learner.ts, learnerSync.ts) ----
  | { kind: 'connecting'; leader: number; observer: boolean; limitMs: number }
  | { kind: 'diff'; zxid: string; from: number }
  | { kind: 'trunc'; zxid: string; from: number }
  | { kind: 'snap'; zxid: string; from: number }
  /**
   * A COMMIT of the sync stream that does not match the next proposal: before NEWLEADER after a
   * SNAP or TRUNC ('sync'), or at NEWLEADER ('newLeader'). `head` is null when none is queued.
   */
  | { kind: 'commitMismatch'; zxid: string; head: string | null; at: 'sync' | 'newLeader' }
  /** Learner.shutdown; reason null when the role ends from outside. */
  | { kind: 'learnerShutdown'; leader: number; reason: LearnerQuit | null }
  // ---- The database (engine/databasePort.ts) ----
  | { kind: 'snapshot'; zxid: string; cause: 'lead' | 'snap' | 'trunc' | 'snapCount' }
  | {
      kind: 'loadDataBase';
      zxid: string;
      snapshotZxid: string;
      replayed: number;
      /** An empty data directory: snapshot.0 was written first. */
      fresh: boolean;
    }
  | { kind: 'fastForward'; replayed: number; zxid: string }
  | { kind: 'reload'; zxid: string }
  | { kind: 'dirtySnapshot'; snapshotZxid: string; truncZxid: string }
  | { kind: 'commitLogCount'; configured: number; floor: number };

export type ZabLogKind = ZabLogData['kind'];

/** One code's parameters. */
export type ZabLogOf<K extends ZabLogKind> = Extract<ZabLogData, { kind: K }>;

/** Which part of the protocol a line belongs to. */
export type ZabLogTopic = 'election' | 'sync' | 'broadcast' | 'fault' | 'database';

/**
 * Every code once, with the part of the protocol it belongs to (the event log's filter uses it).
 * A Record, so that the compiler refuses a code missing here.
 */
export const ZAB_LOG_TOPIC: Readonly<Record<ZabLogKind, ZabLogTopic>> = {
  newElection: 'election',
  notificationTimeout: 'election',
  vote: 'election',
  catchUp: 'election',
  decide: 'election',
  join: 'election',
  elected: 'election',
  discovery: 'sync',
  epoch: 'sync',
  established: 'sync',
  syncMode: 'sync',
  activated: 'sync',
  connecting: 'sync',
  diff: 'sync',
  trunc: 'sync',
  snap: 'sync',
  propose: 'broadcast',
  commit: 'broadcast',
  closeLearner: 'fault',
  leaderShutdown: 'fault',
  learnerShutdown: 'fault',
  unexpectedPacket: 'fault',
  commitMismatch: 'fault',
  snapshot: 'database',
  loadDataBase: 'database',
  fastForward: 'database',
  reload: 'database',
  dirtySnapshot: 'database',
  commitLogCount: 'database',
};

/** Is `kind` one of the codes above (for readers of the trace's untyped `data`)? */
export function isZabLogKind(kind: unknown): kind is ZabLogKind {
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(ZAB_LOG_TOPIC, kind);
}
