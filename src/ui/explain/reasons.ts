/**
 * The reasons the simulation gives as codes (why a leader stops leading, why a learner leaves its
 * leader, why a leader drops a learner, which rule chose a sync mode, why a message was lost)
 * rendered as clauses of the reader's language. The codes and their parameters are defined once
 * in src/sim (zab/quitReasons.ts, zab/syncMode.ts, engine/network.ts); each table below is a
 * Record over a code type, so the compiler refuses a code without a sentence.
 */
import type { DropReason } from '../../sim/vocabulary';
import type { CloseLearnerReason, LeaderQuit, LearnerQuit } from '../../sim/vocabulary';
import type { SyncRule } from '../../sim/vocabulary';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/t';

/** "10 s", "1.5 s", "200 ms". */
export function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

/** "S1, S2, S5". */
export const sidNames = (sids: readonly number[]): string => sids.map((s) => `S${s}`).join(', ');

export function leaderQuitReason(q: LeaderQuit | null, t: Translate): string {
  if (q === null) return t('why.leaving');
  switch (q.code) {
    case 'epochTooLarge':
      return t('why.epochTooLarge', { epoch: q.needed });
    case 'epochTimeout':
      return t('why.epochTimeout');
    case 'epochAckTimeout':
      return t('why.epochAckTimeout');
    case 'newLeaderTimeout':
      return t('why.newLeaderTimeout', { sids: sidNames(q.synced) });
    case 'zxidExhausted':
      return t('why.zxidExhausted');
    case 'notSynced':
      return t('why.notSynced', { sids: sidNames(q.synced) });
  }
}

export function learnerQuitReason(q: LearnerQuit | null, t: Translate): string {
  if (q === null) return t('why.learnerLeaving');
  switch (q.code) {
    case 'connectTries':
      return t('why.connectTries', { leader: q.leader, tries: q.tries });
    case 'connectTimeout':
      return t('why.connectTimeout', { leader: q.leader, time: seconds(q.limitMs) });
    case 'readTimeout':
      return t('why.readTimeout', { limit: q.limit, time: seconds(q.limitMs) });
    case 'connectionClosed':
      return t('why.connClosed');
    case 'staleLeaderEpoch':
      return t('why.staleLeaderEpoch', { epoch: q.epoch, accepted: q.accepted });
    case 'unmatchedCommit':
      return q.head === null
        ? t('why.unmatchedCommitEmpty', { zxid: q.zxid })
        : t('why.unmatchedCommit', { zxid: q.zxid, head: q.head });
  }
}

export function closeLearnerReason(learner: number, r: CloseLearnerReason, t: Translate): string {
  switch (r.code) {
    case 'followerAhead':
      return t('why.followerAhead', { sid: learner, epoch: r.epoch, zxid: r.zxid });
    case 'txnTimeout':
      return t('why.txnTimeout', { sid: learner });
    case 'learnerTimeout':
      return t('why.learnerTimeout', { sid: learner, time: seconds(r.limitMs) });
  }
}

const SYNC_RULE: Record<SyncRule, MessageKey> = {
  'in-sync': 'rule.inSync',
  'ahead-of-empty': 'rule.aheadOfEmpty',
  'ahead-of-committed': 'rule.aheadOfCommitted',
  'found-in-committed': 'rule.foundInCommitted',
  'epoch-boundary': 'rule.epochBoundary',
  'uncommitted-tail': 'rule.uncommittedTail',
  'trunc-crosses-epoch': 'rule.truncCrossesEpoch',
  'found-in-txnlog': 'rule.foundOnDisk',
  'txnlog-epoch-boundary': 'rule.epochBoundaryOnDisk',
  'txnlog-uncommitted-tail': 'rule.uncommittedTailOnDisk',
  'txnlog-trunc-crosses-epoch': 'rule.truncCrossesEpochOnDisk',
  'txnlog-not-found': 'rule.tooOld',
  'txnlog-size-limit': 'rule.sizeLimit',
  'txnlog-empty': 'rule.noCommittedLog',
  'txnlog-gap': 'rule.logGap',
  'txnlog-disabled': 'rule.onDiskOff',
  unhandled: 'rule.unhandled',
};

export function syncRuleReason(rule: SyncRule, t: Translate): string {
  return t(SYNC_RULE[rule]);
}

const DROP_REASON: Record<DropReason, MessageKey> = {
  partitioned: 'why.drop.partitioned',
  'sender crashed': 'why.drop.senderCrashed',
  'receiver down': 'why.drop.receiverDown',
  'receiver restarted': 'why.drop.receiverRestarted',
  'connection closed': 'why.drop.connectionClosed',
  'dropped by hand': 'why.drop.byHand',
};

/** A drop's reason (the trace's `reason`, a DropReason); an unknown one is shown as written. */
export function dropReason(reason: string, t: Translate): string {
  return Object.prototype.hasOwnProperty.call(DROP_REASON, reason)
    ? t(DROP_REASON[reason as DropReason])
    : reason;
}
