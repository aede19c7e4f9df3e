/**
 * Proves the ZKDatabase model of engine/zkDb.ts move for move against ZooKeeper 3.9: a restart
 * loads the newest snapshot and replays only the txns logged after it (and only those form the
 * committed log), a SNAP clears the committed log and leaves the txn log alone, a TRUNC cuts the
 * log and reloads, the fast-forward applies uncommitted txns, activation sets (e, 0), the
 * committed log keeps exactly commitLogCount txns (0 keeps none), and snapshots share structure.
 */
import { describe, expect, it } from 'vitest';
import { append, emptyList, toArray } from '../kernel/chunkedList';
import type { Txn } from '../zab/messages';
import { makeZxid, type Zxid } from '../zab/zxid';
import type { Disk } from './world';
import {
  applyCommitted,
  committedLogRange,
  deserializeSnapshot,
  estimateSnapshotBytes,
  fastForwardDataBase,
  loadDataBase,
  serializeSnapshot,
  setActivationZxid,
  takeSnapshot,
  truncateLog,
  txnLogSizeCheck,
  TXN_LOG_PREALLOC_BYTES,
} from './zkDb';
import { freshZkState } from './zkState';

const txn = (e: number, c: number): Txn => ({
  zxid: makeZxid(e, c),
  path: '/a',
  data: `${e}.${c}`,
  writeId: -1,
});

function disk(...zxids: [number, number][]): Disk {
  const log = emptyList<Txn>();
  for (const [e, c] of zxids) append(log, txn(e, c));
  return {
    acceptedEpoch: 1,
    currentEpoch: 1,
    snapshot: null,
    log,
    logFiles: log.length > 0 ? [0] : [],
  };
}

const zxids = (xs: readonly Txn[]): Zxid[] => xs.map((t) => t.zxid);

describe('loadDataBase (a process start)', () => {
  it('writes snapshot.0 on an empty data directory and replays the whole log', () => {
    const d = disk([1, 1], [1, 2]);
    const z = freshZkState(0);
    loadDataBase(z, d, 5, 'start');
    expect(d.snapshot?.zxid).toEqual(makeZxid(0, 0));
    expect(d.snapshot?.cause).toBe('initial');
    expect(z.tree.lastProcessedZxid).toEqual(makeZxid(1, 2));
    expect(z.lastProcessedOrigin).toEqual({
      origin: 'restart-log',
      snapshotZxid: makeZxid(0, 0),
      replayed: 2,
      cause: 'start',
    });
    expect(committedLogRange(z, 500)).toEqual({ from: 0, to: 2 });
  });

  it('replays only the txns logged after the snapshot; only they are in the committed log', () => {
    // Leader.lead took snapshot.100000002; 0x100000003 was logged after it.
    const d = disk([1, 1], [1, 2]);
    const z = freshZkState(0);
    loadDataBase(z, d, 0, 'start');
    takeSnapshot(z, d, 'lead', 10);
    append(d.log, txn(1, 3));
    const back = freshZkState(0);
    loadDataBase(back, d, 20, 'start');
    expect(back.tree.lastProcessedZxid).toEqual(makeZxid(1, 3));
    expect(back.lastProcessedOrigin).toMatchObject({ origin: 'restart-log', replayed: 1 });
    const { from, to } = committedLogRange(back, 500);
    expect(zxids(toArray(back.history).slice(from, to))).toEqual([makeZxid(1, 3)]);
  });

  it('a snapshot at (e, 0) with nothing logged after it votes (e, 0)', () => {
    const d = disk([1, 1]);
    const z = freshZkState(0);
    loadDataBase(z, d, 0, 'start');
    setActivationZxid(z, makeZxid(2, 0));
    takeSnapshot(z, d, 'snap', 1);
    const back = freshZkState(0);
    loadDataBase(back, d, 2, 'start');
    expect(back.tree.lastProcessedZxid).toEqual(makeZxid(2, 0));
    expect(back.lastProcessedOrigin).toMatchObject({ origin: 'restart-snapshot' });
    expect(committedLogRange(back, 500)).toEqual({ from: 1, to: 1 });
  });
});

describe('SNAP (ZKDatabase.deserializeSnapshot, then setlastProcessedZxid)', () => {
  it("takes the leader's tree and zxid, empties the committed log, leaves the txn log", () => {
    const leaderDisk = disk([1, 1], [1, 2], [1, 3]);
    const leader = freshZkState(0);
    loadDataBase(leader, leaderDisk, 0, 'start');
    setActivationZxid(leader, makeZxid(2, 0));
    const learnerDisk = disk([1, 1]);
    const learner = freshZkState(0);
    loadDataBase(learner, learnerDisk, 0, 'start');
    deserializeSnapshot(learner, serializeSnapshot(leader), 3);
    expect(learner.tree.lastProcessedZxid).toEqual(makeZxid(2, 0));
    expect(learner.lastProcessedOrigin).toEqual({ origin: 'snap', from: 3 });
    expect(committedLogRange(learner, 500)).toEqual({ from: 3, to: 3 });
    expect(learnerDisk.log.length).toBe(1);
    // The leader goes on; the learner's copy does not change with it.
    applyCommitted(leader, txn(2, 1));
    expect(learner.tree.lastProcessedZxid).toEqual(makeZxid(2, 0));
    expect(learner.history.length).toBe(3);
  });
});

describe('TRUNC (ZKDatabase.truncateLog, then setlastProcessedZxid)', () => {
  it('cuts the log after the zxid, reloads, and sets lastProcessedZxid to it', () => {
    const d = disk([1, 1], [1, 2], [1, 3]);
    const z = freshZkState(0);
    loadDataBase(z, d, 0, 'start');
    truncateLog(z, d, makeZxid(1, 2), 2, 5);
    expect(d.log.length).toBe(2);
    expect(z.tree.lastProcessedZxid).toEqual(makeZxid(1, 2));
    expect(z.lastProcessedOrigin).toEqual({ origin: 'trunc', from: 2 });
    expect(committedLogRange(z, 500)).toEqual({ from: 0, to: 2 });
  });
});

describe('fastForwardDataBase (a running server leaves its role)', () => {
  it('applies every logged txn after lastProcessedZxid, committed or not', () => {
    const d = disk([1, 1]);
    const z = freshZkState(0);
    loadDataBase(z, d, 0, 'start');
    append(d.log, txn(1, 2)); // logged, never committed
    expect(fastForwardDataBase(z, d)).toBe(1);
    expect(z.tree.lastProcessedZxid).toEqual(makeZxid(1, 2));
    expect(z.lastProcessedOrigin).toEqual({ origin: 'fast-forward', replayed: 1 });
    expect(committedLogRange(z, 500)).toEqual({ from: 0, to: 2 });
  });
  it('never lowers an activation zxid', () => {
    const d = disk([1, 1]);
    const z = freshZkState(0);
    loadDataBase(z, d, 0, 'start');
    setActivationZxid(z, makeZxid(2, 0));
    expect(fastForwardDataBase(z, d)).toBe(0);
    expect(z.tree.lastProcessedZxid).toEqual(makeZxid(2, 0));
    expect(z.lastProcessedOrigin).toEqual({ origin: 'activation', epoch: 2 });
  });
});

describe('the committed log window (ZKDatabase.addCommittedProposal, 3.9)', () => {
  const d = disk([1, 1], [1, 2], [1, 3], [1, 4]);
  const z = freshZkState(0);
  loadDataBase(z, d, 0, 'start');
  it('keeps exactly the last commitLogCount txns', () => {
    expect(committedLogRange(z, 3)).toEqual({ from: 1, to: 4 });
    expect(committedLogRange(z, 500)).toEqual({ from: 0, to: 4 });
  });
  it('commitLogCount 0 keeps none: syncFollower then uses lastProcessedZxid for both bounds', () => {
    expect(committedLogRange(z, 0)).toEqual({ from: 4, to: 4 });
  });
});

describe('snapshots', () => {
  it('are copies of the tree at that moment that share its znodes', () => {
    const d = disk();
    const z = freshZkState(0);
    loadDataBase(z, d, 0, 'start');
    const snap = takeSnapshot(z, d, 'lead', 1);
    expect(snap.tree).not.toBe(z.tree);
    expect(snap.tree.nodes['/']).toBe(z.tree.nodes['/']);
  });
  it('the size check counts only the log files after the one a read starts in', () => {
    // A leader that restarted once: log.100000001 (before), log.100000003 (after its restart).
    const d = disk([1, 1], [1, 2], [1, 3], [1, 4]);
    d.logFiles = [0, 2];
    const z = freshZkState(0);
    loadDataBase(z, d, 0, 'start');
    const limit = Math.floor(estimateSnapshotBytes(z.tree) * 0.33);
    // From 0x100000004 on, the read starts in the newest file: nothing after it, within the limit.
    expect(txnLogSizeCheck(d, makeZxid(1, 4), 0.33)).toEqual({
      sizeLimitBytes: limit,
      storageBytes: 0,
    });
    // From 0x100000001 on it starts in the first file and crosses the second (64 MiB, preallocated).
    const check = txnLogSizeCheck(d, makeZxid(1, 1), 0.33);
    expect(check.storageBytes).toBe(TXN_LOG_PREALLOC_BYTES);
    expect(check.storageBytes).toBeGreaterThan(check.sizeLimitBytes);
    // FileTxnIterator.init also keeps the newest file that starts before the zxid, so a read from
    // exactly 0x100000003, the second file's first txn, starts in the first file too.
    expect(txnLogSizeCheck(d, makeZxid(1, 3), 0.33).storageBytes).toBe(TXN_LOG_PREALLOC_BYTES);
    // zookeeper.snapshotSizeFactor=-1 turns the txn-log branch off.
    expect(txnLogSizeCheck(d, makeZxid(1, 4), -1).sizeLimitBytes).toBe(-1);
  });
});
