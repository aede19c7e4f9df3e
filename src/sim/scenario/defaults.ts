/**
 * Every default of the scenario format in one place, so that validation fills them and nothing
 * else needs to know them. Timing defaults are those of conf/zoo_sample.cfg rather than of the
 * code (ZooKeeperServer.DEFAULT_TICK_TIME is 3000 ms, and initLimit/syncLimit have none), because
 * almost every deployment copies the sample file (ZAB.md section 9).
 */
export const DEFAULTS = {
  observers: 0,
  tickTimeMs: 2000,
  initLimit: 10,
  syncLimit: 5,
  startAtMs: 0,
  /** ZKDatabase.DEFAULT_COMMIT_LOG_COUNT: the window of committed proposals kept for DIFF. */
  commitLogCount: 500,
  /** ZKDatabase.DEFAULT_SNAPSHOT_SIZE_FACTOR: the txn log may serve a DIFF up to 0.33 x the snapshot. */
  snapshotSizeFactor: 0.33,
  /** ZooKeeperServer's default zookeeper.snapCount (SyncRequestProcessor). */
  snapCount: 100_000,
  /** DatadirCleanupManager / PurgeTxnLog: autopurge.snapRetainCount defaults to 3, its minimum. */
  snapRetainCount: 3,
  delayMsMin: 1,
  delayMsMax: 5,
  fsyncMsMin: 0,
  fsyncMsMax: 2,
  clientStartAtMs: 0,
  /** ZooKeeper's API uses -1 for "any version" in delete and setData. */
  anyVersion: -1,
  createMode: 'persistent',
  createData: '',
  watch: false,
  vnodes: 100,
  backendSlots: 1,
  backendQueueMax: 50,
  backendWeight: 1,
  keysCount: 10000,
  keysZipfS: 0,
} as const;

/** The largest ensemble: sids are single digits, as in the lessons' diagrams. */
export const MAX_SIDS = 9;
