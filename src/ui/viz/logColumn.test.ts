/** The log column places a server's snapshot where it stands among its newest txns. */
import { describe, expect, it } from 'vitest';
import type { DatabaseFrameView, LogTxnView, Zxid } from '../../protocol/frame';
import { logColumnItems } from './logColumn';

const z = (epoch: number, counter: number): Zxid => ({ epoch, counter });
const txn = (counter: number, committed = true): LogTxnView => ({ zxid: z(1, counter), committed });

function db(snapshot: Zxid | null): DatabaseFrameView {
  return {
    voteZxid: snapshot ?? z(0, 0),
    voteOrigin: { origin: 'commit' },
    snapshot: snapshot && { zxid: snapshot, cause: 'snap', atMs: 0 },
    loggedAfterSnapshot: 0,
    committedLog: { count: 0, minZxid: null, maxZxid: null },
  };
}

const labels = (items: ReturnType<typeof logColumnItems>) =>
  items.map((i) => `${i.kind === 'snapshot' ? 'S' : 'T'}${i.zxid.epoch}:${i.zxid.counter}`);

describe('logColumnItems', () => {
  it('shows a SNAP-synced learner its snapshot and no copied log', () => {
    const items = logColumnItems({ logTail: [], logLength: 0, database: db(z(1, 0)) }, 5);
    expect(labels(items)).toEqual(['S1:0']);
  });

  it('puts the snapshot after the txns it covers and before the ones logged after it', () => {
    const server = { logTail: [txn(1), txn(2), txn(3)], logLength: 3, database: db(z(1, 2)) };
    expect(labels(logColumnItems(server, 5))).toEqual(['T1:1', 'T1:2', 'S1:2', 'T1:3']);
  });

  it('keeps the newest items when the snapshot makes the column overflow', () => {
    const tail = [txn(1), txn(2), txn(3), txn(4), txn(5)];
    const server = { logTail: tail, logLength: 5, database: db(z(1, 5)) };
    expect(labels(logColumnItems(server, 5))).toEqual(['T1:2', 'T1:3', 'T1:4', 'T1:5', 'S1:5']);
  });

  it('leaves out a snapshot older than the visible window', () => {
    const server = { logTail: [txn(8), txn(9)], logLength: 9, database: db(z(1, 3)) };
    expect(labels(logColumnItems(server, 5))).toEqual(['T1:8', 'T1:9']);
  });

  it('shows a snapshot above txns logged after it when the log holds nothing older', () => {
    const server = { logTail: [txn(1), txn(2)], logLength: 2, database: db(z(1, 0)) };
    expect(labels(logColumnItems(server, 5))).toEqual(['S1:0', 'T1:1', 'T1:2']);
  });

  it('does not show the initial snapshot.0 every server has', () => {
    const server = { logTail: [txn(1)], logLength: 1, database: db(z(0, 0)) };
    expect(labels(logColumnItems(server, 5))).toEqual(['T1:1']);
  });
});
