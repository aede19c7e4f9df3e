/**
 * The reasons the simulation gives in English (why a learner left its leader, why a message was
 * lost, which rule chose a sync mode) mapped to sentences of the reader's language. The phrasings
 * are fixed in src/sim (learner.ts, leader.ts, network.ts, syncMode.ts); an unknown one is shown
 * as the simulation wrote it.
 */
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/t';

/** "10 s", "1.5 s", "200 ms". */
export function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

const SIDS = (text: string) =>
  (/\[([\d, ]*)\]/.exec(text)?.[1] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => `S${s}`)
    .join(', ');

type Rule = [RegExp, (m: RegExpExecArray, t: Translate, text: string) => string];

const RULES: Rule[] = [
  [
    /^Read timed out: no packet from the leader for (syncLimit|initLimit) x tickTime = (\d+) ms/,
    (m, t) => t('why.readTimeout', { limit: m[1] as string, time: seconds(Number(m[2])) }),
  ],
  [
    /^Failed to connect to leader S(\d+) within initLimit x tickTime = (\d+) ms/,
    (m, t) => t('why.connectTimeout', { leader: Number(m[1]), time: seconds(Number(m[2])) }),
  ],
  [
    /^Failed to connect to leader S(\d+) after (\d+) tries/,
    (m, t) => t('why.connectTries', { leader: Number(m[1]), tries: Number(m[2]) }),
  ],
  [/^Connection to the leader closed/, (_m, t) => t('why.connClosed')],
  [
    /^Follower is ahead of the leader: S(\d+) has currentEpoch (\d+), zxid (0x[0-9a-f]+)/,
    (m, t) =>
      t('why.followerAhead', { sid: Number(m[1]), epoch: Number(m[2]), zxid: m[3] as string }),
  ],
  [/^zxid counter exhausted/, (_m, t) => t('why.zxidExhausted')],
  [/^Timeout while waiting for epoch from quorum/, (_m, t) => t('why.epochTimeout')],
  [/^Timeout while waiting for epoch to be acked by quorum/, (_m, t) => t('why.epochAckTimeout')],
  [
    /^Waiting for a quorum of followers, only synced with sids/,
    (_m, t, text) => t('why.newLeaderTimeout', { sids: SIDS(text) }),
  ],
  [
    /^Not sufficient followers synced, only synced with sids/,
    (_m, t, text) => t('why.notSynced', { sids: SIDS(text) }),
  ],
  [
    /^Leaders epoch, (\d+), is less than accepted epoch, (\d+)/,
    (m, t) => t('why.staleLeaderEpoch', { epoch: Number(m[1]), accepted: Number(m[2]) }),
  ],
  [
    /^Closing connection to peer S(\d+) due to transaction timeout/,
    (m, t) => t('why.txnTimeout', { sid: Number(m[1]) }),
  ],
  [
    /^Learner S(\d+) read timed out after (\d+) ms/,
    (m, t) => t('why.learnerTimeout', { sid: Number(m[1]), time: seconds(Number(m[2])) }),
  ],
];

const FIXED: Record<string, MessageKey> = {
  partitioned: 'why.drop.partitioned',
  'sender crashed': 'why.drop.senderCrashed',
  'receiver down': 'why.drop.receiverDown',
  'receiver restarted': 'why.drop.receiverRestarted',
  'connection closed': 'why.drop.connectionClosed',
  'in sync: empty DIFF': 'rule.inSync',
  'learner ahead of an empty log: TRUNC': 'rule.aheadOfEmpty',
  'no committed log to diff from: SNAP': 'rule.noCommittedLog',
  'learner ahead of the committed log: TRUNC': 'rule.aheadOfCommitted',
  'learner zxid found in the committed log: DIFF': 'rule.foundInCommitted',
  'learner at an epoch boundary: DIFF': 'rule.epochBoundary',
  'learner has an uncommitted tail in the same epoch: TRUNC': 'rule.uncommittedTail',
  'a TRUNC would cross an epoch boundary: SNAP': 'rule.truncCrossesEpoch',
  'learner zxid found in the on-disk log: DIFF': 'rule.foundOnDisk',
  'learner older than the logs can prove: SNAP': 'rule.tooOld',
};

export function explainReason(text: string, t: Translate): string {
  const fixed = FIXED[text];
  if (fixed) return t(fixed);
  for (const [re, say] of RULES) {
    const m = re.exec(text);
    if (m) return say(m, t, text);
  }
  return text;
}
