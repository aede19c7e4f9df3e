/**
 * How a leader synchronizes a learner (LearnerHandler.syncFollower, queueCommittedProposals;
 * ZAB.md section 4.4). Pure: it looks at the leader's log, its committed watermark and the
 * learner's last zxid, and returns the mode plus where the stream starts.
 */
import { compareZxid, zxidEquals, type Zxid } from './zxid';

export type SyncMode = 'DIFF' | 'TRUNC' | 'SNAP';

export interface SyncPlan {
  mode: SyncMode;
  /** DIFF: the zxid sent in the DIFF packet; TRUNC: the zxid to truncate to; SNAP: the snapshot zxid. */
  zxid: Zxid;
  /** Index in the leader's log of the first committed txn to stream as PROPOSAL/COMMIT (DIFF and TRUNC). */
  fromIndex: number;
  /** Which rule of section 4.4 chose the mode, for the explanation. */
  rule: string;
}

export interface LeaderLogView {
  /** Number of txns in the leader's log. */
  length: number;
  zxidAt(index: number): Zxid;
  /** Count of committed txns (a prefix of the log). */
  committed: number;
  lastProcessedZxid: Zxid;
  /** The in-memory committed-log window (ZKDatabase.commitLogCount, default 500). */
  commitLogCount: number;
}

/** Index of zxid z in the log, or -1; the log's zxids strictly increase, so binary search. */
function indexOf(log: LeaderLogView, z: Zxid, hi: number): number {
  let lo = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareZxid(log.zxidAt(mid), z);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Index of the first log entry after z (within the committed prefix). */
function firstAfter(log: LeaderLogView, z: Zxid, hi: number): number {
  let lo = 0,
    ans = hi + 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (compareZxid(log.zxidAt(mid), z) > 0) {
      ans = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return ans;
}

export function syncModeFor(log: LeaderLogView, peerLastZxid: Zxid): SyncPlan {
  const lastCommittedIdx = log.committed - 1;
  if (zxidEquals(peerLastZxid, log.lastProcessedZxid)) {
    return {
      mode: 'DIFF',
      zxid: peerLastZxid,
      fromIndex: log.committed,
      rule: 'in sync: empty DIFF',
    };
  }
  if (lastCommittedIdx < 0) {
    // An empty committed log: both bounds are lastProcessedZxid.
    if (compareZxid(peerLastZxid, log.lastProcessedZxid) > 0 && peerLastZxid.counter !== 0) {
      return {
        mode: 'TRUNC',
        zxid: log.lastProcessedZxid,
        fromIndex: 0,
        rule: 'learner ahead of an empty log: TRUNC',
      };
    }
    return {
      mode: 'SNAP',
      zxid: log.lastProcessedZxid,
      fromIndex: 0,
      rule: 'no committed log to diff from: SNAP',
    };
  }
  const maxCommitted = log.zxidAt(lastCommittedIdx);
  const minIdx = Math.max(0, log.committed - log.commitLogCount);
  const minCommitted = log.zxidAt(minIdx);
  if (compareZxid(peerLastZxid, maxCommitted) > 0 && peerLastZxid.counter !== 0) {
    return {
      mode: 'TRUNC',
      zxid: maxCommitted,
      fromIndex: log.committed,
      rule: 'learner ahead of the committed log: TRUNC',
    };
  }
  if (
    compareZxid(peerLastZxid, minCommitted) >= 0 &&
    compareZxid(peerLastZxid, maxCommitted) <= 0
  ) {
    const found = indexOf(log, peerLastZxid, lastCommittedIdx);
    if (found >= 0) {
      return {
        mode: 'DIFF',
        zxid: maxCommitted,
        fromIndex: found + 1,
        rule: 'learner zxid found in the committed log: DIFF',
      };
    }
    const next = firstAfter(log, peerLastZxid, lastCommittedIdx);
    const nextZxid = log.zxidAt(next);
    if (peerLastZxid.counter === 0) {
      return {
        mode: 'DIFF',
        zxid: maxCommitted,
        fromIndex: next,
        rule: 'learner at an epoch boundary: DIFF',
      };
    }
    if (next > 0 && nextZxid.epoch === peerLastZxid.epoch) {
      return {
        mode: 'TRUNC',
        zxid: log.zxidAt(next - 1),
        fromIndex: next,
        rule: 'learner has an uncommitted tail in the same epoch: TRUNC',
      };
    }
    return {
      mode: 'SNAP',
      zxid: log.lastProcessedZxid,
      fromIndex: 0,
      rule: 'a TRUNC would cross an epoch boundary: SNAP',
    };
  }
  // Older than the in-memory window: the on-disk log can serve a DIFF only if it proves
  // continuity from the learner's zxid; an empty learner (zxid 0) never can (getProposalsFromTxnLog).
  // A learner at (e,0) above maxCommittedLog matches no rule: ZooKeeper logs "Unhandled scenario"
  // and falls back to SNAP, as below.
  if (
    compareZxid(peerLastZxid, minCommitted) < 0 &&
    (peerLastZxid.epoch !== 0 || peerLastZxid.counter !== 0)
  ) {
    const found = indexOf(log, peerLastZxid, lastCommittedIdx);
    if (found >= 0) {
      return {
        mode: 'DIFF',
        zxid: maxCommitted,
        fromIndex: found + 1,
        rule: 'learner zxid found in the on-disk log: DIFF',
      };
    }
  }
  return {
    mode: 'SNAP',
    zxid: log.lastProcessedZxid,
    fromIndex: 0,
    rule: 'learner older than the logs can prove: SNAP',
  };
}
