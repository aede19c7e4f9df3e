// Proves, for arbitrary (sid, zxid, peerEpoch) candidates, that totalOrderPredicate is a strict
// total order on distinct voter candidates (irreflexive, asymmetric, transitive, total) equal to
// lexicographic order on (peerEpoch, zxid, sid) and names the first field that differs; that a
// non-voter is never better; that voteEquals is an equivalence; and that isQuorum on duplicate-free
// sets means "at least quorumSize voters". fast-check prints the seed of any failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isQuorum,
  quorumSize,
  totalOrderPredicate,
  voteEquals,
  type ServerState,
  type Vote,
} from './vote';
import { makeZxid, type Zxid } from './zxid';

interface Cand {
  sid: number;
  zxid: Zxid;
  epoch: number;
}

// Small ranges so that ties on epoch and zxid are common and every branch is exercised.
const small = fc.integer({ min: 0, max: 3 });
const candArb: fc.Arbitrary<Cand> = fc.record({
  sid: fc.integer({ min: 1, max: 5 }),
  zxid: fc.tuple(small, small).map(([e, c]) => makeZxid(e, c)),
  epoch: small,
});

const allVoters = (): boolean => true;
const p = (a: Cand, b: Cand, isVoter: (sid: number) => boolean = allVoters) =>
  totalOrderPredicate(a.sid, a.zxid, a.epoch, b.sid, b.zxid, b.epoch, isVoter);
const key = (c: Cand): string => `${c.sid}/${c.zxid.epoch}/${c.zxid.counter}/${c.epoch}`;

/** The reference: lexicographic on (epoch, zxid.epoch, zxid.counter, sid). */
function cmp(a: Cand, b: Cand): number {
  return (
    a.epoch - b.epoch ||
    a.zxid.epoch - b.zxid.epoch ||
    a.zxid.counter - b.zxid.counter ||
    a.sid - b.sid
  );
}

describe('totalOrderPredicate properties', () => {
  it('is irreflexive', () => {
    fc.assert(
      fc.property(candArb, (a) => {
        expect(p(a, { ...a })).toBeNull();
      }),
    );
  });

  it('is asymmetric and total on distinct candidates', () => {
    fc.assert(
      fc.property(candArb, candArb, (a, b) => {
        fc.pre(key(a) !== key(b));
        const ab = p(a, b) !== null;
        const ba = p(b, a) !== null;
        expect(ab !== ba).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(candArb, candArb, candArb, (a, b, c) => {
        if (p(a, b) !== null && p(b, c) !== null) expect(p(a, c)).not.toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('equals lexicographic order on (peerEpoch, zxid, sid) and names the deciding field', () => {
    fc.assert(
      fc.property(candArb, candArb, (a, b) => {
        const reason = p(a, b);
        expect(reason !== null).toBe(cmp(a, b) > 0);
        if (reason === null) return;
        const expected =
          a.epoch !== b.epoch
            ? 'peerEpoch'
            : a.zxid.epoch !== b.zxid.epoch || a.zxid.counter !== b.zxid.counter
              ? 'zxid'
              : 'sid';
        expect(reason).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('sorting by the predicate gives one maximum every voter agrees on', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(candArb, { selector: key, minLength: 1, maxLength: 8 }),
        (cands) => {
          // FLE-style fold: start anywhere, switch whenever the candidate is better.
          let best = cands[0] as Cand;
          for (const c of cands) if (p(c, best) !== null) best = c;
          const reversed = cands.slice().reverse();
          let best2 = reversed[0] as Cand;
          for (const c of reversed) if (p(c, best2) !== null) best2 = c;
          expect(key(best)).toBe(key(best2));
          for (const c of cands) expect(p(c, best)).toBeNull();
        },
      ),
    );
  });

  it('a non-voter is never better than anything', () => {
    fc.assert(
      fc.property(candArb, candArb, fc.subarray([1, 2, 3, 4, 5]), (a, b, voters) => {
        const isVoter = (sid: number): boolean => voters.includes(sid);
        const r = p(a, b, isVoter);
        if (!voters.includes(a.sid)) expect(r).toBeNull();
        else expect(r).toBe(p(a, b));
      }),
    );
  });
});

const stateArb = fc.constantFrom<ServerState>('LOOKING', 'FOLLOWING', 'LEADING', 'OBSERVING');
const voteArb: fc.Arbitrary<Vote> = fc.record({
  leader: fc.integer({ min: 1, max: 3 }),
  zxid: fc
    .tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 1 }))
    .map(([e, c]) => makeZxid(e, c)),
  electionEpoch: fc.integer({ min: 0, max: 1 }),
  peerEpoch: fc.integer({ min: 0, max: 1 }),
  state: stateArb,
});

describe('voteEquals properties', () => {
  it('is reflexive and symmetric', () => {
    fc.assert(
      fc.property(voteArb, voteArb, (a, b) => {
        expect(voteEquals(a, { ...a })).toBe(true);
        expect(voteEquals(a, b)).toBe(voteEquals(b, a));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches the Vote.equals definition', () => {
    fc.assert(
      fc.property(voteArb, voteArb, (a, b) => {
        const same = (x: Vote, y: Vote): boolean =>
          x.leader === y.leader &&
          x.peerEpoch === y.peerEpoch &&
          ((x.state !== 'LOOKING' && y.state !== 'LOOKING') ||
            (x.zxid.epoch === y.zxid.epoch &&
              x.zxid.counter === y.zxid.counter &&
              x.electionEpoch === y.electionEpoch));
        expect(voteEquals(a, b)).toBe(same(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('is transitive among LOOKING votes and among non-LOOKING votes', () => {
    fc.assert(
      fc.property(voteArb, voteArb, voteArb, (a, b, c) => {
        const looking = [a, b, c].map((v) => v.state === 'LOOKING');
        fc.pre(looking.every((x) => x) || looking.every((x) => !x));
        if (voteEquals(a, b) && voteEquals(b, c)) expect(voteEquals(a, c)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isQuorum properties', () => {
  it('on a duplicate-free set, is "at least quorumSize voters in it"; non-voters never help', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 0, maxLength: 9 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 12 }),
        (voters, acks) => {
          const counted = acks.filter((s) => voters.includes(s)).length;
          expect(isQuorum(acks, voters)).toBe(
            voters.length > 0 && counted >= quorumSize(voters.length),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('any two quorums of the same voters intersect', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.infiniteStream(fc.boolean()),
        fc.infiniteStream(fc.boolean()),
        (n, s1, s2) => {
          const voters = Array.from({ length: n }, (_, i) => i + 1);
          const it1 = s1[Symbol.iterator]();
          const it2 = s2[Symbol.iterator]();
          const q1 = voters.filter(() => it1.next().value);
          const q2 = voters.filter(() => it2.next().value);
          if (isQuorum(q1, voters) && isQuorum(q2, voters)) {
            expect(q1.some((s) => q2.includes(s))).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
