/**
 * Presets about who wins Fast Leader Election and why (ZAB.md section 8, scenarios 1-4 and 19).
 * Each is a plain Scenario object, exactly what a learner could write in a file; presets.test.ts
 * validates all of them.
 */
import type { Preset } from './preset';

const coldStart: Preset = {
  id: 'cold-start',
  title: 'Cold start: five servers, empty logs',
  reference: 'ZAB.md §8 scenario 1',
  description:
    'All five servers start at 0 with empty logs, so every vote ties on peerEpoch and zxid and ' +
    "the highest sid wins: FastLeaderElection's totalOrderPredicate compares (peerEpoch, zxid, " +
    'sid) in that order. Watch every server switch its vote to 5 within a few milliseconds, then ' +
    'wait finalizeWait (200 ms) without hearing a better vote before it decides: nobody decides ' +
    'earlier. Server 5 then leads discovery and synchronization and proposes epoch 1, so ' +
    'acceptedEpoch = currentEpoch = 1 everywhere, and the first write, at 1 s, gets zxid ' +
    '0x100000001. Followers that sync before the leader activates receive an empty DIFF.',
  scenario: {
    version: 1,
    seed: 1,
    untilMs: 5000,
    ensemble: { servers: 5 },
    actions: [
      { atMs: 1000, do: 'write', via: 1, path: '/a', data: 'first' },
      { atMs: 2000, do: 'write', via: 3, path: '/a', data: 'second' },
    ],
  },
};

const staggeredStart: Preset = {
  id: 'staggered-start',
  title: 'Staggered start: late servers join without an election',
  reference: 'ZAB.md §8 scenario 2',
  description:
    'Servers 1, 2 and 3 start at 0, server 4 at 5 s and server 5 at 10 s. Three of five is a ' +
    'quorum, so 1-3 elect 3, the highest sid among them, in epoch 1. When 4 and then 5 start, ' +
    'they are LOOKING while everyone else is FOLLOWING or LEADING. The replies they get carry ' +
    'those states, and FastLeaderElection lets a LOOKING server follow a leader as soon as a ' +
    'quorum of these out-of-election votes names it and the leader itself says LEADING ' +
    '(checkLeader). So there is no re-election and the epoch stays 1, although 5 has the highest ' +
    'sid. Both late servers start from zxid 0 against a leader that is past (1, 0), so they ' +
    'synchronize with a SNAP.',
  scenario: {
    version: 1,
    seed: 2,
    untilMs: 15000,
    ensemble: {
      servers: 5,
      start: [
        { sid: 4, atMs: 5000 },
        { sid: 5, atMs: 10000 },
      ],
    },
    actions: [
      { atMs: 2000, do: 'write', via: 1, path: '/a', data: 'before 4 and 5' },
      { atMs: 12000, do: 'write', via: 5, path: '/a', data: 'through a late server' },
    ],
  },
};

const higherZxidWins: Preset = {
  id: 'higher-zxid-wins',
  title: 'A higher zxid beats a higher sid',
  reference: 'ZAB.md §8 scenario 3',
  description:
    "State injection: all three servers have acceptedEpoch = currentEpoch = 1. Server 1's log " +
    'ends at 0x100000005; servers 2 and 3 end at 0x100000003, a prefix of it. Votes compare ' +
    'peerEpoch first, then the zxid of the data tree (lastProcessedZxid, here the end of each ' +
    'log, replayed at start), and only then the sid, so server 1 wins despite ' +
    'the lowest sid: the server with the most complete history must lead, or transactions that ' +
    'may have been committed could be lost. It proposes epoch 2. Watch servers 2 and 3 receive a ' +
    'DIFF followed by PROPOSAL and COMMIT for 0x100000004 and 0x100000005, all before NEWLEADER; ' +
    'both transactions end up delivered everywhere, and the next write is 0x200000001.',
  scenario: {
    version: 1,
    seed: 3,
    untilMs: 5000,
    ensemble: {
      servers: 3,
      initial: [
        { sid: 1, acceptedEpoch: 1, currentEpoch: 1, lastZxid: '0x100000005' },
        { sid: 2, acceptedEpoch: 1, currentEpoch: 1, lastZxid: '0x100000003' },
        { sid: 3, acceptedEpoch: 1, currentEpoch: 1, lastZxid: '0x100000003' },
      ],
    },
    actions: [{ atMs: 2000, do: 'write', via: 3, path: '/a', data: 'epoch 2' }],
  },
};

/**
 * Recorded on a real ZooKeeper 3.8.0 ensemble (fixtures/real-zookeeper, `snap-synced-wins`):
 * the vote zxid is the data tree's lastProcessedZxid, which a SNAP sets (ZAB.md 1.4).
 */
const snapSyncedWins: Preset = {
  id: 'snap-synced-wins',
  title: 'A SNAP-synced server wins with no write at all',
  reference:
    'ZAB.md §8 scenario 3 and §1.4; real ZooKeeper: docs/REAL-ZOOKEEPER.md, snap-synced-wins',
  description:
    'Servers 3 and 2 start at 0 and elect 3 in epoch 1. Server 2 synchronizes before the ' +
    "leader activates, with an empty DIFF, so its data tree's lastProcessedZxid stays 0x0. " +
    "Server 1 starts at 3 s, after the activation set the leader's tree to (1, 0): the leader " +
    'has no committed txn to DIFF from and sends a SNAP, so server 1 holds a snapshot at ' +
    '0x100000000. Nobody ever writes. At 6 s the leader crashes. Server 1 votes with ' +
    '0x100000000, the snapshot it got from server 3; server 2 votes with 0x0. The zxid is ' +
    'compared before the sid, so server 1, the lower sid, leads epoch 2 and sends server 2 a ' +
    'SNAP. Real ZooKeeper 3.8.0 does exactly this; a simulator that voted with the last logged ' +
    'txn would elect server 2. Select server 1 to see its snapshot and where its vote zxid ' +
    'comes from.',
  scenario: {
    version: 1,
    seed: 4,
    untilMs: 12000,
    ensemble: { servers: 3, start: [{ sid: 1, atMs: 3000 }] },
    actions: [{ atMs: 6000, do: 'crash', sid: 3 }],
  },
};

const higherEpochWins: Preset = {
  id: 'higher-epoch-wins',
  title: 'A higher peerEpoch beats a higher zxid',
  reference: 'ZAB.md §8 scenario 4',
  description:
    'Servers 1 and 2 have currentEpoch 2 and logs ending at 0x100000003. Server 3 is a stale old ' +
    'leader: currentEpoch 1, with an uncommitted tail up to 0x100000007. The peerEpoch is compared ' +
    'before the zxid, so server 3 loses despite the highest zxid and the highest sid; between 1 ' +
    "and 2 the tie goes to the higher sid, and 2 proposes epoch 3. Server 3's tail was never " +
    'acknowledged by a quorum of a newer epoch, so the leader sends it TRUNC 0x100000003 and ' +
    'transactions 0x100000004 to 0x100000007 disappear from its log; server 1 gets an empty DIFF.',
  scenario: {
    version: 1,
    seed: 4,
    untilMs: 5000,
    ensemble: {
      servers: 3,
      initial: [
        { sid: 1, acceptedEpoch: 2, currentEpoch: 2, lastZxid: '0x100000003' },
        { sid: 2, acceptedEpoch: 2, currentEpoch: 2, lastZxid: '0x100000003' },
        { sid: 3, acceptedEpoch: 1, currentEpoch: 1, lastZxid: '0x100000007' },
      ],
    },
    actions: [{ atMs: 2000, do: 'write', via: 1, path: '/a', data: 'epoch 3' }],
  },
};

/**
 * Leaders alternate between 4 and 3: with equal logs the highest sid among the servers that are
 * up wins, and the crashed leader is restarted 2 s later so that it rejoins as a follower.
 */
function leaderChurn(): NonNullable<Preset['scenario']['actions']> {
  const actions: NonNullable<Preset['scenario']['actions']> = [];
  const crashed = [4, 3, 4, 3, 4];
  crashed.forEach((sid, i) => {
    actions.push({ atMs: 3000 + 4000 * i, do: 'crash', sid: 'leader' });
    actions.push({ atMs: 5000 + 4000 * i, do: 'restart', sid });
  });
  return actions;
}

const roundCatchUp: Preset = {
  id: 'round-catch-up',
  title: 'Round catch-up: a newcomer joins an election in progress',
  reference: 'ZAB.md §8 scenario 19',
  description:
    'Servers 1-4 start at 0; server 5 stays off. Five leader crashes, each followed by a restart ' +
    '2 s later (3-21 s), start a new election round every time, so the servers reach round 6 ' +
    '(electionEpoch, the logicalclock). At 23 s a partition {1, 2, 5} | {3, 4} takes the quorum ' +
    'away: the leader steps down, and all four go LOOKING in round 7 with no side able to gather ' +
    '3 of 5 votes. At 45 s server 5 starts for the first time, in round 1, on the side of 1 and 2. ' +
    'Its first notification gets immediate replies, because a LOOKING server answers at once a ' +
    'notification from an older round. Server 5 jumps to round 7, clears the votes it had ' +
    'received, re-evaluates against its initial vote, and 1, 2 and 5 converge on a leader.',
  scenario: {
    version: 1,
    seed: 19,
    untilMs: 60000,
    ensemble: { servers: 5, start: [{ sid: 5, atMs: 45000 }] },
    actions: [
      ...leaderChurn(),
      {
        atMs: 23000,
        do: 'partition',
        groups: [
          [1, 2, 5],
          [3, 4],
        ],
      },
    ],
  },
};

export const ELECTION_PRESETS: readonly Preset[] = [
  coldStart,
  staggeredStart,
  higherZxidWins,
  snapSyncedWins,
  higherEpochWins,
  roundCatchUp,
];
