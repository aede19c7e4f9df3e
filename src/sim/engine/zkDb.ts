/**
 * ZKDatabase and FileTxnSnapLog over one server's plain data (ZAB.md 1.4, 10 "Disk"): the data
 * tree with its lastProcessedZxid, the in-memory committed log, the snapshot on disk, and every
 * place ZooKeeper 3.9 moves lastProcessedZxid, each named after the method that does it.
 *
 * lastProcessedZxid is what a server votes with (QuorumPeer.getLastLoggedZxid returns
 * zkDb.getDataTreeLastProcessedZxid()), so this file decides elections as much as fle.ts does.
 * Every move records why, as data (`LastProcessedOrigin`), so the app can say where a vote zxid
 * came from without parsing a sentence.
 *
 * Cost: the tree's znodes are immutable records shared by every copy, so a snapshot copies only
 * the top-level maps (cloneDataTree) and the txn lists share their full chunks (cloneList). A
 * snapshot on disk is never mutated after it is written, so checkpoints share it by reference.
 */
import {
  append,
  at,
  cloneList,
  emptyList,
  lastIndexWhere,
  lastItem,
  truncate,
  type ChunkedList,
} from '../kernel/chunkedList';
import type { Txn } from '../zab/messages';
import { compareZxid, ZXID_ZERO, type Zxid } from '../zab/zxid';
import { cloneDataTree, emptyDataTree, type ApplyResult, type DataTree } from '../zk/dataTree';
import type { LastProcessedOrigin, LoadCause } from '../zab/voteOrigin';
import { applyLogged, type ZkServerState } from './zkState';

/** ZKDatabase.DEFAULT_COMMIT_LOG_COUNT: ZooKeeper raises any smaller zookeeper.commitLogCount to it. */
export const ZOOKEEPER_COMMIT_LOG_COUNT = 500;

/** Why a snapshot was written: ZooKeeper takes one only at these points (ZAB.md 1.4, F7 of the audit). */
export type SnapshotCause =
  /** FileTxnSnapLog.restore on an empty data directory: snapshot.0 (trustEmptyDB). */
  | 'initial'
  /** Leader.lead -> ZooKeeperServer.loadData -> takeSnapshot, when a server starts leading. */
  | 'lead'
  /** Learner.syncWithLeader at NEWLEADER after a SNAP (takeSnapshot(syncSnapshot = true)). */
  | 'snap'
  /** Learner.syncWithLeader at NEWLEADER after a TRUNC. */
  | 'trunc'
  /** SyncRequestProcessor: snapCount / 2 + randRoll txns logged since the last roll. */
  | 'snapCount';

/** snapshot.<zxid> in the data directory. Immutable once written. */
export interface DiskSnapshot {
  /** Its name's zxid: the tree's lastProcessedZxid when it was written (FileTxnSnapLog.save). */
  zxid: Zxid;
  tree: DataTree;
  /**
   * Ghost, for the safety checker only (ZAB.md 7.1): the txns this tree holds, oldest first. A
   * real snapshot stores no history; the checker needs it to know what a server has.
   */
  history: ChunkedList<Txn>;
  cause: SnapshotCause;
  atMs: number;
}

/**
 * A server's data directory (ZAB.md 1.1 and 1.4): the two epoch files, the newest snapshot and
 * the transaction log. ZooKeeper never deletes txn-log files when it takes a snapshot (a SNAP
 * included), so `log` keeps every txn this server logged that no TRUNC cut off, until PurgeTxnLog
 * deletes the files before the oldest retained snapshot (engine/purge.ts; a long run only): then
 * `log.base` counts the purged txns. A restart loads `snapshot` and replays only the txns logged
 * after its zxid (FileTxnSnapLog.restore).
 */
export interface Disk {
  acceptedEpoch: number;
  currentEpoch: number;
  /** The newest snapshot.<zxid>, or null before the first start writes snapshot.0. */
  snapshot: DiskSnapshot | null;
  log: ChunkedList<Txn>;
  /**
   * Where each txn-log file (log.<zxid>) begins, as indexes into `log`, ascending. FileTxnLog
   * starts a file at the first append after it is opened: after every process start and after a
   * TRUNC (ZKDatabase.truncateLog reopens it). Files matter to syncFollower's size check.
   */
  logFiles: number[];
  /**
   * The snapshots PurgeTxnLog keeps (the newest autopurge.snapRetainCount), oldest first, by
   * zxid; absent until the first snapshot by count (engine/purge.ts). The newest one's content is
   * `snapshot`: a restart loads only that one.
   */
  retainedSnapshots?: RetainedSnapshot[];
}

export interface RetainedSnapshot {
  zxid: Zxid;
  /** Length of the ghost history the snapshot held: how far its server's history may compact. */
  historyLength: number;
}

const COMMIT: LastProcessedOrigin = { origin: 'commit' };

export function emptySnapshot(atMs: number): DiskSnapshot {
  return {
    zxid: ZXID_ZERO,
    tree: emptyDataTree(),
    history: emptyList<Txn>(),
    cause: 'initial',
    atMs,
  };
}

/** Index of the first logged txn after `zxid` (FileTxnLog.read(zxid + 1)). */
export function firstLoggedAfter(log: ChunkedList<Txn>, zxid: Zxid): number {
  return lastIndexWhere(log, (t) => compareZxid(t.zxid, zxid) <= 0) + 1;
}

/**
 * DataTree.processTxn plus ZKDatabase.addCommittedProposal: the tree applies the txn and the
 * committed log gains it. A txn at or below lastProcessedZxid is already in (ZooKeeper's
 * addCommittedProposal drops `zxid <= maxCommittedLog` the same way): null then.
 */
function processTxn(z: ZkServerState, t: Txn): ApplyResult | null {
  if (compareZxid(t.zxid, z.tree.lastProcessedZxid) <= 0) return null;
  const result = applyLogged(z.tree, t);
  append(z.history, t);
  return result;
}

/**
 * FileTxnSnapLog.restore via ZKDatabase.loadDataBase: the newest snapshot, then every txn logged
 * after its zxid (fastForwardFromEdits: txnLog.read(snapZxid + 1)). The replayed txns, and only
 * they, form the committed log (commitProposalPlaybackListener). Writes snapshot.0 on an empty
 * data directory first, as restore does.
 */
export function loadDataBase(z: ZkServerState, disk: Disk, nowMs: number, cause: LoadCause): void {
  if (disk.snapshot === null) disk.snapshot = emptySnapshot(nowMs);
  const snap = disk.snapshot;
  z.tree = cloneDataTree(snap.tree);
  z.tree.lastProcessedZxid = snap.zxid;
  z.history = cloneList(snap.history);
  z.committedFrom = z.history.length;
  let replayed = 0;
  for (let i = firstLoggedAfter(disk.log, snap.zxid); i < disk.log.length; i++) {
    if (processTxn(z, at(disk.log, i) as Txn) !== null) replayed++;
  }
  z.lastProcessedOrigin =
    replayed === 0
      ? { origin: 'restart-snapshot', snapshotZxid: snap.zxid, cause }
      : { origin: 'restart-log', snapshotZxid: snap.zxid, replayed, cause };
}

/**
 * ZKDatabase.fastForwardDataBase, when a running server shuts down its role
 * (ZooKeeperServer.shutdown with canShutdown()): every logged txn after lastProcessedZxid is
 * applied, committed or not, and added to the committed log. Returns how many.
 */
export function fastForwardDataBase(z: ZkServerState, disk: Disk): number {
  let replayed = 0;
  const from = firstLoggedAfter(disk.log, z.tree.lastProcessedZxid);
  for (let i = from; i < disk.log.length; i++) {
    if (processTxn(z, at(disk.log, i) as Txn) !== null) replayed++;
  }
  if (replayed > 0) z.lastProcessedOrigin = { origin: 'fast-forward', replayed };
  return replayed;
}

/** A committed txn reaches the tree (FinalRequestProcessor -> ZooKeeperServer.processTxn). */
export function applyCommitted(z: ZkServerState, t: Txn): ApplyResult | null {
  const result = processTxn(z, t);
  if (result !== null) z.lastProcessedOrigin = COMMIT;
  return result;
}

/** A committed txn of the sync stream, applied in memory (Learner.syncWithLeader: zk.processTxn). */
export function applySynced(z: ZkServerState, t: Txn, from: number): void {
  if (processTxn(z, t) === null) return;
  const o = z.lastProcessedOrigin;
  if (o.origin !== 'sync-commit' || o.from !== from)
    z.lastProcessedOrigin = { origin: 'sync-commit', from };
}

/**
 * ZooKeeperServer.takeSnapshot -> FileTxnSnapLog.save: snapshot.<lastProcessedZxid> of the tree
 * as it is now. The txn log is not touched.
 */
export function takeSnapshot(
  z: ZkServerState,
  disk: Disk,
  cause: SnapshotCause,
  nowMs: number,
): DiskSnapshot {
  const snap: DiskSnapshot = {
    zxid: z.tree.lastProcessedZxid,
    tree: cloneDataTree(z.tree),
    history: cloneList(z.history),
    cause,
    atMs: nowMs,
  };
  disk.snapshot = snap;
  return snap;
}

/** What a leader sends after SNAP: its serialized tree (LearnerHandler: serializeSnapshot). */
export interface SnapshotPayload {
  zxid: Zxid;
  tree: DataTree;
  history: ChunkedList<Txn>;
}

export function serializeSnapshot(z: ZkServerState): SnapshotPayload {
  return {
    zxid: z.tree.lastProcessedZxid,
    tree: cloneDataTree(z.tree),
    history: cloneList(z.history),
  };
}

/**
 * Learner.syncWithLeader on SNAP: ZKDatabase.deserializeSnapshot clears the database (a new
 * tree, an empty committed log) and loads the leader's tree, then setlastProcessedZxid(SNAP
 * zxid). The txn log on disk is not touched; the snapshot is written at NEWLEADER.
 */
export function deserializeSnapshot(z: ZkServerState, snap: SnapshotPayload, from: number): void {
  z.tree = cloneDataTree(snap.tree);
  z.tree.lastProcessedZxid = snap.zxid;
  z.history = cloneList(snap.history);
  z.committedFrom = z.history.length;
  z.lastProcessedOrigin = { origin: 'snap', from };
}

/**
 * Learner.syncWithLeader on TRUNC: ZKDatabase.truncateLog clears the database, cuts the txn log
 * after `zxid` (FileTxnLog.truncate; snapshots stay), reloads from disk, and the learner then
 * sets lastProcessedZxid to the TRUNC zxid. Returns the snapshot it reloaded when that one holds
 * txns after the TRUNC zxid: a snapshot taken by Leader.lead over a fast-forwarded, never
 * committed tail is loaded whole, so the tree keeps txns the leader never committed (a "dirty
 * snapshot" hazard of ZooKeeper's code: nothing in truncateLog removes newer snapshots).
 */
export function truncateLog(
  z: ZkServerState,
  disk: Disk,
  zxid: Zxid,
  from: number,
  nowMs: number,
): { dirtySnapshotZxid: Zxid | null } {
  const keep = firstLoggedAfter(disk.log, zxid);
  truncate(disk.log, keep);
  // FileTxnLog.truncate deletes the files after the cut; FileTxnSnapLog.truncateLog reopens the log.
  disk.logFiles = disk.logFiles.filter((i) => i < keep);
  z.logStreamOpen = false;
  loadDataBase(z, disk, nowMs, 'start');
  const dirty = compareZxid(lastAppliedZxid(z), zxid) > 0;
  z.tree.lastProcessedZxid = zxid;
  z.lastProcessedOrigin = { origin: 'trunc', from };
  return { dirtySnapshotZxid: dirty ? (disk.snapshot?.zxid ?? ZXID_ZERO) : null };
}

/** Leader.startZkServer: zk.getZKDatabase().setlastProcessedZxid(zk.getZxid()), i.e. (e, 0). */
export function setActivationZxid(z: ZkServerState, zxid: Zxid): void {
  z.tree.lastProcessedZxid = zxid;
  z.lastProcessedOrigin = { origin: 'activation', epoch: zxid.epoch };
}

/**
 * ZKDatabase.committedLog as indexes into `history`: the txns applied since the database was
 * last loaded or cleared, at most `commitLogCount` of them (3.9's addCommittedProposal appends,
 * then drops the head while the list holds more than commitLogCount: exactly that many remain).
 */
export function committedLogRange(
  z: ZkServerState,
  commitLogCount: number,
): { from: number; to: number } {
  const to = z.history.length;
  return { from: Math.max(z.committedFrom, to - Math.max(0, commitLogCount)), to };
}

/** The last txn the tree holds (its lastProcessedZxid may be a later (e, 0) marker). */
export function lastAppliedZxid(z: ZkServerState): Zxid {
  return lastItem(z.history)?.zxid ?? ZXID_ZERO;
}

/**
 * A txn-log file's length as soon as it holds a txn: FilePadding grows it by preAllocSize (64 MiB)
 * past its 16-byte header (FileTxnLog's magic, version and dbid): 67,108,880 bytes, as ZooKeeper
 * 3.8.0 logs it ("Txnlog size: 67108880 exceeds sizeLimit: 237").
 */
export const TXN_LOG_PREALLOC_BYTES = 16 + 64 * 1024 * 1024;
/**
 * An estimate of snapshot.<zxid>'s size in bytes (FileSnap.serialize: a header, the sessions, then
 * per znode its path, data, ACL reference and StatPersisted, then the digest and the trailer).
 * Only its order of magnitude matters: ZKDatabase.calculateTxnLogSizeLimit compares a third of it
 * with txn-log files of at least 64 MiB.
 */
export function estimateSnapshotBytes(tree: DataTree): number {
  // Calibrated on ZooKeeper 3.8.0: an empty database's snapshot.0 is 595 bytes (header, the
  // /zookeeper nodes, ACLs, digest and trailer, plus "/"), and each znode adds its path, its
  // data, 4-byte lengths, an ACL id and StatPersisted; each session its id and timeout.
  const EMPTY = 595;
  const PER_NODE = 4 + 4 + 8 + 68;
  let bytes = EMPTY - (PER_NODE + 1) + 12 * Object.keys(tree.sessions).length;
  for (const path of Object.keys(tree.nodes)) {
    bytes += PER_NODE + path.length + (tree.nodes[path]?.data.length ?? 0);
  }
  return bytes;
}

/**
 * FileTxnLog.append: the first append after the log was opened starts a new file log.<zxid>.
 */
export function appendToTxnLog(z: ZkServerState, disk: Disk, t: Txn): void {
  if (!z.logStreamOpen) {
    disk.logFiles.push(disk.log.length);
    z.logStreamOpen = true;
  }
  append(disk.log, t);
}

/**
 * ZKDatabase.getProposalsFromTxnLog's size check for a read from `peer` on:
 * calculateTxnLogSizeLimit is snapshotSizeFactor x the newest snapshot's size (-1 when the
 * factor is negative: isTxnLogSyncEnabled is false and the branch is skipped), and
 * TxnIterator.getStorageSize sums the files the iterator still holds once it opened its first
 * one (FileTxnIterator.init keeps the files starting at or after the peer's zxid plus the newest
 * one before it, and goToNextLog takes the oldest out): the files after the one the read starts
 * in. Each counts its preallocated length (a file cut by a TRUNC is shorter; the simulator does
 * not model that).
 */
export function txnLogSizeCheck(
  disk: Disk,
  peer: Zxid,
  snapshotSizeFactor: number,
): { sizeLimitBytes: number; storageBytes: number } {
  const snapBytes = disk.snapshot === null ? 0 : estimateSnapshotBytes(disk.snapshot.tree);
  const startZxid = (i: number) => (at(disk.log, i) as Txn).zxid;
  const files = disk.logFiles.filter((i) => i < disk.log.length);
  const atOrAfter = files.filter((i) => compareZxid(startZxid(i), peer) >= 0).length;
  const stored = atOrAfter + (atOrAfter < files.length ? 1 : 0);
  return {
    // A negative factor disables the txn-log branch (isTxnLogSyncEnabled); the limit is then -1.
    sizeLimitBytes: snapshotSizeFactor < 0 ? -1 : Math.floor(snapBytes * snapshotSizeFactor),
    storageBytes: Math.max(0, stored - 1) * TXN_LOG_PREALLOC_BYTES,
  };
}
