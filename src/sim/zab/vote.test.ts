// Proves the pure Fast Leader Election rules against hand-worked examples from ZAB.md sections
// 3.2, 3.4 and 3.9: totalOrderPredicate compares peerEpoch, then zxid, then sid and names the field
// that decided; Vote.equals semantics for LOOKING and non-LOOKING votes; majority quorums over
// voters only (QuorumMaj.containsQuorum); and which recorded votes support a given vote.
import { describe, expect, it } from 'vitest';
import {
  isQuorum,
  quorumSize,
  supportersOf,
  totalOrderPredicate,
  voteEquals,
  type ServerState,
  type Vote,
} from './vote';
import { makeZxid, type Zxid } from './zxid';

const allVoters = (): boolean => true;
const votersOf =
  (sids: readonly number[]) =>
  (sid: number): boolean =>
    sids.includes(sid);

/** totalOrderPredicate with every candidate a voter, written as (sid, zxid, epoch) triples. */
function better(
  n: [number, Zxid, number],
  c: [number, Zxid, number],
  isVoter: (sid: number) => boolean = allVoters,
): ReturnType<typeof totalOrderPredicate> {
  return totalOrderPredicate(n[0], n[1], n[2], c[0], c[1], c[2], isVoter);
}

function vote(over: Partial<Vote> = {}): Vote {
  return {
    leader: 3,
    zxid: makeZxid(1, 5),
    electionEpoch: 2,
    peerEpoch: 1,
    state: 'LOOKING',
    ...over,
  };
}

describe('totalOrderPredicate (FastLeaderElection.totalOrderPredicate)', () => {
  it('a higher peerEpoch wins even with a lower zxid and sid ("epoch before zxid")', () => {
    expect(better([1, makeZxid(1, 1), 2], [3, makeZxid(1, 9), 1])).toBe('peerEpoch');
    expect(better([3, makeZxid(1, 9), 1], [1, makeZxid(1, 1), 2])).toBeNull();
  });

  it('a higher peerEpoch wins even when the zxid is from a later epoch', () => {
    // The currentEpoch is what counts, not the epoch inside the zxid.
    expect(better([1, makeZxid(1, 0), 3], [2, makeZxid(2, 7), 2])).toBe('peerEpoch');
  });

  it('with equal epochs, a higher zxid wins regardless of sid', () => {
    expect(better([1, makeZxid(1, 6), 1], [3, makeZxid(1, 5), 1])).toBe('zxid');
    expect(better([3, makeZxid(1, 5), 1], [1, makeZxid(1, 6), 1])).toBeNull();
    expect(better([1, makeZxid(2, 0), 2], [3, makeZxid(1, 0xffffffff), 2])).toBe('zxid');
  });

  it('with equal epochs and zxids, the higher sid wins', () => {
    expect(better([3, makeZxid(1, 5), 1], [2, makeZxid(1, 5), 1])).toBe('sid');
    expect(better([2, makeZxid(1, 5), 1], [3, makeZxid(1, 5), 1])).toBeNull();
  });

  it('an identical candidate is not better (irreflexive)', () => {
    expect(better([2, makeZxid(1, 5), 1], [2, makeZxid(1, 5), 1])).toBeNull();
  });

  it('the fresh-ensemble case: all zero, the largest sid wins', () => {
    const z = makeZxid(0, 0);
    expect(better([5, z, 0], [4, z, 0])).toBe('sid');
    expect(better([1, z, 0], [5, z, 0])).toBeNull();
  });

  it('a non-voter candidate is never better, whatever its fields', () => {
    const isVoter = votersOf([1, 2, 3]);
    expect(better([4, makeZxid(9, 9), 9], [1, makeZxid(0, 0), 0], isVoter)).toBeNull();
    expect(better([4, makeZxid(1, 5), 1], [1, makeZxid(1, 5), 1], isVoter)).toBeNull();
    expect(better([3, makeZxid(1, 5), 1], [1, makeZxid(1, 5), 1], isVoter)).toBe('sid');
  });

  it('asks isVoter about the new candidate only', () => {
    const asked: number[] = [];
    const isVoter = (sid: number): boolean => {
      asked.push(sid);
      return sid !== 9;
    };
    // A voter may replace a non-voter current vote (the current one is not checked).
    expect(better([1, makeZxid(1, 1), 1], [9, makeZxid(0, 0), 0], isVoter)).toBe('peerEpoch');
    expect(asked).toEqual([1]);
  });
});

describe('voteEquals (Vote.equals)', () => {
  const looking = vote();

  it('two LOOKING votes must match on leader, zxid, electionEpoch and peerEpoch', () => {
    expect(voteEquals(looking, vote())).toBe(true);
    expect(voteEquals(looking, vote({ leader: 2 }))).toBe(false);
    expect(voteEquals(looking, vote({ zxid: makeZxid(1, 6) }))).toBe(false);
    expect(voteEquals(looking, vote({ zxid: makeZxid(2, 5) }))).toBe(false);
    expect(voteEquals(looking, vote({ electionEpoch: 3 }))).toBe(false);
    expect(voteEquals(looking, vote({ peerEpoch: 2 }))).toBe(false);
  });

  it.each<ServerState>(['FOLLOWING', 'LEADING', 'OBSERVING'])(
    'LOOKING against %s still compares every field (either side LOOKING is enough)',
    (other) => {
      expect(voteEquals(looking, vote({ state: other }))).toBe(true);
      expect(voteEquals(vote({ state: other }), looking)).toBe(true);
      expect(voteEquals(looking, vote({ state: other, electionEpoch: 9 }))).toBe(false);
      expect(voteEquals(vote({ state: other, zxid: makeZxid(0, 1) }), looking)).toBe(false);
    },
  );

  it('the state itself is not compared', () => {
    expect(voteEquals(vote({ state: 'FOLLOWING' }), vote({ state: 'LEADING' }))).toBe(true);
  });

  it('two non-LOOKING votes compare only leader and peerEpoch (stale zxid/round ignored)', () => {
    const f = vote({ state: 'FOLLOWING' });
    const l = vote({ state: 'LEADING', zxid: makeZxid(0, 0), electionEpoch: 17 });
    expect(voteEquals(f, l)).toBe(true);
    expect(voteEquals(l, f)).toBe(true);
    expect(voteEquals(f, vote({ state: 'LEADING', leader: 2 }))).toBe(false);
    expect(voteEquals(f, vote({ state: 'OBSERVING', peerEpoch: 2 }))).toBe(false);
  });
});

describe('quorumSize and isQuorum (QuorumMaj)', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [5, 3],
    [6, 4],
    [7, 4],
  ])('%d voters need %d', (n, q) => {
    expect(quorumSize(n)).toBe(q);
  });

  it('3 voters: 2 is a quorum, 1 is not', () => {
    const voters = [1, 2, 3];
    expect(isQuorum([1, 2], voters)).toBe(true);
    expect(isQuorum([3, 1], voters)).toBe(true);
    expect(isQuorum([1, 2, 3], voters)).toBe(true);
    expect(isQuorum([2], voters)).toBe(false);
    expect(isQuorum([], voters)).toBe(false);
  });

  it('4 voters: 3 is a quorum, 2 is not (4 tolerate only 1 failure)', () => {
    const voters = [1, 2, 3, 4];
    expect(isQuorum([1, 2], voters)).toBe(false);
    expect(isQuorum([3, 4], voters)).toBe(false);
    expect(isQuorum([1, 2, 4], voters)).toBe(true);
  });

  it('5 voters: 3 is a quorum, 2 is not', () => {
    const voters = [1, 2, 3, 4, 5];
    expect(isQuorum([1, 5], voters)).toBe(false);
    expect(isQuorum([1, 3, 5], voters)).toBe(true);
  });

  it('observers and unknown sids never count', () => {
    const voters = [1, 2, 3]; // 4 and 5 are observers
    expect(isQuorum([1, 4, 5], voters)).toBe(false);
    expect(isQuorum([4, 5, 6, 7, 8], voters)).toBe(false);
    expect(isQuorum([1, 2, 4, 5], voters)).toBe(true);
  });

  it('accepts any iterable, e.g. a Set', () => {
    expect(isQuorum(new Set([1, 2]), [1, 2, 3])).toBe(true);
    expect(isQuorum(new Set([1]), [1, 2, 3])).toBe(false);
  });

  it('no voters: nothing is a quorum', () => {
    expect(isQuorum([1], [])).toBe(false);
  });

  // QuorumMaj.containsQuorum takes a Set<Long> ackset, so one server is one ack: [1, 1] out of
  // voters [1, 2, 3] is 1 ack, not a quorum.
  it('a sid listed twice counts once (ZooKeeper ack sets are sets)', () => {
    expect(isQuorum([1, 1], [1, 2, 3])).toBe(false);
  });

  it('equals "supporters >= quorumSize" for duplicate-free voter subsets', () => {
    const voters = [1, 2, 3, 4, 5];
    for (let mask = 0; mask < 32; mask++) {
      const subset = voters.filter((_, i) => (mask >> i) & 1);
      expect(isQuorum(subset, voters)).toBe(subset.length >= quorumSize(voters.length));
    }
  });
});

describe('supportersOf (getVoteTracker)', () => {
  it('returns the sids whose recorded votes equal the vote, ascending numerically', () => {
    const v = vote({ leader: 3 });
    const votes: Record<string, Vote> = {
      '10': vote({ leader: 3 }),
      '2': vote({ leader: 3 }),
      '3': vote({ leader: 3 }),
      '1': vote({ leader: 2 }),
      '4': vote({ leader: 3, electionEpoch: 1 }),
    };
    expect(supportersOf(votes, v)).toEqual([2, 3, 10]);
  });

  it('is empty for an empty table', () => {
    expect(supportersOf({}, vote())).toEqual([]);
  });

  it('uses Vote.equals: non-LOOKING votes support a non-LOOKING vote with a stale zxid', () => {
    const target = vote({ state: 'FOLLOWING', leader: 3, peerEpoch: 2 });
    const votes: Record<string, Vote> = {
      '1': vote({
        state: 'FOLLOWING',
        leader: 3,
        peerEpoch: 2,
        zxid: makeZxid(1, 1),
        electionEpoch: 1,
      }),
      '3': vote({
        state: 'LEADING',
        leader: 3,
        peerEpoch: 2,
        zxid: makeZxid(2, 4),
        electionEpoch: 5,
      }),
      '2': vote({
        state: 'LOOKING',
        leader: 3,
        peerEpoch: 2,
        zxid: makeZxid(2, 4),
        electionEpoch: 5,
      }),
      '4': vote({ state: 'FOLLOWING', leader: 3, peerEpoch: 1 }),
    };
    expect(supportersOf(votes, target)).toEqual([1, 3]);
  });

  it('feeds isQuorum: a quorum of identical votes is recognised', () => {
    const v = vote();
    const votes: Record<string, Vote> = { '1': vote(), '3': vote(), '2': vote({ leader: 2 }) };
    expect(isQuorum(supportersOf(votes, v), [1, 2, 3])).toBe(true);
    expect(isQuorum(supportersOf(votes, v), [1, 2, 3, 4, 5])).toBe(false);
  });
});
