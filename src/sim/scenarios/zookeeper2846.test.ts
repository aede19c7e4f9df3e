/**
 * ZOOKEEPER-2846 (open in 3.9), reproduced and caught by the checker: a leader that was once
 * synchronized by SNAP keeps the txn-log file it wrote before, superseded txns included, and
 * LearnerHandler.syncFollower serves a learner below its committed log from that file
 * (getProposalsFromTxnLog checks only that the file starts at or before the learner's zxid). The
 * learner receives a txn that was never committed and misses committed ones. With
 * zookeeper.snapshotSizeFactor=-1, the maintainers' workaround, the learner gets a SNAP.
 */
import { describe, expect, it } from 'vitest';
import { run } from './harness';

/**
 * 4 leads epoch 1 and logs 0x100000003 with 3 alone (a partition); 2 leads epoch 2 and commits
 * 0x200000001-3; after the heal 3 gets a SNAP (a TRUNC would cross an epoch) but keeps its log
 * file [0x100000001, 0x100000002, 0x100000003] and appends 0x200000004-5 to it. Then 3 leads
 * epoch 3, and 4 comes back at 0x100000003.
 */
function scenario(snapshotSizeFactor?: number) {
  const write = (atMs: number, via: number, data: string) => ({
    atMs,
    do: 'write',
    via,
    path: '/a',
    data,
  });
  return {
    version: 1,
    seed: 3,
    untilMs: 130000,
    ensemble: {
      servers: 5,
      ...(snapshotSizeFactor === undefined ? {} : { snapshotSizeFactor }),
      start: [1, 2, 3, 4].map((sid) => ({ sid, atMs: 0 })).concat([{ sid: 5, atMs: 6000 }]),
    },
    actions: [
      write(1000, 4, '1'),
      write(1100, 4, '2'),
      {
        atMs: 3000,
        do: 'partition',
        groups: [
          [3, 4],
          [1, 2, 5],
        ],
      },
      write(3100, 4, 'T'),
      { atMs: 4000, do: 'crash', sid: 4 },
      write(20000, 2, '3'),
      write(20100, 2, '4'),
      write(20200, 2, '5'),
      { atMs: 25000, do: 'heal' },
      write(90000, 2, '6'),
      write(90100, 2, '7'),
      { atMs: 95000, do: 'crash', sid: 2 },
      { atMs: 95000, do: 'crash', sid: 5 },
      { atMs: 95500, do: 'restart', sid: 4 },
    ],
  };
}

describe('ZOOKEEPER-2846: a DIFF from a txn log that holds superseded txns', () => {
  it("with ZooKeeper's default (snapshotSizeFactor 0.33) the learner gets a wrong history", () => {
    const r = run(scenario());
    expect(r.syncModes(3, 4)).toEqual([
      expect.objectContaining({
        mode: 'DIFF',
        ruleCode: 'found-in-txnlog',
        peerLastZxid: '0x100000003',
      }),
    ]);
    const invariants = new Set(r.report.violations.map((v) => v.invariant));
    expect(invariants.has('Agreement')).toBe(true);
    expect(invariants.has('EpochLogPrefix')).toBe(true);
    expect(r.report.violations.every((v) => /Server 4/.test(v.detail))).toBe(true);
  });

  it('with snapshotSizeFactor -1 (txn-log sync off) it gets a SNAP and every invariant holds', () => {
    const r = run(scenario(-1));
    expect(r.syncModes(3, 4)).toEqual([
      expect.objectContaining({ mode: 'SNAP', ruleCode: 'txnlog-disabled' }),
    ]);
    expect(r.report.violations).toEqual([]);
  });
});
