/**
 * What keeps a long run's memory bounded, as ZooKeeper bounds its own (docs/CAPACITY.md, "Memory
 * of a long run"): SyncRequestProcessor takes a snapshot every `snapCount` txns or so, PurgeTxnLog
 * deletes the txn-log files before the oldest of the `autopurge.snapRetainCount` newest snapshots,
 * and the simulation then compacts the server's ghost history (zkState.history) up to the same
 * point: its prefix becomes (length, running hash, last txn), which the checker compares with the
 * canonical delivered sequence whenever it reads a history (check/compacted.ts).
 *
 * Runs below every threshold never reach this code, so their traces are unchanged.
 */
import { CHUNK, dropChunksBefore, firstIndex, lastIndexWhere } from '../kernel/chunkedList';
import { nextInt, prngFor } from '../kernel/prng';
import { foldTxn, PREFIX_HASH_SEED } from '../check/prefixHash';
import { txnValue, type Txn } from '../zab/messages';
import { compareZxid, type Zxid } from '../zab/zxid';
import type { Disk, DiskSnapshot, RetainedSnapshot } from './zkDb';
import type { World } from './world';
import type { ZkServerState } from './zkState';

/** The running hash step over engine txns: the checker folds the same (zxid, value) pairs. */
export const HISTORY_FOLD = {
  seed: PREFIX_HASH_SEED,
  step: (h: number, t: Txn) => foldTxn(h, t.zxid.epoch, t.zxid.counter, txnValue(t)),
};

/**
 * SyncRequestProcessor.resetSnapshotStats: randRoll = a random int below snapCount / 2, drawn when
 * the processor starts and after each snapshot, "so that not all of the servers in the ensemble
 * take a snapshot at the same time". ZooKeeper draws from ThreadLocalRandom; here each roll is a
 * stream of its own, named by the server, its incarnation and the roll's number, so it is seeded
 * and consumes nothing from the streams existing runs use (their traces stay the same).
 */
export function snapRoll(
  seed: number,
  sid: number,
  incarnation: number,
  roll: number,
  snapCount: number,
): number {
  const half = Math.floor(snapCount / 2);
  if (half <= 1) return 0;
  return nextInt(prngFor(seed, `disk.snapRoll.${sid}.${incarnation}.${roll}`), 0, half - 1);
}

/**
 * SyncRequestProcessor.shouldSnapshot after a txn reached the log: more than snapCount / 2 +
 * randRoll txns since the log was last rolled (snapSizeLimitInKb is off in the simulation).
 */
export function shouldSnapshot(z: ZkServerState, snapCount: number): boolean {
  return z.txnCount > Math.floor(snapCount / 2) + z.snapRoll;
}

/**
 * PurgeTxnLog.purge(dataDir, snapDir, snapRetainCount) right after a snapshot: keep the newest
 * `snapRetainCount` snapshots, and the txn-log files from the one that holds the oldest kept
 * snapshot's zxid on (FileTxnLog.getLogFiles(logs, leastZxidToBeRetain): "the log file that starts
 * at, or just before, the snapshot, and all subsequent logs"). The simulated log drops whole
 * chunks of 256 txns, so it keeps up to 255 txns more than ZooKeeper would.
 */
export function purgeTxnLog(disk: Disk, snap: DiskSnapshot, snapRetainCount: number): number {
  const written = { zxid: snap.zxid, historyLength: snap.history.length };
  const all = [...(disk.retainedSnapshots ?? []), written];
  const kept = all.slice(Math.max(0, all.length - snapRetainCount));
  disk.retainedSnapshots = kept;
  if (kept.length < snapRetainCount) return 0;
  const oldest = kept[0] as RetainedSnapshot;
  const log = disk.log;
  // The last logged txn at or before the oldest kept snapshot, and the file that holds it.
  const at = lastIndexWhere(log, (t) => compareZxid(t.zxid, oldest.zxid) <= 0);
  let keepFrom = -1;
  for (const i of disk.logFiles) if (i >= firstIndex(log) && i <= at) keepFrom = i;
  if (keepFrom > firstIndex(log)) {
    dropChunksBefore(log, keepFrom);
    disk.logFiles = disk.logFiles.filter((i) => i >= keepFrom);
  }
  return oldest.historyLength;
}

/**
 * Compacts the server's ghost history up to the oldest retained snapshot (what ZooKeeper can no
 * longer restore), but never into what the server still needs: the committed log's last
 * `commitLogCount` txns (DIFF reads them) and the txns after its last delivered one (a reload
 * delivers them). The newest snapshot's ghost history is compacted the same way; snapshots are
 * immutable, so it is replaced, not changed.
 */
export function compactHistory(
  z: ZkServerState,
  disk: Disk,
  upTo: number,
  commitLogCount: number,
  lastDelivered: Zxid,
): void {
  const h = z.history;
  const delivered = lastIndexWhere(h, (t) => compareZxid(t.zxid, lastDelivered) <= 0) + 1;
  const n = Math.min(upTo, h.length - commitLogCount, delivered);
  dropChunksBefore(h, n, HISTORY_FOLD);
  const snap = disk.snapshot;
  if (snap !== null && firstIndex(snap.history) < firstIndex(h) && snap.history.length >= n) {
    const history = { ...snap.history, chunks: snap.history.chunks.slice() };
    dropChunksBefore(history, firstIndex(h), HISTORY_FOLD);
    disk.snapshot = { ...snap, history };
  }
}

/**
 * Write records the run keeps whole: no reader needs older ones (the app reads none; the CLI's
 * report and the sweep's liveness probe read the newest, and a probe's writes are few), and the
 * counts of the dropped ones stay in `writesDropped`. Above every existing scenario's write count.
 */
export const WRITE_RECORDS_KEPT = 10_000;

/**
 * Drops the oldest write records once more than WRITE_RECORDS_KEPT follow them, never a pending
 * one (its outcome is still to be written), counting the dropped outcomes. Called once a chunk.
 */
export function purgeWriteRecords(w: World): void {
  if (w.writes.length % CHUNK !== 0) return;
  const oldestPending = w.pendingWrites[0] ?? w.writes.length;
  const upTo = Math.min(oldestPending, w.writes.length - WRITE_RECORDS_KEPT);
  if (upTo <= firstIndex(w.writes)) return;
  const dropped = dropChunksBefore(w.writes, upTo);
  if (dropped.length === 0) return;
  const counts = { ...(w.writesDropped ?? { committed: 0, failed: 0 }) };
  for (const r of dropped) {
    if (r.outcome === 'committed') counts.committed++;
    else if (r.outcome === 'failed') counts.failed++;
  }
  w.writesDropped = counts;
}
