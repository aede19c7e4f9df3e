/**
 * What the app shows of one server's database (issue 13), as plain data read from the world: the
 * zxid it votes with and where that came from, the snapshot on its disk and the txns logged
 * after it, and its in-memory committed log with the scenario's window against ZooKeeper's floor.
 * Pure; the worker projects it into frames and the UI turns the codes into sentences.
 */
import { at, lastItem } from '../kernel/chunkedList';
import type { Txn } from '../zab/messages';
import type { LastProcessedOrigin } from '../zab/voteOrigin';
import { ZXID_ZERO, type Zxid } from '../zab/zxid';
import type { ServerRecord } from './world';

/** What the view reads of a server's record (a ServerRecordView, engine/views.ts, will do). */
type DatabaseSource = Pick<ServerRecord, 'zk' | 'disk'>;
import {
  committedLogRange,
  firstLoggedAfter,
  lastAppliedZxid,
  ZOOKEEPER_COMMIT_LOG_COUNT,
  type SnapshotCause,
} from './zkDb';

export interface DatabaseView {
  /** QuorumPeer.getLastLoggedZxid(): the data tree's lastProcessedZxid, what the server votes with. */
  voteZxid: Zxid;
  /** Why it has that value (a code with parameters). */
  voteOrigin: LastProcessedOrigin;
  /** The last txn the tree holds; below voteZxid after a leader's activation or an (e, 0) SNAP. */
  lastAppliedZxid: Zxid;
  /** The newest snapshot on disk, or null before the first start. */
  snapshot: { zxid: Zxid; cause: SnapshotCause; atMs: number } | null;
  log: {
    /** Every txn in the txn log, older ones superseded by the snapshot included. */
    length: number;
    /** Index of the first txn logged after the snapshot's zxid: a restart replays from here. */
    afterSnapshot: number;
    /** The last txn in the log (0x0 when empty). */
    lastLoggedZxid: Zxid;
  };
  /** ZKDatabase.committedLog: what a leader can DIFF from without its txn log. */
  committedLog: {
    count: number;
    /** minCommittedLog / maxCommittedLog; null when the log is empty (syncFollower then uses voteZxid). */
    minZxid: Zxid | null;
    maxZxid: Zxid | null;
    /** The scenario's ensemble.commitLogCount. */
    window: number;
    /** ZooKeeper raises a smaller zookeeper.commitLogCount to this (ZKDatabase). */
    zooKeeperFloor: number;
    belowZooKeeperFloor: boolean;
  };
}

export function databaseView(rec: DatabaseSource, commitLogCount: number): DatabaseView {
  const z = rec.zk;
  const snap = rec.disk.snapshot;
  const { from, to } = committedLogRange(z, commitLogCount);
  const zxidAt = (i: number) => (at(z.history, i) as Txn).zxid;
  return {
    voteZxid: z.tree.lastProcessedZxid,
    voteOrigin: z.lastProcessedOrigin,
    lastAppliedZxid: lastAppliedZxid(z),
    snapshot: snap === null ? null : { zxid: snap.zxid, cause: snap.cause, atMs: snap.atMs },
    log: {
      length: rec.disk.log.length,
      afterSnapshot: snap === null ? 0 : firstLoggedAfter(rec.disk.log, snap.zxid),
      lastLoggedZxid: lastItem(rec.disk.log)?.zxid ?? ZXID_ZERO,
    },
    committedLog: {
      count: to - from,
      minZxid: to > from ? zxidAt(from) : null,
      maxZxid: to > from ? zxidAt(to - 1) : null,
      window: commitLogCount,
      zooKeeperFloor: ZOOKEEPER_COMMIT_LOG_COUNT,
      belowZooKeeperFloor: commitLogCount < ZOOKEEPER_COMMIT_LOG_COUNT,
    },
  };
}
