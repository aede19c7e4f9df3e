/**
 * The ZAB layer's and the database's trace lines in the reader's language, rendered from their
 * code and typed parameters (sim/zab/logCodes.ts): one entry per code in a table the compiler
 * checks for completeness, and no reading of the simulation's English line.
 */
import type { ZabLogData, ZabLogKind, ZabLogOf } from '../../sim/vocabulary';
import type { Translate } from '../i18n/t';
import {
  closeLearnerReason,
  learnerQuitReason,
  leaderQuitReason,
  seconds,
  sidNames,
  syncRuleReason,
} from './reasons';
import { originClause, snapshotCause } from './voteOrigin';

type Render<K extends ZabLogKind> = (sid: number, d: ZabLogOf<K>, t: Translate) => string;

const RENDER: { [K in ZabLogKind]: Render<K> } = {
  // ---- Fast Leader Election (fle.ts) ----
  newElection: (sid, d, t) => {
    const origin = d.origin === null ? null : originClause(d.origin, t);
    return origin === null
      ? t('ex.newElection', { sid, round: d.round, zxid: d.zxid })
      : t('ex.newElectionOrigin', { sid, round: d.round, zxid: d.zxid, origin });
  },
  notificationTimeout: (sid, d, t) => t('ex.notTimeout', { sid, ms: d.notTimeoutMs }),
  vote: (sid, d, t) =>
    t('ex.vote', { sid, leader: d.newLeader, why: t(`ex.because.${d.because}`) }),
  catchUp: (sid, d, t) => t('ex.catchUp', { sid, round: d.round, leader: d.newLeader }),
  decide: (sid, d, t) =>
    t('ex.decide', {
      sid,
      leader: d.leader,
      quorum: sidNames(d.supporters),
      wait: seconds(d.finalizeWaitMs),
    }),
  join: (sid, d, t) => t('ex.join', { sid, leader: d.leader, quorum: sidNames(d.supporters) }),
  elected: (sid, d, t) => t('ex.elected', { sid, state: d.state, ms: d.tookMs }),
  // ---- The leader (leader*.ts) ----
  discovery: (sid, d, t) => t('ex.leadingDiscovery', { sid, limit: seconds(d.limitMs) }),
  epoch: (sid, d, t) => t('ex.epoch', { sid, epoch: d.epoch }),
  established: (sid, d, t) => t('ex.established', { sid, epoch: d.epoch }),
  syncMode: (sid, d, t) =>
    t('ex.syncMode', {
      sid,
      learner: d.learner,
      mode: d.mode,
      rule: syncRuleReason(d.ruleCode, t),
    }),
  activated: (sid, d, t) => t('ex.activated', { sid, epoch: d.epoch }),
  propose: (sid, d, t) => t('ex.propose', { sid, zxid: d.zxid, path: d.path }),
  commit: (sid, d, t) => t('ex.commit', { sid, zxid: d.zxid, quorum: sidNames(d.ackers) }),
  closeLearner: (sid, d, t) =>
    t('ex.closeLearner', {
      sid,
      learner: d.learner,
      reason: closeLearnerReason(d.learner, d.reason, t),
    }),
  leaderShutdown: (sid, d, t) =>
    t('ex.stopLeading', { sid, reason: leaderQuitReason(d.reason, t) }),
  unexpectedPacket: (sid, d, t) =>
    t('ex.unexpectedPacket', { sid, packet: d.packet, from: d.from }),
  // ---- The learner (learner*.ts) ----
  connecting: (sid, d, t) =>
    t('ex.connecting', { sid, leader: d.leader, limit: seconds(d.limitMs) }),
  diff: (sid, d, t) => t('ex.diff', { sid, leader: d.from, zxid: d.zxid }),
  trunc: (sid, d, t) => t('ex.trunc', { sid, zxid: d.zxid }),
  snap: (sid, d, t) => t('ex.snap', { sid, zxid: d.zxid }),
  commitMismatch: (sid, d, t) =>
    d.head === null
      ? t('ex.commitMismatchNone', { sid, zxid: d.zxid })
      : t('ex.commitMismatch', { sid, zxid: d.zxid, head: d.head }),
  learnerShutdown: (sid, d, t) =>
    t('ex.leaveLeader', { sid, leader: d.leader, reason: learnerQuitReason(d.reason, t) }),
  // ---- The database (engine/databasePort.ts) ----
  snapshot: (sid, d, t) =>
    t('ex.snapshot', { sid, zxid: d.zxid, cause: snapshotCause(d.cause, t) }),
  loadDataBase: (sid, d, t) =>
    t('ex.loadDataBase', { sid, zxid: d.zxid, snapshot: d.snapshotZxid, count: d.replayed }),
  fastForward: (sid, d, t) => t('ex.fastForward', { sid, zxid: d.zxid, count: d.replayed }),
  reload: (sid, d, t) => t('ex.reload', { sid, zxid: d.zxid }),
  dirtySnapshot: (sid, d, t) =>
    t('ex.dirtySnapshot', { sid, zxid: d.truncZxid, snapshot: d.snapshotZxid }),
  commitLogCount: (sid, d, t) =>
    t('ex.commitLogCount', { sid, count: d.configured, floor: d.floor }),
};

/** One sentence for one ZAB-layer line of server `sid`. */
export function explainZabLog(sid: number, d: ZabLogData, t: Translate): string {
  // TypeScript cannot correlate RENDER[d.kind] with d's own variant; the table's type does.
  return (RENDER[d.kind] as Render<ZabLogKind>)(sid, d, t);
}
