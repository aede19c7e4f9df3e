/**
 * Presets about failures: crashes, hangs, partitions, lost quorums and timeouts (ZAB.md section 8,
 * scenarios 5-13). Each is a plain Scenario object; presets.test.ts validates all of them. Writes
 * start at 1 s, after the first election has settled (a cold start takes a few hundred ms).
 */
import type { Preset } from './preset';

type Actions = NonNullable<Preset['scenario']['actions']>;

const failedWriteCommitted: Preset = {
  id: 'failed-write-committed',
  title: 'A write that "failed" is committed',
  reference: 'ZAB.md §8 scenario 5',
  description:
    'Three servers; 3 leads epoch 1 and two writes are committed everywhere. At 2.5 s the network ' +
    'delay is fixed at 10 ms, so that the timing below is exact, and the link from 3 to 1 gets ' +
    '1 s of extra delay. At 3 s a client on server 3 writes W. Server 2 receives the PROPOSAL at ' +
    '3.01 s, logs it and sends its ACK, but server 3 crashes at 3.015 s, before that ACK arrives, ' +
    'and its PROPOSAL to server 1, still in flight, is lost with it. The client sees ' +
    'ConnectionLoss. Yet W survives: server 2 wins the election over 1 because its last zxid is ' +
    'higher, and as leader of epoch 2 it sends W to server 1 in a DIFF, so W is delivered on both. ' +
    "ZooKeeper's documentation warns that ConnectionLoss means the outcome is unknown, not that " +
    'the write failed.',
  scenario: {
    version: 1,
    seed: 5,
    untilMs: 10000,
    ensemble: { servers: 3 },
    actions: [
      { atMs: 1000, do: 'write', via: 1, path: '/a', data: 'one' },
      { atMs: 1500, do: 'write', via: 2, path: '/a', data: 'two' },
      { atMs: 2500, do: 'delay', delayMsMin: 10, delayMsMax: 10 },
      { atMs: 2500, do: 'delay-link', from: 3, to: 1, extraMs: 1000 },
      { atMs: 3000, do: 'write', via: 3, path: '/w', data: 'W' },
      { atMs: 3015, do: 'crash', sid: 3 },
    ],
  },
};

function tenWrites(): Actions {
  const vias = [1, 3, 4, 5];
  return Array.from({ length: 10 }, (_, i) => ({
    atMs: 2500 + 250 * i,
    do: 'write' as const,
    via: vias[i % vias.length]!,
    path: '/a',
    data: `w${i + 2}`,
  }));
}

const followerCrashRestart: Preset = {
  id: 'follower-crash-restart',
  title: 'A follower crashes and comes back',
  reference: 'ZAB.md §8 scenario 6',
  description:
    'After a cold start (leader 5, epoch 1) one write is applied everywhere; then follower 2 ' +
    'crashes and ten more writes go through other servers. They keep committing, because 4 of 5 ' +
    'servers are up and a quorum is 3. When 2 restarts at 6 s it is LOOKING in round 1, but the ' +
    'others are not looking: their replies carry FOLLOWING and LEADING votes for 5, and 2 follows ' +
    '5 through these out-of-election votes without disturbing anyone. Its last zxid is inside ' +
    "the leader's window of committed proposals, so it gets a DIFF with exactly the ten " +
    'transactions it missed. No other server changes state.',
  scenario: {
    version: 1,
    seed: 6,
    untilMs: 10000,
    ensemble: { servers: 5 },
    actions: [
      { atMs: 1000, do: 'write', via: 1, path: '/a', data: 'w1' },
      { atMs: 2000, do: 'crash', sid: 2 },
      ...tenWrites(),
      { atMs: 6000, do: 'restart', sid: 2 },
    ],
  },
};

const leaderCrash: Preset = {
  id: 'leader-crash',
  title: 'The leader crashes',
  reference: 'ZAB.md §8 scenario 7',
  description:
    'A cold start elects 5 in epoch 1 and two writes commit. At 3 s the leader crashes. A crash ' +
    'resets its connections, so followers 1-4 notice at once and go LOOKING. The new leader is ' +
    'the best (currentEpoch, lastProcessedZxid, sid) among 1-4; with equal data that is 4, in ' +
    'epoch 2, so the next write gets zxid 0x200000001. Stale votes still name 5, but checkLeader ' +
    'keeps a LOOKING server from following a leader that does not itself say LEADING. When 5 ' +
    'restarts at 8 s it follows 4 and synchronizes by DIFF, TRUNC or SNAP according to its last ' +
    'zxid.',
  scenario: {
    version: 1,
    seed: 7,
    untilMs: 12000,
    ensemble: { servers: 5 },
    actions: [
      { atMs: 1000, do: 'write', via: 1, path: '/a', data: 'one' },
      { atMs: 2000, do: 'write', via: 2, path: '/a', data: 'two' },
      { atMs: 3000, do: 'crash', sid: 'leader' },
      { atMs: 5000, do: 'write', via: 1, path: '/a', data: 'epoch 2' },
      { atMs: 8000, do: 'restart', sid: 5 },
      { atMs: 10000, do: 'write', via: 5, path: '/a', data: 'through the old leader' },
    ],
  },
};

const silentLeaderFailure: Preset = {
  id: 'silent-leader-failure',
  title: 'Silent leader failure: the leader hangs',
  reference: 'ZAB.md §8 scenario 8',
  description:
    'A freeze is a silent hang, like a long garbage-collection pause or a stuck disk: the leader ' +
    'stops processing but its connections stay open, so nobody sees an end-of-stream. Followers ' +
    'notice only through silence: a follower goes LOOKING when it has heard nothing from the ' +
    'leader for syncLimit x tickTime = 10 s, about 9-10 s after the freeze since the last PING ' +
    'came up to half a tick earlier. Then an election follows as after a crash, and 4 leads ' +
    'epoch 2. When the old leader is unfrozen at 20 s it finds no quorum of followers behind it, ' +
    'gives up leadership and rejoins as a follower of 4.',
  scenario: {
    version: 1,
    seed: 8,
    untilMs: 30000,
    ensemble: { servers: 5 },
    actions: [
      { atMs: 1000, do: 'write', via: 1, path: '/a', data: 'one' },
      { atMs: 3000, do: 'freeze', sid: 'leader' },
      { atMs: 16000, do: 'write', via: 1, path: '/a', data: 'epoch 2' },
      { atMs: 20000, do: 'unfreeze', sid: 5 },
    ],
  },
};

const leaderIsolated: Preset = {
  id: 'leader-isolated',
  title: 'The leader is isolated',
  reference: 'ZAB.md §8 scenario 9',
  description:
    'Three servers; 3 leads. At 3 s every link of server 3 is cut silently. Followers 1 and 2 ' +
    'hear nothing and go LOOKING about 9-10 s later; with equal logs they elect 2 in epoch 2. ' +
    'Server 3 does not know yet: it keeps LEADING until its once-per-tick quorum check fails ' +
    '("Not sufficient followers synced"), at most (syncLimit + 1) x tickTime = 12 s after the ' +
    'cut. In that window it may serve stale reads, but the write submitted to it at 4 s can never ' +
    'commit, because no ACK can reach it. After the heal at 20 s it follows 2, and its orphaned ' +
    'proposal is discarded when it synchronizes.',
  scenario: {
    version: 1,
    seed: 9,
    untilMs: 25000,
    ensemble: { servers: 3 },
    actions: [
      { atMs: 1000, do: 'write', via: 1, path: '/a', data: 'one' },
      { atMs: 3000, do: 'partition', groups: [[1, 2], [3]] },
      { atMs: 4000, do: 'write', via: 3, path: '/a', data: 'orphan' },
      { atMs: 16000, do: 'write', via: 1, path: '/a', data: 'epoch 2' },
      { atMs: 20000, do: 'heal' },
    ],
  },
};

const minorityPartition: Preset = {
  id: 'minority-partition',
  title: 'A minority partition cannot commit',
  reference: 'ZAB.md §8 scenario 10',
  description:
    'Five servers; 5 leads. At 3 s the network splits into {4, 5} and {1, 2, 3}, and at 3.5 s a ' +
    'client on 4 writes. The proposal is logged on 5 and 4 only: two ACKs are not a quorum of ' +
    'five, so it is never committed. Leader 5 steps down within 10-12 s; the majority elects 3 in ' +
    'epoch 2 and keeps serving. {4, 5} stay LOOKING without a quorum, their notification timeout ' +
    'doubling from 200 ms up to 60 s, and serve no clients. After the heal at 30 s they join 3 at ' +
    'their next notification timeout, up to 60 s later. 4 and 5 get a TRUNC to 0x100000001: their ' +
    "last zxid, the orphaned 0x100000002, lies beyond the new leader's last committed txn " +
    '(LearnerHandler.syncFollower), so the orphan is dropped and delivered nowhere.',
  scenario: {
    version: 1,
    seed: 10,
    untilMs: 95000,
    ensemble: { servers: 5 },
    actions: [
      { atMs: 1000, do: 'write', via: 1, path: '/a', data: 'one' },
      {
        atMs: 3000,
        do: 'partition',
        groups: [
          [4, 5],
          [1, 2, 3],
        ],
      },
      { atMs: 3500, do: 'write', via: 4, path: '/a', data: 'orphan' },
      { atMs: 30000, do: 'heal' },
    ],
  },
};

const noQuorum: Preset = {
  id: 'no-quorum',
  title: 'No quorum, no service',
  reference: 'ZAB.md §8 scenario 11',
  description:
    'Three servers; two of them crash at 3 s. The survivor goes LOOKING and stays there: a leader ' +
    'needs the votes of 2 of 3, and nobody answers. Its notification timeout doubles from 200 ms ' +
    'to the 60 s cap (maxNotificationInterval), and while LOOKING it serves no clients, so the ' +
    'write at 5 s is never committed. An even ensemble would not help: with 4 servers a quorum ' +
    'is 3, so losing 2 has the same effect. ZooKeeper tolerates floor((n - 1) / 2) failures.',
  scenario: {
    version: 1,
    seed: 11,
    untilMs: 70000,
    ensemble: { servers: 3 },
    actions: [
      { atMs: 1000, do: 'write', via: 1, path: '/a', data: 'one' },
      { atMs: 3000, do: 'crash', sid: 'leader' },
      { atMs: 3000, do: 'crash', sid: 2 },
      { atMs: 5000, do: 'write', via: 1, path: '/a', data: 'never' },
    ],
  },
};

const observersDoNotVote: Preset = {
  id: 'observers-do-not-vote',
  title: 'Observers do not vote',
  reference: 'ZAB.md §8 scenario 12',
  description:
    "Three voters and two observers (sids 4 and 5). Observers forward their clients' writes to " +
    'the leader and learn committed transactions from INFORM messages; they never receive ' +
    'PROPOSAL or COMMIT, never ACK, and their votes do not count in elections. At 4 s two voters ' +
    'crash. Three servers are still up, but quorums count voters only, and one voter out of ' +
    'three is not a quorum: the service stops. The remaining voter stays LOOKING, the observers ' +
    'lose their leader and cannot make a new one, and the write at 6 s through observer 4 never ' +
    'commits.',
  scenario: {
    version: 1,
    seed: 12,
    untilMs: 20000,
    ensemble: { servers: 3, observers: 2 },
    actions: [
      { atMs: 1000, do: 'write', via: 4, path: '/a', data: 'through observer 4' },
      { atMs: 1500, do: 'write', via: 5, path: '/a', data: 'through observer 5' },
      { atMs: 2000, do: 'write', via: 1, path: '/a', data: 'through voter 1' },
      { atMs: 4000, do: 'crash', sid: 'leader' },
      { atMs: 4000, do: 'crash', sid: 2 },
      { atMs: 6000, do: 'write', via: 4, path: '/a', data: 'never' },
    ],
  },
};

const discoveryTimeout: Preset = {
  id: 'discovery-timeout',
  title: 'Discovery timeout: elected, but never established',
  reference: 'ZAB.md §8 scenario 13',
  description:
    'Three servers. At 100 ms, after the election notifications have settled but before the ' +
    '200 ms finalizeWait lets anyone decide, server 3 is cut off from 1 and 2. Everyone still ' +
    'decides as the votes said: 3 LEADING, 1 and 2 FOLLOWING. But discovery never happens. Server ' +
    '3 waits for a quorum of FOLLOWERINFO and, after initLimit x tickTime = 20 s, logs "Timeout ' +
    'while waiting for epoch from quorum" and goes LOOKING. Servers 1 and 2 try to connect to 3; ' +
    'in a silent partition the attempt hangs until their 20 s connect budget runs out, then they ' +
    'go LOOKING and elect 2. The write at 25 s through server 1 commits under the new leader.',
  scenario: {
    version: 1,
    seed: 13,
    untilMs: 30000,
    ensemble: { servers: 3 },
    actions: [
      { atMs: 100, do: 'partition', groups: [[1, 2], [3]] },
      { atMs: 25000, do: 'write', via: 1, path: '/a', data: 'after the timeout' },
    ],
  },
};

export const FAILURE_PRESETS: readonly Preset[] = [
  failedWriteCommitted,
  followerCrashRestart,
  leaderCrash,
  silentLeaderFailure,
  leaderIsolated,
  minorityPartition,
  noQuorum,
  observersDoNotVote,
  discoveryTimeout,
];
