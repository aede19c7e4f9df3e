/**
 * "Your turn" (issue 16): whether the learner's task is done, read from the live simulation's
 * frame, never from which buttons were pressed. A check answers with a status code and
 * parameters; the lesson renders the sentence (learn.task.* in the i18n sections).
 */
import type { Frame, ServerView } from '../../protocol/frame';
import type { TaskKind } from '../../learn/lesson';
import { compareZxid, formatZxid, ZXID_ZERO, type Zxid } from '../../sim/vocabulary';
import {
  checkExpireSession,
  checkMemberLeaves,
  checkTwoBelievers,
  type ClientAct,
  type ClientTaskCode,
} from './clientTaskChecks';

export type TaskCode =
  // done
  | 'leaderDown'
  | 'noSideHasQuorum'
  | 'syncLimitNoticed'
  | 'loggedNotCommitted'
  // not yet, with what happened instead
  | 'todo'
  | 'leaderFrozenNotCrashed'
  | 'followerCrashed'
  | 'sideHasQuorum'
  | 'leaderCrashedNotFrozen'
  | 'frozenWaiting'
  | 'mayStillCommit'
  | ClientTaskCode;

export interface TaskStatus {
  done: boolean;
  code: TaskCode;
  params: Record<string, string | number>;
}

const todo: TaskStatus = { done: false, code: 'todo', params: {} };

function voters(frame: Frame): ServerView[] {
  return frame.servers.filter((s) => !s.observer);
}

export function quorumOf(frame: Frame): number {
  return Math.floor(voters(frame).length / 2) + 1;
}

/** The running voters on each side of the partition, or one side with all of them when healed. */
function sides(frame: Frame): number[][] {
  const sids = voters(frame)
    .filter((s) => s.state !== 'DOWN')
    .map((s) => s.sid);
  if (!frame.partition) return [sids];
  return frame.partition.map((g) => g.filter((sid) => sids.includes(sid)));
}

/** What a check knows besides the frame: the story's leader, the servers the learner crashed. */
export interface TaskContext {
  leader: number | null;
  crashedByLearner: readonly number[];
  /** The learner's client commands (freeze, crash, partition of a client), in order. */
  clientActs?: readonly ClientAct[];
}

function killLeader(frame: Frame, { leader, crashedByLearner }: TaskContext): TaskStatus {
  const s = frame.servers.find((x) => x.sid === leader);
  if (!s) return todo;
  if (s.state === 'DOWN') return { done: true, code: 'leaderDown', params: { sid: s.sid } };
  if (s.frozen) return { done: false, code: 'leaderFrozenNotCrashed', params: { sid: s.sid } };
  const crashed = frame.servers.find((x) => x.state === 'DOWN' && crashedByLearner.includes(x.sid));
  if (crashed)
    return { done: false, code: 'followerCrashed', params: { sid: crashed.sid, leader: s.sid } };
  return todo;
}

function noQuorumPartition(frame: Frame): TaskStatus {
  if (!frame.partition) return todo;
  const quorum = quorumOf(frame);
  const big = sides(frame).find((g) => g.length >= quorum);
  if (big) return { done: false, code: 'sideHasQuorum', params: { sids: big.join(', '), quorum } };
  return { done: true, code: 'noSideHasQuorum', params: { quorum } };
}

function freezeLeader(frame: Frame, { leader }: TaskContext): TaskStatus {
  const s = frame.servers.find((x) => x.sid === leader);
  if (!s) return todo;
  if (s.state === 'DOWN')
    return { done: false, code: 'leaderCrashedNotFrozen', params: { sid: s.sid } };
  if (!s.frozen) return todo;
  const noticed = voters(frame).find((x) => x.sid !== s.sid && x.state === 'LOOKING');
  if (noticed) return { done: true, code: 'syncLimitNoticed', params: { sid: noticed.sid } };
  return { done: false, code: 'frozenWaiting', params: { sid: s.sid } };
}

function maxZxid(list: Zxid[]): Zxid {
  return list.reduce((a, b) => (compareZxid(a, b) >= 0 ? a : b), ZXID_ZERO);
}

/**
 * Does `s` hold the transaction `z`? Its last zxid is at or past `z` in the same epoch (a log is a
 * prefix in zxid order). A later epoch's log may have truncated `z` (TRUNC), so it does not count.
 */
function holds(s: ServerView, z: Zxid): boolean {
  return s.lastZxid.epoch === z.epoch && compareZxid(s.lastZxid, z) >= 0;
}

/**
 * A transaction some server logged past anything any server delivered, held only where no
 * quorum can reach it (a crashed server, or a side of the partition without a quorum). If a
 * running server on a side with a quorum holds it too, a leader there can still commit it: a
 * crashed old leader's last write that the new leader logged as well is not stranded.
 */
function uncommittedWrite(frame: Frame): TaskStatus {
  const committed = maxZxid(frame.servers.map((s) => s.lastDelivered));
  const holders = frame.servers.filter((s) => compareZxid(s.lastZxid, committed) > 0);
  if (holders.length === 0) return todo;
  const quorum = quorumOf(frame);
  const reachable = sides(frame)
    .filter((g) => g.length >= quorum)
    .flat()
    .map((sid) => frame.servers.find((s) => s.sid === sid) as ServerView);
  const committable = (h: ServerView) => reachable.find((s) => holds(s, h.lastZxid));
  const stranded = holders.find((h) => !committable(h));
  if (stranded)
    return {
      done: true,
      code: 'loggedNotCommitted',
      params: { sid: stranded.sid, zxid: formatZxid(stranded.lastZxid) },
    };
  const h = holders[0] as ServerView;
  return { done: false, code: 'mayStillCommit', params: { sid: committable(h)?.sid ?? h.sid } };
}

/** The leader a task is about: the server LEADING in the story's frame. */
export function leaderOf(frame: Frame): number | null {
  return frame.servers.find((s) => s.state === 'LEADING')?.sid ?? null;
}

export function checkTask(kind: TaskKind, frame: Frame, context: TaskContext): TaskStatus {
  switch (kind) {
    case 'killLeader':
      return killLeader(frame, context);
    case 'noQuorumPartition':
      return noQuorumPartition(frame);
    case 'freezeLeader':
      return freezeLeader(frame, context);
    case 'uncommittedWrite':
      return uncommittedWrite(frame);
    case 'expireSession':
      return checkExpireSession(frame, context.clientActs ?? []);
    case 'lockTwoBelievers':
      return checkTwoBelievers(frame, context.clientActs ?? []);
    case 'memberLeaves':
      return checkMemberLeaves(frame, context.clientActs ?? []);
  }
}
