// Proves that the rules of discovery, synchronization and broadcast (epochs, the leader's
// LearnerHandler, the learner's sync, shutdowns, proposals and commits) read ZooKeeper's own
// wording, per version, into the right code and parameters; every line is a LOG statement of the
// release named beside it (3.8 lines are copied from fixtures/real-zookeeper/logs). Lines that look
// alike but mean something else give no event.
import { describe, expect, it } from 'vitest';
import type { Extracted } from './kinds';
import { matchRecord, newMatchContext } from './messages';
import { splitRecords } from './records';

const D = '2026-12-03 18:26:14,955 - INFO  ';

/** The events of a few log lines (continuations included), read with one shared context. */
function extract(...lines: string[]): (Extracted | null)[] {
  const ctx = newMatchContext();
  return splitRecords(lines.join('\n')).records.map((r) => matchRecord(r, ctx));
}

function one(line: string): Extracted | null {
  return extract(line)[0] ?? null;
}

const CASES: [string, string[], Extracted][] = [
  [
    'currentEpoch default',
    [
      `${D}[main:QuorumPeer@1158] - currentEpoch not found! Creating with a reasonable default of 0. This should only happen when you are upgrading your installation`,
    ],
    { code: 'epoch.current', params: { epoch: 0 } },
  ],
  [
    '3.4 updatingEpoch',
    [
      `${D}[main:QuorumPeer@639] - updatingEpoch found. The server was terminated after taking a snapshot but before updating current epoch. Setting current epoch to 2.`,
    ],
    { code: 'epoch.current', params: { epoch: 2 } },
  ],
  [
    '3.8 Set the current epoch',
    [`${D}[QuorumPeer[myid=1]:Learner@780] - Set the current epoch to 2`],
    { code: 'epoch.current', params: { epoch: 2 } },
  ],
  [
    'acceptedEpoch default',
    [
      `${D}[main:QuorumPeer@1186] - acceptedEpoch not found! Creating with a reasonable default of 0. This should only happen when you are upgrading your installation`,
    ],
    { code: 'epoch.accepted', params: { epoch: 0 } },
  ],
  [
    'NEWLEADER proposal (no 0x in 3.4)',
    [`${D}[QuorumPeer[myid=3]:Leader@411] - NEWLEADER proposal has Zxid of 200000001`],
    { code: 'leader.newleader', params: { zxid: '0x200000001', epoch: 2 } },
  ],
  [
    '3.4 quorum of supporters',
    [
      `${D}[QuorumPeer[myid=3]:Leader@932] - Have quorum of supporters, sids: [ 1,3 ]; starting up and setting last processed zxid: 0x100000000`,
    ],
    { code: 'leader.quorum', params: { sids: [1, 3], zxid: '0x100000000', epoch: 1 } },
  ],
  [
    '3.8 quorum of supporters',
    [
      `${D}[QuorumPeer[myid=1]:Leader@1519] - Have quorum of supporters, sids: [[1, 2]]; starting up and setting last processed zxid: 0x300000000`,
    ],
    { code: 'leader.quorum', params: { sids: [1, 2], zxid: '0x300000000', epoch: 3 } },
  ],
  [
    '3.8 Follower sid',
    [
      `${D}[LearnerHandler-/127.0.0.1:32946:LearnerHandler@510] - Follower sid: 1 : info : 127.0.0.1:43827:32887:participant`,
    ],
    { code: 'leader.learner', params: { sid: 1, type: 'participant' } },
  ],
  [
    '3.5 observer',
    [
      `${D}[LearnerHandler-/10.0.0.4:40705:LearnerHandler@406] - Follower sid: 4 : info : 10.0.0.4:2888:3888:observer;0.0.0.0:2181`,
    ],
    { code: 'leader.learner', params: { sid: 4, type: 'observer' } },
  ],
  [
    '3.4 Follower sid',
    [
      `${D}[LearnerHandler-/10.0.0.1:10871:LearnerHandler@395] - Follower sid: 1 : info : org.apache.zookeeper.server.quorum.QuorumPeer$QuorumServer@1b1d2887`,
    ],
    { code: 'leader.learner', params: { sid: 1, type: null } },
  ],
  [
    '3.4 Synchronizing',
    [
      `${D}[LearnerHandler-/10.0.0.1:10871:LearnerHandler@446] - Synchronizing with Follower sid: 1 maxCommittedLog=0x0 minCommittedLog=0x0 peerLastZxid=0x0`,
    ],
    {
      code: 'leader.sync',
      params: {
        sid: 1,
        maxCommittedLog: '0x0',
        minCommittedLog: '0x0',
        lastProcessedZxid: null,
        peerLastZxid: '0x0',
      },
    },
  ],
  [
    '3.8 Synchronizing',
    [
      `${D}[LearnerHandler-/127.0.0.1:35628:LearnerHandler@805] - Synchronizing with Learner sid: 2 maxCommittedLog=0x100000009 minCommittedLog=0x100000001 lastProcessedZxid=0x200000000 peerLastZxid=0x100000009`,
    ],
    {
      code: 'leader.sync',
      params: {
        sid: 2,
        maxCommittedLog: '0x100000009',
        minCommittedLog: '0x100000001',
        lastProcessedZxid: '0x200000000',
        peerLastZxid: '0x100000009',
      },
    },
  ],
  [
    '3.4 NEWLEADER-ACK',
    [
      `${D}[LearnerHandler-/10.0.0.1:10871:LearnerHandler@539] - Received NEWLEADER-ACK message from 1`,
    ],
    { code: 'leader.newleader.ack', params: { sid: 1 } },
  ],
  [
    '3.8 Sending DIFF (two spaces)',
    [
      `${D}[LearnerHandler-/127.0.0.1:1:LearnerHandler@977] - Sending DIFF zxid=0x100000008  for peer sid: 3`,
    ],
    { code: 'sync.mode', params: { side: 'leader', mode: 'DIFF', zxid: '0x100000008', peer: 3 } },
  ],
  [
    '3.5 Sending TRUNC',
    [
      `${D}[LearnerHandler-/127.0.0.1:1:LearnerHandler@1] - Sending TRUNC zxid=0x100000004 for peer sid: 3`,
    ],
    { code: 'sync.mode', params: { side: 'leader', mode: 'TRUNC', zxid: '0x100000004', peer: 3 } },
  ],
  [
    'learner DIFF',
    [`${D}[QuorumPeer[myid=1]:Learner@565] - Getting a diff from the leader 0x100000009`],
    {
      code: 'sync.mode',
      params: { side: 'learner', mode: 'DIFF', zxid: '0x100000009', peer: null },
    },
  ],
  [
    'learner SNAP',
    [`${D}[QuorumPeer[myid=2]:Learner@576] - Getting a snapshot from leader 0x100000000`],
    {
      code: 'sync.mode',
      params: { side: 'learner', mode: 'SNAP', zxid: '0x100000000', peer: null },
    },
  ],
  [
    'learner TRUNC',
    [
      `2026-12-03 18:30:18,684 - WARN  [QuorumPeer[myid=3]:Learner@599] - Truncating log to get in sync with the leader 0x100000004`,
    ],
    {
      code: 'sync.mode',
      params: { side: 'learner', mode: 'TRUNC', zxid: '0x100000004', peer: null },
    },
  ],
  [
    'NEWLEADER received',
    [`${D}[QuorumPeer[myid=1]:Learner@1] - Learner received NEWLEADER message`],
    { code: 'learner.newleader', params: {} },
  ],
  [
    'UPTODATE received',
    [`${D}[QuorumPeer[myid=1]:Learner@1] - Learner received UPTODATE message`],
    { code: 'learner.uptodate', params: {} },
  ],
  [
    '3.6+ Disconnected from leader',
    [
      `${D}[QuorumPeer[myid=4]:Follower@142] - Disconnected from leader (with address: /127.0.0.1:44947). Was connected for 3895ms. Sync state: true`,
    ],
    { code: 'learner.disconnected', params: { connectedMs: 3895, synced: true } },
  ],
  [
    '3.8 leader shutdown',
    [
      `${D}[QuorumPeer[myid=1]:Leader@819] - Shutdown called. For the reason Not sufficient followers synced, only synced with sids: [ [1] ]`,
    ],
    {
      code: 'leader.shutdown',
      params: {
        reason: 'Not sufficient followers synced, only synced with sids: [ [1] ]',
        synced: [1],
      },
    },
  ],
  [
    '3.4 leader shutdown, reason on the next line',
    [
      `${D}[QuorumPeer[myid=3]:Leader@600] - Shutdown called`,
      'java.lang.Exception: shutdown Leader! reason: Not sufficient followers synced, only synced with sids: [ 3 ]',
      '\tat org.apache.zookeeper.server.quorum.Leader.shutdown(Leader.java:600)',
    ],
    {
      code: 'leader.shutdown',
      params: {
        reason: 'Not sufficient followers synced, only synced with sids: [ 3 ]',
        synced: [3],
      },
    },
  ],
  [
    'DEBUG Proposing',
    [
      `2026-12-03 18:26:14,955 - DEBUG [ProcessThread(sid:3 cport:-1)::Leader@1320] - Proposing:: sessionid:0x1000032bca80000 type:create cxid:0x1 zxid:0x100000002 txntype:1 reqpath:n/a`,
    ],
    {
      code: 'proposal',
      params: { zxid: '0x100000002', type: 'create', session: '0x1000032bca80000' },
    },
  ],
  [
    'DEBUG Committing request',
    [
      `2026-12-03 18:26:14,955 - DEBUG [CommitProcessor:3:CommitProcessor@164] - Committing request:: sessionid:0x1000032bca80000 type:setData cxid:0x2 zxid:0x100000003 txntype:5 reqpath:n/a`,
    ],
    {
      code: 'commit',
      params: { zxid: '0x100000003', type: 'setData', session: '0x1000032bca80000' },
    },
  ],
];

describe('discovery, sync and broadcast rules', () => {
  it.each(CASES)('%s', (_name, lines, expected) => {
    const events = extract(...lines).filter((e) => e !== null);
    expect(events[events.length - 1]).toEqual(expected);
  });

  it("names the learner of 3.4's bare 'Sending DIFF' from the same LearnerHandler thread", () => {
    const events = extract(
      `${D}[LearnerHandler-/10.0.0.1:10871:LearnerHandler@446] - Synchronizing with Follower sid: 1 maxCommittedLog=0x0 minCommittedLog=0x0 peerLastZxid=0x0`,
      `${D}[LearnerHandler-/10.0.0.2:20872:LearnerHandler@446] - Synchronizing with Follower sid: 2 maxCommittedLog=0x0 minCommittedLog=0x0 peerLastZxid=0x0`,
      `${D}[LearnerHandler-/10.0.0.1:10871:LearnerHandler@514] - Sending SNAP`,
      `${D}[LearnerHandler-/10.0.0.2:20872:LearnerHandler@514] - Sending DIFF`,
    );
    expect(events.slice(2)).toEqual([
      { code: 'sync.mode', params: { side: 'leader', mode: 'SNAP', zxid: null, peer: 1 } },
      { code: 'sync.mode', params: { side: 'leader', mode: 'DIFF', zxid: null, peer: 2 } },
    ]);
  });

  it.each([
    [
      'a follower shutting down is not a leader shutdown',
      `${D}[QuorumPeer[myid=1]:Follower@166] - shutdown called`,
    ],
    [
      'a read request committed is not a transaction',
      `${D}[CommitProcessor:3:CommitProcessor@164] - Committing request:: sessionid:0x1 type:getData cxid:0x2 zxid:0xfffffffffffffffe txntype:unknown reqpath:/a`,
    ],
    ['an unknown state', `${D}[QuorumPeer[myid=1]:QuorumPeer@917] - Peer state changed: dancing`],
    [
      'an unrelated Unexpected exception',
      `2026-12-03 18:26:15,000 - WARN  [QuorumPeer[myid=3]:QuorumPeer@1] - Unexpected exception`,
    ],
    ['a purge setting', `${D}[main:DatadirCleanupManager@78] - autopurge.snapRetainCount set to 3`],
  ])('%s gives no event', (_name, line) => {
    expect(one(line)).toBeNull();
  });
});
