/**
 * The log-line parsers read ZooKeeper 3.8's own lines, copied here from a real ensemble's logs
 * (thread names with brackets and colons included), and nothing else.
 */
import { describe, expect, it } from 'vitest';
import {
  initialVoteNotification,
  isDecisive,
  learnerSyncMode,
  newElection,
  parseLogLine,
  peerState,
  trimForFixture,
} from './logLines';

const PEER = 'QuorumPeer[myid=1](plain=127.0.0.1:24181)(secure=disabled)';
const line = (where: string, message: string) =>
  `2026-12-03 17:57:49,693 - INFO  [${PEER}:${where}] - ${message}`;

describe('parseLogLine', () => {
  it('splits time, level, thread and message even when the thread name holds brackets', () => {
    expect(
      parseLogLine(line('FastLeaderElection@946', 'New election. My id = 1, proposed zxid=0x0')),
    ).toEqual({
      time: '2026-12-03 17:57:49,693',
      level: 'INFO',
      where: `${PEER}:FastLeaderElection@946`,
      message: 'New election. My id = 1, proposed zxid=0x0',
    });
  });
  it('refuses stack-trace lines and other text', () => {
    expect(parseLogLine('\tat java.base/java.lang.Thread.run(Thread.java:840)')).toBeNull();
    expect(parseLogLine('java.net.ConnectException: Connection refused')).toBeNull();
  });
});

describe('the messages the check reads', () => {
  it('reads the vote zxid of a new election', () => {
    expect(newElection('New election. My id = 3, proposed zxid=0x100000000')).toEqual({
      sid: 3,
      zxid: '0x100000000',
    });
    expect(newElection('Notification time out: 400 ms')).toBeNull();
  });
  it("reads a learner's sync mode from Learner.syncWithLeader's lines", () => {
    expect(learnerSyncMode('Getting a diff from the leader 0x0')).toBe('DIFF');
    expect(learnerSyncMode('Getting a snapshot from leader 0x100000000')).toBe('SNAP');
    expect(learnerSyncMode('Truncating log to get in sync with the leader 0x100000004')).toBe(
      'TRUNC',
    );
    expect(learnerSyncMode('Sending DIFF zxid=0x0 for peer sid: 1')).toBeNull();
  });
  it("reads the peer state from the run loop's and setPeerState's lines", () => {
    expect(peerState('LOOKING')).toBe('looking');
    expect(peerState('Peer state changed: following - synchronization - diff')).toBe(
      'following - synchronization - diff',
    );
    expect(peerState('LEADING - LEADER ELECTION TOOK - 682 MS')).toBeNull();
  });
  it('reads a notification that carries its sender’s own initial vote, and only that', () => {
    const own =
      'Notification: my state:LOOKING; n.sid:2, n.state:LOOKING, n.leader:2, n.round:0x1, n.peerEpoch:0x1, n.zxid:0x100000000, message format version:0x2, n.config version:0x0';
    expect(initialVoteNotification(own)).toEqual({ sid: 2, round: '0x1', zxid: '0x100000000' });
    expect(initialVoteNotification(own.replace('n.leader:2', 'n.leader:3'))).toBeNull();
  });
  it('keeps decisive lines, wherever the message puts them', () => {
    expect(
      isDecisive(
        'Have quorum of supporters, sids: [[1, 3]]; starting up and setting last processed zxid: 0x100000000',
      ),
    ).toBe(true);
    expect(
      isDecisive(
        'Shutdown called. For the reason Not sufficient followers synced, only synced with sids: [ [3] ]',
      ),
    ).toBe(true);
    expect(isDecisive('Notification time out: 400 ms')).toBe(false);
  });
  it('trims a log for the fixtures: no banners, no polling, stack traces cut to their first line', () => {
    const warn = line('Follower@128', 'Exception when following the leader').replace(
      'INFO ',
      'WARN ',
    );
    const poll = line('NIOServerCnxn@517', 'Processing srvr command from /127.0.0.1:50000');
    expect(
      trimForFixture([
        line('ZookeeperBanner@42', '  ______'),
        line('QuorumPeer@1455', 'LOOKING'),
        poll,
        'java.lang.RuntimeException: a trace of a dropped line',
        warn,
        'java.net.SocketTimeoutException: Read timed out',
        '\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)',
        '\t... 3 more',
        line('WorkerSender@1', 'kept'),
      ]),
    ).toEqual([
      line('QuorumPeer@1455', 'LOOKING'),
      warn,
      'java.net.SocketTimeoutException: Read timed out',
      line('WorkerSender@1', 'kept'),
    ]);
  });
});
