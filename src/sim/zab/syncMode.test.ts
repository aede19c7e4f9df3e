// Proves each rule of ZAB.md section 4.4 (LearnerHandler.syncFollower, queueCommittedProposals)
// on small hand-built leader logs: for a given learner zxid, syncModeFor must pick the mode ZooKeeper
// picks, send the zxid ZooKeeper puts in the DIFF/TRUNC/SNAP packet, and start streaming committed
// txns at the right index. The log view throws on an index outside the log, like the engine's
// `disk.logAt(i).zxid` does.
import { describe, expect, it } from 'vitest';
import { syncModeFor, type LeaderLogView, type SyncPlan } from './syncMode';
import { makeZxid, ZXID_ZERO, type Zxid } from './zxid';

type Z = readonly [number, number];

interface ViewOptions {
  /** Committed prefix length; defaults to the whole log. */
  committed?: number;
  /** Defaults to the last committed zxid, or 0x0 for an empty committed log. */
  lastProcessed?: Z;
  /** Defaults to ZooKeeper's 500. */
  commitLogCount?: number;
}

function view(log: readonly Z[], opts: ViewOptions = {}): LeaderLogView {
  const zxids = log.map(([e, c]) => makeZxid(e, c));
  const committed = opts.committed ?? zxids.length;
  const last = zxids[committed - 1];
  return {
    length: zxids.length,
    zxidAt(index: number): Zxid {
      const z = zxids[index];
      if (z === undefined)
        throw new RangeError(`zxidAt(${index}) outside a log of ${zxids.length}`);
      return z;
    },
    committed,
    lastProcessedZxid: opts.lastProcessed ? makeZxid(...opts.lastProcessed) : (last ?? ZXID_ZERO),
    commitLogCount: opts.commitLogCount ?? 500,
  };
}

function plan(log: readonly Z[], peer: Z, opts?: ViewOptions): SyncPlan {
  return syncModeFor(view(log, opts), makeZxid(...peer));
}

/** The mode, packet zxid and first streamed index, without the explanation text. */
function shape(p: SyncPlan): [string, Zxid, number] {
  return [p.mode, p.zxid, p.fromIndex];
}

const z = (e: number, c: number): Zxid => makeZxid(e, c);

/** Two epochs of history: indices 0..4. */
const HISTORY: Z[] = [
  [1, 1],
  [1, 2],
  [1, 3],
  [2, 1],
  [2, 2],
];

describe('rule 1: peerLastZxid == lastProcessedZxid gives an empty DIFF', () => {
  it("a learner at the leader's last txn (before activation)", () => {
    const p = plan(HISTORY, [2, 2]);
    expect(shape(p)).toEqual(['DIFF', z(2, 2), 5]);
    expect(p.rule).toMatch(/in sync/);
  });

  it("a learner at the leader's (e,0) after activation", () => {
    expect(shape(plan(HISTORY, [3, 0], { lastProcessed: [3, 0] }))).toEqual(['DIFF', z(3, 0), 5]);
  });

  it('a fresh ensemble: empty log, both at 0x0', () => {
    expect(shape(plan([], [0, 0]))).toEqual(['DIFF', z(0, 0), 0]);
  });

  it('the DIFF carries the peer zxid and streams nothing committed', () => {
    const p = plan(HISTORY, [1, 3], { committed: 3, lastProcessed: [1, 3] });
    expect(shape(p)).toEqual(['DIFF', z(1, 3), 3]);
  });
});

describe('rule 2: learner ahead of the committed log gives TRUNC to maxCommittedLog', () => {
  it('same epoch, a txn the leader never saw', () => {
    const p = plan(HISTORY, [2, 3], { lastProcessed: [3, 0] });
    expect(shape(p)).toEqual(['TRUNC', z(2, 2), 5]);
    expect(p.rule).toMatch(/ahead of the committed log/);
  });

  it('even from a later epoch (rule 2 does not look at epochs)', () => {
    expect(shape(plan(HISTORY, [3, 1], { lastProcessed: [3, 0] }))).toEqual(['TRUNC', z(2, 2), 5]);
  });

  it('a learner that logged an uncommitted proposal of the leader is truncated to the committed end', () => {
    // The leader's log has (2,2) but only 4 txns are committed; the committed log ends at (2,1).
    expect(shape(plan(HISTORY, [2, 2], { committed: 4, lastProcessed: [2, 1] }))).toEqual([
      'TRUNC',
      z(2, 1),
      4,
    ]);
  });
});

describe('rule 3: learner inside [minCommittedLog, maxCommittedLog]', () => {
  it('found: DIFF with maxCommittedLog, streaming from the txn after it', () => {
    const p = plan(HISTORY, [1, 2], { lastProcessed: [3, 0] });
    expect(shape(p)).toEqual(['DIFF', z(2, 2), 2]);
    expect(p.rule).toMatch(/found in the committed log/);
  });

  it('found at minCommittedLog (the first txn)', () => {
    expect(shape(plan(HISTORY, [1, 1], { lastProcessed: [3, 0] }))).toEqual(['DIFF', z(2, 2), 1]);
  });

  it('found at maxCommittedLog while lastProcessed is (e,0): DIFF with nothing to stream', () => {
    expect(shape(plan(HISTORY, [2, 2], { lastProcessed: [3, 0] }))).toEqual(['DIFF', z(2, 2), 5]);
  });

  it('found, with an uncommitted tail that is not streamed', () => {
    expect(shape(plan(HISTORY, [1, 3], { committed: 4, lastProcessed: [2, 1] }))).toEqual([
      'DIFF',
      z(2, 1),
      3,
    ]);
  });

  it('absent, next leader txn in the same epoch: TRUNC to the previous leader zxid', () => {
    // The learner logged (1,3) from an old leader; this leader has (1,2) then (1,4).
    const log: Z[] = [
      [1, 1],
      [1, 2],
      [1, 4],
      [1, 5],
      [2, 1],
    ];
    const p = plan(log, [1, 3], { lastProcessed: [3, 0] });
    expect(shape(p)).toEqual(['TRUNC', z(1, 2), 2]);
    expect(p.rule).toMatch(/same epoch/);
  });

  it('absent, next leader txn in another epoch: SNAP (a TRUNC may not cross an epoch)', () => {
    // The learner has (1,4), never committed; the leader went from (1,3) to (2,1).
    const p = plan(HISTORY, [1, 4], { lastProcessed: [3, 0] });
    expect(shape(p)).toEqual(['SNAP', z(3, 0), 0]);
    expect(p.rule).toMatch(/epoch boundary/);
  });

  it('SNAP carries lastProcessedZxid, not maxCommittedLog', () => {
    expect(plan(HISTORY, [1, 4]).zxid).toEqual(z(2, 2));
    expect(plan(HISTORY, [1, 4], { lastProcessed: [5, 0] }).zxid).toEqual(z(5, 0));
  });

  it('learner at (e,0): DIFF from the first txn after it', () => {
    const p = plan(HISTORY, [2, 0], { lastProcessed: [3, 0] });
    expect(shape(p)).toEqual(['DIFF', z(2, 2), 3]);
    expect(p.rule).toMatch(/epoch boundary: DIFF/);
  });

  it('learner at (e,0) with a gap epoch: DIFF, even though the next txn is in a later epoch', () => {
    const log: Z[] = [
      [1, 1],
      [1, 2],
      [3, 1],
    ];
    expect(shape(plan(log, [2, 0], { lastProcessed: [4, 0] }))).toEqual(['DIFF', z(3, 1), 2]);
  });
});

describe('rule 4: learner older than the in-memory window (commitLogCount)', () => {
  // Ten txns of epoch 1 then two of epoch 2; a window of 3 keeps indices 9..11.
  const LONG: Z[] = [...Array.from({ length: 10 }, (_, i): Z => [1, i + 1]), [2, 1], [2, 2]];

  it('the window really is the last commitLogCount committed txns', () => {
    // (1,10) is index 9 = committed - 3: inside the window, so rule 3 decides.
    expect(plan(LONG, [1, 10], { commitLogCount: 3, lastProcessed: [3, 0] }).rule).toMatch(
      /committed log/,
    );
    // (1,9) is just below it: rule 4.
    expect(plan(LONG, [1, 9], { commitLogCount: 3, lastProcessed: [3, 0] }).rule).toMatch(
      /on-disk/,
    );
  });

  it('found in the log: DIFF streaming everything after it', () => {
    const p = plan(LONG, [1, 2], { commitLogCount: 3, lastProcessed: [3, 0] });
    expect(shape(p)).toEqual(['DIFF', z(2, 2), 2]);
    expect(p.rule).toMatch(/on-disk/);
  });

  it('found at the very first txn', () => {
    expect(shape(plan(LONG, [1, 1], { commitLogCount: 3, lastProcessed: [3, 0] }))).toEqual([
      'DIFF',
      z(2, 2),
      1,
    ]);
  });

  it('the window counts committed txns only', () => {
    // committed = 10 (up to (1,10)), window 3 -> indices 7..9; (1,7) is index 6, below it.
    const p = plan(LONG, [1, 7], { committed: 10, commitLogCount: 3, lastProcessed: [1, 10] });
    expect(shape(p)).toEqual(['DIFF', z(1, 10), 7]);
    expect(p.rule).toMatch(/on-disk/);
  });

  // ZAB.md's reading of getProposalsFromTxnLog. Real ZooKeeper reads with fastForward=false, from
  // the start of the log file that may hold the zxid, so with the learner's zxid inside one file it
  // would TRUNC (same epoch) here instead; the simulator models no log files, and SNAP is safe.
  it('absent from the log: SNAP (the on-disk log cannot prove continuity)', () => {
    const log: Z[] = [
      [1, 1],
      [1, 2],
      [1, 4],
      [1, 5],
      [1, 6],
      [1, 7],
    ];
    const p = plan(log, [1, 3], { commitLogCount: 2, lastProcessed: [2, 0] });
    expect(shape(p)).toEqual(['SNAP', z(2, 0), 0]);
  });

  it('a learner at (e,0) below the window: SNAP (no txn has counter 0)', () => {
    const log: Z[] = [
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
      [2, 3],
      [2, 4],
    ];
    expect(shape(plan(log, [2, 0], { commitLogCount: 2, lastProcessed: [3, 0] }))).toEqual([
      'SNAP',
      z(3, 0),
      0,
    ]);
  });

  it('a window of 1 still serves DIFF from the whole log', () => {
    const p = plan(HISTORY, [1, 1], { commitLogCount: 1, lastProcessed: [3, 0] });
    expect(shape(p)).toEqual(['DIFF', z(2, 2), 1]);
  });
});

describe('zxid 0 (an empty learner)', () => {
  it('gets SNAP from a non-empty log, within the default window', () => {
    const p = plan(HISTORY, [0, 0], { lastProcessed: [3, 0] });
    expect(shape(p)).toEqual(['SNAP', z(3, 0), 0]);
  });

  it('gets SNAP from a non-empty log even before activation', () => {
    expect(shape(plan(HISTORY, [0, 0]))).toEqual(['SNAP', z(2, 2), 0]);
  });

  it('gets SNAP with a small window too', () => {
    expect(plan(HISTORY, [0, 0], { commitLogCount: 2 }).mode).toBe('SNAP');
  });

  it('gets SNAP from an ensemble with no txns after activation ((1,0) != 0x0)', () => {
    expect(shape(plan([], [0, 0], { lastProcessed: [1, 0] }))).toEqual(['SNAP', z(1, 0), 0]);
  });
});

describe('empty committed log: min = max = lastProcessedZxid', () => {
  it('lastProcessed == peer: empty DIFF', () => {
    expect(shape(plan([], [2, 0], { lastProcessed: [2, 0] }))).toEqual(['DIFF', z(2, 0), 0]);
  });

  it('lastProcessed > peer: SNAP', () => {
    expect(shape(plan([], [1, 0], { lastProcessed: [2, 0] }))).toEqual(['SNAP', z(2, 0), 0]);
    expect(shape(plan([], [1, 7], { lastProcessed: [2, 0] }))).toEqual(['SNAP', z(2, 0), 0]);
  });

  it('peer > lastProcessed with counter != 0: TRUNC to lastProcessed', () => {
    const p = plan([], [2, 3], { lastProcessed: [2, 0] });
    expect(shape(p)).toEqual(['TRUNC', z(2, 0), 0]);
    expect(p.rule).toMatch(/empty log/);
  });

  it('peer > lastProcessed with counter == 0: SNAP (cannot TRUNC a new-epoch zxid)', () => {
    expect(shape(plan([], [3, 0], { lastProcessed: [2, 0] }))).toEqual(['SNAP', z(2, 0), 0]);
  });

  it('uncommitted proposals in the log do not count as committed', () => {
    // committed = 0, but the leader has logged (2,1) and (2,2).
    expect(
      shape(
        plan(
          [
            [2, 1],
            [2, 2],
          ],
          [2, 1],
          { committed: 0, lastProcessed: [2, 0] },
        ),
      ),
    ).toEqual(['TRUNC', z(2, 0), 0]);
    expect(
      shape(
        plan(
          [
            [2, 1],
            [2, 2],
          ],
          [1, 5],
          { committed: 0, lastProcessed: [2, 0] },
        ),
      ),
    ).toEqual(['SNAP', z(2, 0), 0]);
  });
});

describe('learner at (e,0) above maxCommittedLog', () => {
  // A learner at (e,0) above maxCommittedLog skips rule 2 (counter 0). ZooKeeper (syncFollower)
  // matches neither rule 3 (maxCommittedLog >= peer fails) nor rule 4 (peer < minCommittedLog
  // fails), logs "Unhandled scenario" and sends SNAP with lastProcessedZxid.
  it('log (1,1),(1,2), lastProcessed (3,0), learner (2,0): SNAP 0x300000000', () => {
    expect(
      shape(
        plan(
          [
            [1, 1],
            [1, 2],
          ],
          [2, 0],
          { lastProcessed: [3, 0] },
        ),
      ),
    ).toEqual(['SNAP', z(3, 0), 0]);
  });

  // The same with an uncommitted tail in the leader's log: still SNAP, never a DIFF from index 2.
  it('log (1,1),(1,2),(3,1) with 2 committed, lastProcessed (3,0), learner (2,0): SNAP', () => {
    expect(
      shape(
        plan(
          [
            [1, 1],
            [1, 2],
            [3, 1],
          ],
          [2, 0],
          { committed: 2, lastProcessed: [3, 0] },
        ),
      ),
    ).toEqual(['SNAP', z(3, 0), 0]);
  });
});

describe('plan shape', () => {
  it('fromIndex is always within [0, committed] and every rule string is non-empty', () => {
    const peers: Z[] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [1, 3],
      [1, 4],
      [2, 0],
      [2, 1],
      [2, 2],
      [2, 3],
      [3, 0],
      [3, 1],
    ];
    for (const committed of [0, 1, 3, 4, 5]) {
      for (const windowSize of [1, 2, 500]) {
        for (const lp of [[3, 0], undefined] as const) {
          for (const peer of peers) {
            const v = view(HISTORY, {
              committed,
              commitLogCount: windowSize,
              ...(lp ? { lastProcessed: lp } : {}),
            });
            const p = syncModeFor(v, makeZxid(...peer));
            expect(p.fromIndex).toBeGreaterThanOrEqual(0);
            expect(p.fromIndex).toBeLessThanOrEqual(committed);
            expect(p.rule.length).toBeGreaterThan(0);
            if (p.mode === 'SNAP') expect(p.zxid).toEqual(v.lastProcessedZxid);
          }
        }
      }
    }
  });
});
