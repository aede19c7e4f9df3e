/**
 * Votes and the pure rules of Fast Leader Election that the server machines, the tests and the
 * checker share (ZAB.md sections 3.2, 3.4, 3.9; quorum/Vote.java, FastLeaderElection.java,
 * QuorumMaj.java).
 */
import type { ServerState } from './kinds';
import { compareZxid, type Zxid } from './zxid';

export type { ServerState } from './kinds';

/** A vote as it travels in a Notification (the sender's sid is the channel, not the payload). */
export interface Vote {
  leader: number;
  zxid: Zxid;
  electionEpoch: number;
  peerEpoch: number;
  state: ServerState;
}

/** Which comparison made a vote better, for the learner-facing explanation. */
export type BetterBecause = 'peerEpoch' | 'zxid' | 'sid' | null;

/**
 * FastLeaderElection.totalOrderPredicate: is the new candidate better than the current one?
 * Epoch first, then zxid, then sid. A non-voter candidate is never better. Returns which field
 * decided it, or null when it is not better.
 */
export function totalOrderPredicate(
  newId: number,
  newZxid: Zxid,
  newEpoch: number,
  curId: number,
  curZxid: Zxid,
  curEpoch: number,
  isVoter: (sid: number) => boolean,
): BetterBecause {
  if (!isVoter(newId)) return null;
  if (newEpoch !== curEpoch) return newEpoch > curEpoch ? 'peerEpoch' : null;
  const z = compareZxid(newZxid, curZxid);
  if (z !== 0) return z > 0 ? 'zxid' : null;
  return newId > curId ? 'sid' : null;
}

/**
 * Vote.equals: if either vote is LOOKING every field must match; between two non-LOOKING votes
 * only the leader and peerEpoch count, because their zxid and round may be stale
 * (ZOOKEEPER-1805, ZOOKEEPER-1732).
 */
export function voteEquals(a: Vote, b: Vote): boolean {
  if (a.state === 'LOOKING' || b.state === 'LOOKING') {
    return (
      a.leader === b.leader &&
      compareZxid(a.zxid, b.zxid) === 0 &&
      a.electionEpoch === b.electionEpoch &&
      a.peerEpoch === b.peerEpoch
    );
  }
  return a.leader === b.leader && a.peerEpoch === b.peerEpoch;
}

/** QuorumMaj.containsQuorum: more than half of the voting members; observers never count. */
export function isQuorum(sids: Iterable<number>, voters: readonly number[]): boolean {
  // An ack set is a set: one server is one ack, however often it is listed.
  const counted: number[] = [];
  for (const sid of sids) if (voters.includes(sid) && !counted.includes(sid)) counted.push(sid);
  return counted.length > Math.floor(voters.length / 2);
}

/** The number of voters a quorum needs. */
export function quorumSize(voterCount: number): number {
  return Math.floor(voterCount / 2) + 1;
}

/** The sids (ascending) whose recorded votes equal `vote` (FastLeaderElection.getVoteTracker). */
export function supportersOf(votes: Record<string, Vote>, vote: Vote): number[] {
  const out: number[] = [];
  for (const key of Object.keys(votes)) {
    const v = votes[key] as Vote;
    if (voteEquals(v, vote)) out.push(Number(key));
  }
  return out.sort((a, b) => a - b);
}
