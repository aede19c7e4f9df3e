// Proves how the timeline reads elections off merged logs, on small synthetic ensembles: a
// tenure's followers include late joiners and exclude observers; a leader that never gets a
// quorum has no epoch; each way a tenure ends is named; a per-file clock offset reorders the
// merge; and unparsedLines sums what no rule knew.
import { describe, expect, it } from 'vitest';
import { buildTimeline, parseLogFile, type ParsedLog } from './index';

/** One server's log from `[seconds, message]` pairs, in Debian's layout with myid thread names. */
function log(sid: number, lines: [number, string][], name = `server${sid}.log`): ParsedLog {
  const text = lines
    .map(([s, msg]) => {
      const t = new Date(Date.UTC(2026, 0, 1, 0, 0, 0) + s * 1000).toISOString();
      return `${t.slice(0, 10)} ${t.slice(11, 23).replace('.', ',')} - INFO  [QuorumPeer[myid=${sid}]:X@1] - ${msg}`;
    })
    .join('\n');
  const r = parseLogFile(name, text);
  if (!r.ok) throw new Error(r.error.code);
  return r.log;
}

const leading = (took = 200): [number, string][] => [
  [1, 'LEADING'],
  [1.001, `LEADING - LEADER ELECTION TOOK - ${took} MS`],
];
const synced = (s: number, sid: number): [number, string] => [
  s,
  `Synchronizing with Learner sid: ${sid} maxCommittedLog=0x0 minCommittedLog=0x0 lastProcessedZxid=0x0 peerLastZxid=0x0`,
];
const quorum = (s: number, sids: string, zxid: string): [number, string] => [
  s,
  `Have quorum of supporters, sids: [[${sids}]]; starting up and setting last processed zxid: ${zxid}`,
];

describe('elections', () => {
  it('counts late joiners and the quorum as followers, observers apart', () => {
    const t = buildTimeline([
      log(3, [
        ...leading(),
        synced(2, 1),
        quorum(3, '1, 3', '0x100000000'),
        synced(10, 2),
        [11, 'Follower sid: 4 : info : 127.0.0.1:1:2:observer'],
        synced(11.5, 4),
      ]),
    ]);
    expect(t.elections).toEqual([
      {
        endedAt: '2026-01-01T00:00:01.001',
        endedAtMs: Date.UTC(2026, 0, 1, 0, 0, 1, 1),
        leader: 3,
        epoch: 1,
        followers: [1, 2],
        observers: [4],
        tookMs: 200,
        quorum: [1, 3],
        until: null,
        endedBy: null,
      },
    ]);
  });

  it('leaves the epoch null for a leader that never got a quorum, and names how tenures end', () => {
    const t = buildTimeline([
      log(3, [
        ...leading(),
        [21, 'Unexpected exception'],
        [21.5, 'LOOKING'],
        [22, 'New election. My id = 3, proposed zxid=0x0'],
        [23, 'LEADING - LEADER ELECTION TOOK - 50 MS'],
        quorum(24, '2, 3', '0x200000000'),
        [
          30,
          'Shutdown called. For the reason Not sufficient followers synced, only synced with sids: [ [3] ]',
        ],
        [40, 'LEADING - LEADER ELECTION TOOK - 60 MS'],
        quorum(41, '1, 3', '0x300000000'),
        [50, 'Starting quorum peer, myid=3'],
      ]),
    ]);
    expect(t.elections.map((e) => [e.epoch, e.endedBy, e.until?.slice(11)])).toEqual([
      [null, 'state', '00:00:21.500'],
      [2, 'shutdown', '00:00:30.000'],
      [3, 'restart', '00:00:50.000'],
    ]);
  });

  it("uses 3.4's NEWLEADER zxid when there is no quorum line", () => {
    const t = buildTimeline([
      log(2, [...leading(), [2, 'NEWLEADER proposal has Zxid of 500000001']]),
    ]);
    expect(t.elections[0]?.epoch).toBe(5);
  });

  it("drops from the followers a server whose own log says it was OBSERVING (3.4 leaders don't say)", () => {
    const t = buildTimeline([
      log(3, [...leading(), synced(2, 1), synced(2.5, 4), quorum(3, '1, 3', '0x100000000')]),
      log(4, [[1.5, 'OBSERVING']]),
    ]);
    expect([t.elections[0]?.followers, t.elections[0]?.observers]).toEqual([[1], [4]]);
  });
});

describe('merging', () => {
  it("shifts a file's times by its clock offset, which can reorder the merge", () => {
    const logs = [log(1, [[5, 'LOOKING']]), log(2, [[4, 'LOOKING']])];
    const order = (offsets?: Record<string, number>) =>
      buildTimeline(logs, { clockOffsetMs: offsets }).events.map((e) => e.sid);
    expect(order()).toEqual([2, 1]);
    expect(order({ 'server1.log': -2000 })).toEqual([1, 2]);
    const shifted = buildTimeline(logs, { clockOffsetMs: { 'server1.log': -2000 } });
    expect(shifted.events[0]).toMatchObject({ sid: 1, at: '2026-01-01T00:00:05.000' });
    expect(shifted.files.map((f) => f.clockOffsetMs)).toEqual([-2000, 0]);
  });

  it('merges two files of one server (a rotated log) and sums what no rule knew', () => {
    const t = buildTimeline([
      log(
        1,
        [
          [1, 'LOOKING'],
          [2, 'autopurge.snapRetainCount set to 3'],
        ],
        'zookeeper.log.1',
      ),
      log(
        1,
        [
          [3, 'FOLLOWING'],
          [4, 'something new'],
        ],
        'zookeeper.log',
      ),
    ]);
    expect(t.servers).toEqual([1]);
    expect(t.events.map((e) => e.code === 'state' && e.params.state)).toEqual([
      'LOOKING',
      'FOLLOWING',
    ]);
    expect(t.unparsedLines).toBe(2);
  });
});
