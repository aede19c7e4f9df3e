// Proves each branch of LearnerHandler.syncFollower (ZooKeeper 3.9; ZAB.md section 4.4) on small
// hand-built inputs: for a given learner zxid, syncModeFor picks the mode ZooKeeper picks, puts
// the zxid ZooKeeper puts in the DIFF/TRUNC/SNAP packet, names the rule, and streams exactly the
// txns ZooKeeper queues. The five (e, 0) learner rows of the audit's F3 table have their own block.
import { describe, expect, it } from 'vitest';
import { syncModeFor, SYNC_RULE_TEXT, type SyncPlan, type SyncRule } from './syncMode';
import { formatZxid, makeZxid, type Zxid } from './zxid';

type Z = readonly [number, number];

interface Leader {
  /** ZKDatabase.committedLog. */
  committed: readonly Z[];
  /** The txn log on disk; defaults to the committed log. */
  txnLog?: readonly Z[];
  /** Defaults to the committed log's last txn, or 0x0. */
  lastProcessed?: Z;
  /** ZooKeeper's size check; defaults to "within the limit" (sizeLimit 0 means unlimited). */
  sizeLimitBytes?: number;
  storageBytes?: number;
}

const z = (e: number, c: number): Zxid => makeZxid(e, c);

function list(zs: readonly Z[]) {
  const xs = zs.map(([e, c]) => z(e, c));
  return {
    length: xs.length,
    zxidAt(i: number): Zxid {
      const x = xs[i];
      if (x === undefined) throw new RangeError(`zxidAt(${i}) outside ${xs.length}`);
      return x;
    },
  };
}

function plan(l: Leader, peer: Z): SyncPlan {
  const last = l.committed[l.committed.length - 1];
  return syncModeFor(
    {
      lastProcessedZxid: z(...(l.lastProcessed ?? last ?? [0, 0])),
      committedLog: list(l.committed),
      txnLog: list(l.txnLog ?? l.committed),
      txnLogSize: { sizeLimitBytes: l.sizeLimitBytes ?? 0, storageBytes: l.storageBytes ?? 0 },
    },
    z(...peer),
  );
}

/** Mode, packet zxid, rule and the streamed zxids, as ZooKeeper's log would show them. */
function shape(l: Leader, peer: Z): [string, string, SyncRule, string[]] {
  const p = plan(l, peer);
  const txnLog = list(l.txnLog ?? l.committed);
  const committed = list(l.committed);
  const streamed: string[] = [];
  for (const s of p.stream)
    for (let i = s.from; i < s.to; i++)
      streamed.push(formatZxid((s.source === 'txnLog' ? txnLog : committed).zxidAt(i)));
  return [p.mode, formatZxid(p.zxid), p.rule, streamed];
}

/** Two epochs of history. */
const HISTORY: Z[] = [
  [1, 1],
  [1, 2],
  [1, 3],
  [2, 1],
  [2, 2],
];

describe('lastProcessedZxid == peerLastZxid: an empty DIFF', () => {
  it("a learner at the leader's last txn", () => {
    expect(shape({ committed: HISTORY }, [2, 2])).toEqual(['DIFF', '0x200000002', 'in-sync', []]);
  });
  it('a fresh ensemble: nothing anywhere, both at 0x0', () => {
    expect(shape({ committed: [] }, [0, 0])).toEqual(['DIFF', '0x0', 'in-sync', []]);
  });
});

describe('peerLastZxid > maxCommittedLog, counter != 0: TRUNC to maxCommittedLog', () => {
  it('same epoch, a txn the leader never saw', () => {
    expect(shape({ committed: HISTORY }, [2, 3])).toEqual([
      'TRUNC',
      '0x200000002',
      'ahead-of-committed',
      [],
    ]);
  });
  it('an empty committed log: maxCommittedLog is lastProcessedZxid', () => {
    expect(shape({ committed: [], lastProcessed: [2, 0] }, [2, 4])).toEqual([
      'TRUNC',
      '0x200000000',
      'ahead-of-empty',
      [],
    ]);
  });
});

describe('minCommittedLog <= peerLastZxid <= maxCommittedLog: the committed log', () => {
  it('found: DIFF with maxCommittedLog, then every later txn', () => {
    expect(shape({ committed: HISTORY }, [1, 2])).toEqual([
      'DIFF',
      '0x200000002',
      'found-in-committed',
      ['0x100000003', '0x200000001', '0x200000002'],
    ]);
  });
  it('found at maxCommittedLog while lastProcessed is (3,0): DIFF, nothing to stream', () => {
    expect(shape({ committed: HISTORY, lastProcessed: [3, 0] }, [2, 2])).toEqual([
      'DIFF',
      '0x200000002',
      'found-in-committed',
      [],
    ]);
  });
  it('absent, next txn in the same epoch: TRUNC to the txn before, then the rest', () => {
    const committed: Z[] = [
      [1, 1],
      [1, 2],
      [1, 5],
    ];
    expect(shape({ committed }, [1, 3])).toEqual([
      'TRUNC',
      '0x100000002',
      'uncommitted-tail',
      ['0x100000005'],
    ]);
  });
  it('absent, next txn in another epoch: SNAP, since a TRUNC may not cross an epoch', () => {
    expect(shape({ committed: HISTORY }, [1, 7])).toEqual([
      'SNAP',
      '0x200000002',
      'trunc-crosses-epoch',
      [],
    ]);
  });
});

describe('peerLastZxid < minCommittedLog: the txn log on disk, then the committed log', () => {
  const committed: Z[] = [
    [2, 1],
    [2, 2],
  ];
  it('found in the log and continuous into the committed log: DIFF', () => {
    expect(shape({ committed, txnLog: HISTORY }, [1, 2])).toEqual([
      'DIFF',
      '0x200000002',
      'found-in-txnlog',
      ['0x100000003', '0x200000001', '0x200000002'],
    ]);
  });
  it('the log starts after the learner: SNAP (Unable to find proposals from txnlog)', () => {
    expect(shape({ committed, txnLog: HISTORY.slice(2) }, [1, 1])).toEqual([
      'SNAP',
      '0x200000002',
      'txnlog-not-found',
      [],
    ]);
  });
  it('the log is over its size limit: SNAP (Txnlog size exceeds sizeLimit)', () => {
    const l = { committed, txnLog: HISTORY, sizeLimitBytes: 150, storageBytes: 64 << 20 };
    expect(shape(l, [1, 2])).toEqual(['SNAP', '0x200000002', 'txnlog-size-limit', []]);
  });
  it('zookeeper.snapshotSizeFactor negative: the txn log is never read, SNAP', () => {
    const l = { committed, txnLog: HISTORY, sizeLimitBytes: -1 };
    expect(shape(l, [1, 2])).toEqual(['SNAP', '0x200000002', 'txnlog-disabled', []]);
  });
  it('nothing logged: SNAP', () => {
    expect(shape({ committed: [], txnLog: [], lastProcessed: [1, 0] }, [0, 0])).toEqual([
      'SNAP',
      '0x100000000',
      'txnlog-empty',
      [],
    ]);
  });
  it('the log ends before the committed log begins: SNAP (Detected gap)', () => {
    // A leader elected after a SNAP at (2,5): its log holds older txns, its committed log (2,6)+.
    const l = { committed: [[2, 6]] as Z[], txnLog: HISTORY, lastProcessed: [2, 6] as Z };
    expect(shape(l, [1, 2])).toEqual(['SNAP', '0x200000006', 'txnlog-gap', []]);
  });
  it('an empty committed log after a SNAP: the snapshot zxid is the gap', () => {
    const l = { committed: [] as Z[], txnLog: HISTORY, lastProcessed: [2, 5] as Z };
    expect(shape(l, [2, 1])).toEqual(['SNAP', '0x200000005', 'txnlog-gap', []]);
  });
});

describe('a learner at (e, 0), the five rows of the audit (F3)', () => {
  it('leader lastProcessedZxid == (e, 0): an empty DIFF (a SNAPped learner back, no write since)', () => {
    expect(shape({ committed: [], lastProcessed: [2, 0] }, [2, 0])).toEqual([
      'DIFF',
      '0x200000000',
      'in-sync',
      [],
    ]);
  });
  it('the committed log spans it: DIFF maxCommittedLog, then every txn after it', () => {
    expect(shape({ committed: HISTORY }, [2, 0])).toEqual([
      'DIFF',
      '0x200000002',
      'epoch-boundary',
      ['0x200000001', '0x200000002'],
    ]);
  });
  it('above maxCommittedLog: never TRUNC; Unhandled scenario, SNAP (an idle old leader rejoining)', () => {
    expect(shape({ committed: HISTORY.slice(0, 3), lastProcessed: [3, 0] }, [2, 0])).toEqual([
      'SNAP',
      '0x300000000',
      'unhandled',
      [],
    ]);
  });
  it('below minCommittedLog: the txn log serves a DIFF when it reaches back to it', () => {
    const l = { committed: [[2, 2]] as Z[], txnLog: HISTORY };
    expect(shape(l, [2, 0])).toEqual([
      'DIFF',
      '0x200000002',
      'txnlog-epoch-boundary',
      ['0x200000001', '0x200000002'],
    ]);
  });
  it('a leader right after activation with no committed log: SNAP unless equal or above', () => {
    expect(shape({ committed: [], txnLog: [], lastProcessed: [3, 0] }, [2, 0])[0]).toBe('SNAP');
    expect(shape({ committed: [], txnLog: [], lastProcessed: [3, 0] }, [3, 0])[0]).toBe('DIFF');
    expect(shape({ committed: [], txnLog: [], lastProcessed: [3, 0] }, [3, 2])[0]).toBe('TRUNC');
  });
});

describe('rule texts', () => {
  it('every rule has its English sentence, ending with the mode it gives', () => {
    for (const [rule, text] of Object.entries(SYNC_RULE_TEXT)) {
      expect(text, rule).toMatch(/(DIFF|TRUNC|SNAP)$/);
    }
  });
});
