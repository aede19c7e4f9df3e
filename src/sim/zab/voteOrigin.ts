/**
 * Where a server's vote zxid comes from, as data (issue 13): ZooKeeper votes with the data tree's
 * lastProcessedZxid (QuorumPeer.getLastLoggedZxid, ZAB.md 1.4), which moves in a few places
 * only; engine/zkDb.ts records which one moved it last. The trace carries it (`originData`) and
 * the app renders it as a sentence ("votes with 0x100000000: the snapshot it got from S3").
 */
import { formatZxid, type Zxid } from './zxid';

/**
 * Where a server's lastProcessedZxid (its vote zxid) came from: a code with its parameters, for
 * the app and the trace. The zxid itself is `tree.lastProcessedZxid`.
 */
export type LastProcessedOrigin =
  /** A process that has not started yet: an empty database. */
  | { origin: 'initial' }
  /** ZKDatabase.loadDataBase found no txn logged after the newest snapshot. */
  | { origin: 'restart-snapshot'; snapshotZxid: Zxid; cause: LoadCause }
  /** ZKDatabase.loadDataBase replayed `replayed` txns logged after the snapshot; the last one counts. */
  | { origin: 'restart-log'; snapshotZxid: Zxid; replayed: number; cause: LoadCause }
  /** DataTree.processTxn of a committed txn (FinalRequestProcessor). */
  | { origin: 'commit' }
  /** DataTree.processTxn of a txn of the sync stream (Learner.syncWithLeader), from leader `from`. */
  | { origin: 'sync-commit'; from: number }
  /** ZKDatabase.fastForwardDataBase applied `replayed` logged txns, committed or not (ZAB.md 1.3). */
  | { origin: 'fast-forward'; replayed: number }
  /** Learner.syncWithLeader: setlastProcessedZxid(SNAP zxid) after the leader `from`'s snapshot. */
  | { origin: 'snap'; from: number }
  /** Learner.syncWithLeader: setlastProcessedZxid(TRUNC zxid) after truncating and reloading. */
  | { origin: 'trunc'; from: number }
  /** Leader.startZkServer: setlastProcessedZxid((epoch, 0)) once a quorum acked NEWLEADER. */
  | { origin: 'activation'; epoch: number };

/** Why a database was loaded from disk: a process start, or a learner that left during a SNAP. */
export type LoadCause = 'start' | 'snap-aborted';

/** The origin as JSON-ready trace data: zxids formatted as ZooKeeper prints them. */
export function originData(o: LastProcessedOrigin): Record<string, string | number> {
  switch (o.origin) {
    case 'restart-snapshot':
      return { origin: o.origin, snapshotZxid: formatZxid(o.snapshotZxid), cause: o.cause };
    case 'restart-log':
      return {
        origin: o.origin,
        snapshotZxid: formatZxid(o.snapshotZxid),
        replayed: o.replayed,
        cause: o.cause,
      };
    case 'initial':
    case 'commit':
      return { origin: o.origin };
    case 'sync-commit':
    case 'snap':
    case 'trunc':
      return { origin: o.origin, from: o.from };
    case 'fast-forward':
      return { origin: o.origin, replayed: o.replayed };
    case 'activation':
      return { origin: o.origin, epoch: o.epoch };
  }
}
