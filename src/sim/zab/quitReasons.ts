/**
 * Why a server leaves its role, as codes with typed parameters (issue 14): why a leader stops
 * leading (Leader.lead's exits), why a learner leaves its leader (Learner's exceptions), and why a
 * leader closes one learner's connection (LearnerHandler's exits). The machine keeps the code in
 * its context; the trace carries it as data, and the app and the CLI render it in their language.
 * The English here is the simulator's own log line, in ZooKeeper's words where ZooKeeper has them;
 * no reader parses it.
 */
import { EPOCH_MAX } from './zxid';

/** Why a leader stops leading. `synced` lists the sids (the leader included) still in sync. */
export type LeaderQuit =
  | { code: 'epochTooLarge'; needed: number }
  | { code: 'epochTimeout' }
  | { code: 'epochAckTimeout' }
  | { code: 'newLeaderTimeout'; synced: number[] }
  | { code: 'zxidExhausted' }
  | { code: 'notSynced'; synced: number[] };

/** Why a learner leaves its leader and goes LOOKING. Zxids are formatted as ZooKeeper prints them. */
export type LearnerQuit =
  | { code: 'connectTries'; leader: number; tries: number }
  | { code: 'connectTimeout'; leader: number; limitMs: number }
  | { code: 'readTimeout'; limit: 'initLimit' | 'syncLimit'; limitMs: number }
  | { code: 'connectionClosed' }
  | { code: 'staleLeaderEpoch'; epoch: number; accepted: number }
  | { code: 'unmatchedCommit'; zxid: string; head: string | null };

/** Why a leader closes one learner's connection (the learner's sid is the entry's `learner`). */
export type CloseLearnerReason =
  | {
      code: 'followerAhead';
      epoch: number;
      zxid: string;
      leaderEpoch: number;
      leaderZxid: string;
    }
  | { code: 'txnTimeout' }
  | { code: 'learnerTimeout'; limitMs: number };

/** "[1, 2, 5]": sids as the leader's log lines list them, in order. */
export const sidList = (sids: readonly number[]) =>
  `[${[...sids].sort((a, b) => a - b).join(', ')}]`;

/** The trace line's English for a leader's exit. */
export function leaderQuitText(q: LeaderQuit): string {
  switch (q.code) {
    case 'epochTooLarge':
      return `no new epoch can be formed: epoch ${EPOCH_MAX} is the largest a zxid holds (needed ${q.needed})`;
    case 'epochTimeout':
      return 'Timeout while waiting for epoch from quorum';
    case 'epochAckTimeout':
      return 'Timeout while waiting for epoch to be acked by quorum';
    case 'newLeaderTimeout':
      return `Waiting for a quorum of followers, only synced with sids: ${sidList(q.synced)}`;
    case 'zxidExhausted':
      return 'zxid counter exhausted: shutting down to start a new epoch (ZOOKEEPER-1277)';
    case 'notSynced':
      return `Not sufficient followers synced, only synced with sids: ${sidList(q.synced)}`;
  }
}

/** The trace line's English for a learner's exit. */
export function learnerQuitText(q: LearnerQuit): string {
  switch (q.code) {
    case 'connectTries':
      return `Failed to connect to leader S${q.leader} after ${q.tries} tries`;
    case 'connectTimeout':
      return `Failed to connect to leader S${q.leader} within initLimit x tickTime = ${q.limitMs} ms`;
    case 'readTimeout':
      return `Read timed out: no packet from the leader for ${q.limit} x tickTime = ${q.limitMs} ms`;
    case 'connectionClosed':
      return 'Connection to the leader closed';
    case 'staleLeaderEpoch':
      return `Leaders epoch, ${q.epoch}, is less than accepted epoch, ${q.accepted}`;
    case 'unmatchedCommit':
      return `UNMATCHED_TXN_COMMIT: committing ${q.zxid} but the pending head is ${q.head ?? 'empty'}`;
  }
}

/** The trace line's English for a closed learner connection. */
export function closeLearnerText(learner: number, r: CloseLearnerReason): string {
  switch (r.code) {
    case 'followerAhead':
      return `Follower is ahead of the leader: S${learner} has currentEpoch ${r.epoch}, zxid ${r.zxid}; leader summary: currentEpoch ${r.leaderEpoch}, zxid ${r.leaderZxid}`;
    case 'txnTimeout':
      return `Closing connection to peer S${learner} due to transaction timeout.`;
    case 'learnerTimeout':
      return `Learner S${learner} read timed out after ${r.limitMs} ms`;
  }
}
