// For each of the fifteen safety invariants of ZAB.md section 7.2, a hand-made ghost history that
// satisfies it yields no violation, and one that breaks it yields violations of exactly that name.
import { describe, expect, it } from 'vitest';
import { ghost as g, invariantNames, runHistory, tx } from './ghostTestKit';
import type { GhostEvent } from './ghost';
import { INVARIANT_NAMES } from './checker';

const a = tx(1, 1, 'a');
const b = tx(1, 2, 'b');
const c = tx(2, 1, 'c');

function expectClean(
  events: GhostEvent[],
  config?: { voters: number[]; observers: number[] },
): void {
  expect(runHistory(events, config).violations).toEqual([]);
}

function expectOnly(
  name: string,
  events: GhostEvent[],
  config?: { voters: number[]; observers: number[] },
): void {
  const { violations } = runHistory(events, config);
  expect(violations.length).toBeGreaterThan(0);
  expect(invariantNames(violations)).toEqual([name]);
  for (const v of violations) expect(v.detail.length).toBeGreaterThan(20);
}

describe('1 Leadership', () => {
  it('allows one established leader per epoch and a stale leader of an older epoch', () => {
    expectClean([
      g.established(1, 1, []),
      g.state(1, 'LEADING', 'broadcast', 1),
      g.state(2, 'LEADING', 'discovery', 1), // a prospective leader that will fail: allowed
      g.established(2, 2, []),
      g.state(2, 'LEADING', 'broadcast', 2),
    ]);
  });
  it('flags two established leaders of one epoch', () => {
    expectOnly('Leadership', [g.established(1, 3, []), g.established(2, 3, [])]);
  });
  it('flags two servers leading the same epoch past discovery at the same time', () => {
    expectOnly('Leadership', [
      g.state(1, 'LEADING', 'synchronization', 3),
      g.state(2, 'LEADING', 'broadcast', 3),
    ]);
  });
});

describe('2 PrefixConsistency', () => {
  it('allows delivered sequences of different lengths that agree', () => {
    expectClean([
      g.propose(1, 1, a),
      g.propose(1, 1, b),
      g.deliver(1, a),
      g.deliver(1, b),
      g.deliver(2, a),
      g.deliver(2, a),
    ]);
  });
  it('flags a server whose delivered sequence changes at a position it already delivered', () => {
    expectOnly('PrefixConsistency', [
      g.propose(1, 1, a),
      g.deliver(1, a),
      g.deliver(1, tx(1, 1, 'other')),
    ]);
  });
  it('flags two servers delivering different contents under the same zxid (and the bad one is not Integrity-clean)', () => {
    const { violations } = runHistory([
      g.propose(1, 1, a),
      g.deliver(1, a),
      g.deliver(2, tx(1, 1, 'other')),
    ]);
    expect(invariantNames(violations)).toEqual(['Integrity', 'PrefixConsistency']);
  });
});

describe('3 Integrity', () => {
  it('allows delivering what was proposed', () => {
    expectClean([g.propose(1, 1, a), g.deliver(2, a)]);
  });
  it('flags a delivery nobody proposed', () => {
    expectOnly('Integrity', [g.deliver(2, a)]);
  });
  it('flags a delivery whose value differs from the proposal', () => {
    expectOnly('Integrity', [g.propose(1, 1, a), g.deliver(2, tx(1, 1, 'forged'))]);
  });
});

describe('4 Agreement', () => {
  const setup = [
    g.propose(1, 1, a),
    g.deliver(1, a),
    g.deliver(3, a),
    g.established(3, 2, [a]),
    g.propose(3, 2, c),
  ];
  it('allows a server that delivers the same transactions', () => {
    expectClean([...setup, g.deliver(2, a), g.deliver(2, c)]);
  });
  it('flags two servers that each delivered a transaction the other never did', () => {
    expectOnly('Agreement', [...setup, g.deliver(2, c)]);
  });
});

describe('5 TotalOrder', () => {
  const setup = [g.propose(1, 1, a), g.propose(2, 2, c), g.deliver(1, a), g.deliver(1, c)];
  it('allows every server to deliver in the same order', () => {
    expectClean([...setup, g.deliver(2, a), g.deliver(2, c)]);
  });
  it('flags a server that delivers c without a, which another server delivered before c', () => {
    expectOnly('TotalOrder', [...setup, g.deliver(2, c)]);
  });
});

describe('6 LocalPrimaryOrder', () => {
  const setup = [g.propose(1, 1, a), g.propose(1, 1, b)];
  it("allows delivery in the leader's proposal order", () => {
    expectClean([...setup, g.deliver(2, a), g.deliver(2, b)]);
  });
  it('flags a delivery of b before a, which the same leader proposed first', () => {
    expectOnly('LocalPrimaryOrder', [...setup, g.deliver(2, b)]);
  });
  it('flags a delivery of a after b', () => {
    expectOnly('LocalPrimaryOrder', [...setup, g.deliver(2, b), g.deliver(2, a)]);
  });
});

describe('7 GlobalPrimaryOrder', () => {
  const setup = [g.propose(1, 1, a), g.propose(2, 2, c)];
  it('allows an older epoch before a newer one', () => {
    expectClean([...setup, g.deliver(3, a), g.deliver(3, c)]);
  });
  it('flags a transaction of epoch 1 delivered after one of epoch 2', () => {
    expectOnly('GlobalPrimaryOrder', [...setup, g.deliver(3, c), g.deliver(3, a)]);
  });
});

describe('8 PrimaryIntegrity', () => {
  const setup = [
    g.established(1, 1, []),
    g.propose(1, 1, a),
    g.deliver(2, a),
    g.established(3, 2, [a]),
  ];
  it("allows a leader that delivered its follower's older transactions", () => {
    expectClean([
      ...setup,
      g.deliver(3, a),
      g.state(3, 'LEADING', 'broadcast', 2),
      g.state(2, 'FOLLOWING', 'broadcast', 2),
    ]);
  });
  it('flags an active leader missing a transaction its follower delivered', () => {
    expectOnly('PrimaryIntegrity', [
      ...setup,
      g.state(3, 'LEADING', 'broadcast', 2),
      g.state(2, 'FOLLOWING', 'broadcast', 2),
    ]);
  });
  it('flags a follower in broadcast delivering an older transaction its leader lacks', () => {
    expectOnly('PrimaryIntegrity', [
      g.propose(1, 1, a),
      g.established(3, 2, [a]),
      g.state(3, 'LEADING', 'broadcast', 2),
      g.state(2, 'FOLLOWING', 'broadcast', 2),
      g.deliver(2, a),
    ]);
  });
});

describe('9 EpochMonotonicity', () => {
  it('allows epochs that only grow, across a crash', () => {
    expectClean([
      g.epochs(1, 1, 0),
      g.epochs(1, 1, 1),
      g.crash(1),
      g.restart(1),
      g.epochs(1, 1, 1),
      g.epochs(1, 2, 1),
      g.epochs(1, 2, 2),
    ]);
  });
  it('flags epochs that go down after a restart', () => {
    expectOnly('EpochMonotonicity', [
      g.epochs(1, 2, 2),
      g.crash(1),
      g.restart(1),
      g.epochs(1, 1, 1),
    ]);
  });
  it('flags currentEpoch above acceptedEpoch', () => {
    expectOnly('EpochMonotonicity', [g.epochs(1, 1, 2)]);
  });
});

describe('10 UniqueZxid', () => {
  it("allows increasing counters of the leader's own epoch", () => {
    expectClean([g.propose(1, 1, a), g.propose(1, 1, b), g.propose(2, 2, c)]);
  });
  it('flags two values under one zxid', () => {
    expectOnly('UniqueZxid', [g.propose(1, 1, a), g.propose(2, 1, tx(1, 1, 'other'))]);
  });
  it('flags a zxid from another epoch, counter 0, and a counter that does not increase', () => {
    expectOnly('UniqueZxid', [g.propose(1, 2, a)]);
    expectOnly('UniqueZxid', [g.propose(1, 1, tx(1, 0))]);
    expectOnly('UniqueZxid', [g.propose(1, 1, b), g.propose(1, 1, a)]);
  });
});

describe('11 CommitQuorum', () => {
  const cfg = { voters: [1, 2, 3], observers: [4] };
  it('allows a commit acked by a majority of voters', () => {
    expectClean([g.commit(1, a.zxid, [1, 2])], cfg);
    expectClean([g.commit(1, a.zxid, [1, 2, 3])], cfg);
  });
  it('flags a commit acked by a minority, with duplicates or an observer not counting', () => {
    expectOnly('CommitQuorum', [g.commit(1, a.zxid, [1])], cfg);
    expectOnly('CommitQuorum', [g.commit(1, a.zxid, [1, 1])], cfg);
    expectOnly('CommitQuorum', [g.commit(1, a.zxid, [1, 4])], cfg);
  });
  it('flags a commit while the previous proposal is outstanding', () => {
    expectOnly('CommitQuorum', [g.commit(1, b.zxid, [1, 2], true)], cfg);
  });
});

describe('12 CommitMatchesPendingHead', () => {
  it('allows a COMMIT of the pending head', () => {
    expectClean([g.followerCommit(2, a.zxid, a.zxid)]);
  });
  it('flags a COMMIT that is not the pending head, or with nothing pending', () => {
    expectOnly('CommitMatchesPendingHead', [g.followerCommit(2, b.zxid, a.zxid)]);
    expectOnly('CommitMatchesPendingHead', [g.followerCommit(2, a.zxid, null)]);
  });
});

describe('13 NoLostCommits', () => {
  const setup = [g.propose(1, 1, a), g.deliver(1, a)];
  it('allows a new leader whose history holds every delivered transaction', () => {
    expectClean([...setup, g.established(2, 2, [a])]);
    expectClean([g.propose(1, 1, a), g.established(2, 2, [a]), g.deliver(1, a)]);
  });
  it('flags a leader established without a delivered transaction', () => {
    expectOnly('NoLostCommits', [...setup, g.established(2, 2, [])]);
  });
  it('flags a transaction first delivered after a later leader was established without it', () => {
    expectOnly('NoLostCommits', [g.propose(1, 1, a), g.established(2, 2, []), g.deliver(1, a)]);
  });
});

describe('14 EpochLogPrefix', () => {
  const setup = [g.propose(1, 1, a), g.propose(1, 1, b), g.propose(2, 2, c)];
  it("allows logs that follow the leaders' sequences, with TRUNC and SNAP", () => {
    expectClean([
      ...setup,
      g.log(2, a),
      g.log(2, b),
      g.truncate(2, a.zxid),
      g.log(2, b),
      g.log(2, c),
      g.snap(3, [a, b, c]),
      g.truncate(3, { epoch: 0, counter: 0 }),
      g.log(3, a),
    ]);
  });
  it('flags a log that skips a proposal of its epoch', () => {
    expectOnly('EpochLogPrefix', [...setup, g.log(2, b)]);
  });
  it('flags a log whose zxids go down, or with a value the leader never proposed', () => {
    expectOnly('EpochLogPrefix', [...setup, g.log(2, a), g.log(2, b), g.log(2, a)]);
    expectOnly('EpochLogPrefix', [...setup, g.log(2, tx(1, 1, 'other'))]);
  });
  it('flags a SNAP history that is not a prefix per epoch', () => {
    expectOnly('EpochLogPrefix', [...setup, g.snap(3, [a, c, b])]);
  });
});

describe('15 VoteSanity', () => {
  const cfg = { voters: [1, 2, 3], observers: [4] };
  it("allows a quorum in recvset, or out of election with the leader's LEADING vote", () => {
    expectClean(
      [
        g.decide(1, 3, 1, 'recvset', [1, 3]),
        g.decide(2, 3, 4, 'outofelection', [1, 3], true),
        g.decide(3, 3, 1, 'outofelection', [1, 3], false),
        g.decide(4, 3, 1, 'outofelection', [1, 2, 3], true),
      ],
      cfg,
    );
  });
  it('flags a decision without a quorum of voters', () => {
    expectOnly('VoteSanity', [g.decide(1, 3, 1, 'recvset', [3])], cfg);
    expectOnly('VoteSanity', [g.decide(1, 3, 1, 'recvset', [3, 4])], cfg);
  });
  it('flags following a leader out of election without its own LEADING vote', () => {
    expectOnly('VoteSanity', [g.decide(1, 3, 2, 'outofelection', [2, 3], false)], cfg);
  });
});

describe('the invariant list', () => {
  it('names the fifteen invariants of ZAB.md section 7.2 (1 to 15), each tested above', () => {
    expect(INVARIANT_NAMES).toHaveLength(15);
    expect(new Set(INVARIANT_NAMES).size).toBe(15);
  });
});
