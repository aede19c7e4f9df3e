/**
 * How a leader synchronizes a learner: LearnerHandler.syncFollower and queueCommittedProposals of
 * ZooKeeper 3.9, transliterated (ZAB.md section 4.4). Pure: it reads the leader's data tree
 * lastProcessedZxid, its in-memory committed log (ZKDatabase.committedLog, only the txns applied
 * since the database was last loaded or cleared), its txn log on disk with ZooKeeper's size check,
 * and the learner's peerLastZxid from ACKEPOCH; it returns the mode, the op packet's zxid, which
 * rule decided (a code), and the txns that follow as PROPOSAL/COMMIT pairs.
 */
import { compareZxid, zxidEquals, type Zxid } from './zxid';

export type SyncMode = 'DIFF' | 'TRUNC' | 'SNAP';

/** Which branch of syncFollower decided, as a code; SYNC_RULE_TEXT says it in English. */
export type SyncRule =
  | 'in-sync'
  | 'ahead-of-empty'
  | 'ahead-of-committed'
  | 'found-in-committed'
  | 'epoch-boundary'
  | 'uncommitted-tail'
  | 'trunc-crosses-epoch'
  | 'found-in-txnlog'
  | 'txnlog-epoch-boundary'
  | 'txnlog-uncommitted-tail'
  | 'txnlog-trunc-crosses-epoch'
  | 'txnlog-not-found'
  | 'txnlog-size-limit'
  | 'txnlog-empty'
  | 'txnlog-gap'
  | 'txnlog-disabled'
  | 'unhandled';

/** The English of each rule, for the trace line and the CLI (the app translates the code). */
export const SYNC_RULE_TEXT: Record<SyncRule, string> = {
  'in-sync': 'in sync: empty DIFF',
  'ahead-of-empty': 'learner ahead of an empty log: TRUNC',
  'ahead-of-committed': 'learner ahead of the committed log: TRUNC',
  'found-in-committed': 'learner zxid found in the committed log: DIFF',
  'epoch-boundary': 'learner at an epoch boundary: DIFF',
  'uncommitted-tail': 'learner has an uncommitted tail in the same epoch: TRUNC',
  'trunc-crosses-epoch': 'a TRUNC would cross an epoch boundary: SNAP',
  'found-in-txnlog': 'learner zxid found in the on-disk log: DIFF',
  'txnlog-epoch-boundary': 'learner at an epoch boundary, served from the on-disk log: DIFF',
  'txnlog-uncommitted-tail': 'learner has an uncommitted tail, cut using the on-disk log: TRUNC',
  'txnlog-trunc-crosses-epoch': 'a TRUNC would cross an epoch boundary (on-disk log): SNAP',
  'txnlog-not-found': 'learner older than the logs can prove: SNAP',
  'txnlog-size-limit': 'the on-disk log is over its size limit for a sync: SNAP',
  'txnlog-empty': 'no committed log to diff from: SNAP',
  'txnlog-gap': 'a gap between the on-disk log and the committed log: SNAP',
  'txnlog-disabled': 'learner older than the committed log, on-disk sync off: SNAP',
  unhandled: 'learner at an epoch marker above the committed log (Unhandled scenario): SNAP',
};

/** A read-only list of zxids, strictly increasing. */
export interface ZxidList {
  readonly length: number;
  zxidAt(index: number): Zxid;
}

export interface SyncInputs {
  /** The leader's data tree lastProcessedZxid. */
  lastProcessedZxid: Zxid;
  /** ZKDatabase.committedLog, oldest first. */
  committedLog: ZxidList;
  /** The txn log on disk (FileTxnLog), oldest first. */
  txnLog: ZxidList;
  /**
   * ZKDatabase.calculateTxnLogSizeLimit and TxnIterator.getStorageSize, in bytes; a negative
   * limit means zookeeper.snapshotSizeFactor is negative and the txn log is never read.
   */
  txnLogSize: { sizeLimitBytes: number; storageBytes: number };
}

/** A run of txns to send as PROPOSAL/COMMIT pairs: indexes [from, to) of one of the two lists. */
export interface StreamSegment {
  source: 'txnLog' | 'committedLog';
  from: number;
  to: number;
}

export interface SyncPlan {
  mode: SyncMode;
  /** DIFF: the packet's zxid; TRUNC: the zxid to truncate to; SNAP: the snapshot's zxid. */
  zxid: Zxid;
  rule: SyncRule;
  /** The txns that follow DIFF or TRUNC, in order (empty for SNAP). */
  stream: StreamSegment[];
  /** The bounds LearnerHandler logs ("maxCommittedLog=... minCommittedLog=..."). */
  minCommittedLog: Zxid;
  maxCommittedLog: Zxid;
}

/** Index of the first entry at or after z (binary search; the lists strictly increase). */
function firstAtOrAfter(list: ZxidList, z: Zxid): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareZxid(list.zxidAt(mid), z) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Queued {
  /** The DIFF or TRUNC packet this call queued, or null (needOpPacket still true). */
  op: { mode: 'DIFF' | 'TRUNC'; zxid: Zxid; at: 'found' | 'epoch-boundary' | 'tail' } | null;
  /** Queued txns, [from, to) of the list. */
  from: number;
  to: number;
  /** queuedZxid: the last txn queued, or the peer's zxid. */
  queued: Zxid;
  /** Returned early: a TRUNC would cross an epoch ("Cannot send TRUNC to peer sid"). */
  crossEpoch: boolean;
}

/**
 * LearnerHandler.queueCommittedProposals over `list`: skip what the peer has, queue DIFF when its
 * zxid is found (or it is an (e, 0) marker), TRUNC to the previous txn when it has an uncommitted
 * tail in the same epoch, and every later txn up to `maxZxid`.
 */
function queueCommittedProposals(
  list: ZxidList,
  peer: Zxid,
  maxZxid: Zxid | null,
  lastCommitted: Zxid,
  needOp: boolean,
): Queued {
  const newEpoch = peer.counter === 0;
  const start = firstAtOrAfter(list, peer);
  const r: Queued = { op: null, from: start, to: start, queued: peer, crossEpoch: false };
  for (let i = start; i < list.length; i++) {
    const p = list.zxidAt(i);
    if (maxZxid !== null && compareZxid(p, maxZxid) > 0) break;
    if (needOp) {
      if (zxidEquals(p, peer)) {
        r.op = { mode: 'DIFF', zxid: lastCommitted, at: 'found' };
        needOp = false;
        r.from = r.to = i + 1;
        continue;
      }
      if (newEpoch) {
        r.op = { mode: 'DIFF', zxid: lastCommitted, at: 'epoch-boundary' };
        needOp = false;
      } else {
        // p > peer: the peer has txns this leader has not seen (it may have been a leader).
        if (p.epoch !== peer.epoch || i === 0) return { ...r, crossEpoch: true };
        r.op = { mode: 'TRUNC', zxid: list.zxidAt(i - 1), at: 'tail' };
        needOp = false;
      }
    }
    if (compareZxid(p, r.queued) <= 0) continue;
    if (r.to === r.from) r.from = i;
    r.to = i + 1;
    r.queued = p;
  }
  if (needOp && newEpoch) r.op = { mode: 'DIFF', zxid: lastCommitted, at: 'epoch-boundary' };
  return r;
}

function opRule(op: NonNullable<Queued['op']>, source: StreamSegment['source']): SyncRule {
  const onDisk = source === 'txnLog';
  if (op.at === 'found') return onDisk ? 'found-in-txnlog' : 'found-in-committed';
  if (op.at === 'epoch-boundary') return onDisk ? 'txnlog-epoch-boundary' : 'epoch-boundary';
  return onDisk ? 'txnlog-uncommitted-tail' : 'uncommitted-tail';
}

/** LearnerHandler.syncFollower: the first rule that applies (ZAB.md 4.4). */
export function syncModeFor(inp: SyncInputs, peer: Zxid): SyncPlan {
  const lpz = inp.lastProcessedZxid;
  const cl = inp.committedLog;
  // An empty committed log: both bounds are lastProcessedZxid.
  const min = cl.length === 0 ? lpz : cl.zxidAt(0);
  const max = cl.length === 0 ? lpz : cl.zxidAt(cl.length - 1);
  const plan = (mode: SyncMode, zxid: Zxid, rule: SyncRule, stream: StreamSegment[] = []) => ({
    mode,
    zxid,
    rule,
    stream,
    minCommittedLog: min,
    maxCommittedLog: max,
  });
  const snap = (rule: SyncRule) => plan('SNAP', lpz, rule);
  const newEpoch = peer.counter === 0;
  if (zxidEquals(lpz, peer)) return plan('DIFF', peer, 'in-sync');
  if (compareZxid(peer, max) > 0 && !newEpoch)
    return plan('TRUNC', max, cl.length === 0 ? 'ahead-of-empty' : 'ahead-of-committed');
  if (compareZxid(min, peer) <= 0 && compareZxid(peer, max) <= 0) {
    const q = queueCommittedProposals(cl, peer, null, max, true);
    if (q.crossEpoch) return snap('trunc-crosses-epoch');
    if (q.op === null) return snap('unhandled');
    return plan(q.op.mode, q.op.zxid, opRule(q.op, 'committedLog'), segments('committedLog', q));
  }
  // txnLogSyncEnabled (snapshotSizeFactor >= 0): a negative size limit means the factor is off.
  if (compareZxid(peer, min) < 0 && inp.txnLogSize.sizeLimitBytes >= 0)
    return fromTxnLog(inp, peer, min, max, plan, snap);
  if (compareZxid(peer, min) < 0) return snap('txnlog-disabled');
  // A peer at (e, 0) above maxCommittedLog: no branch takes it ("Unhandled scenario for peer sid").
  return snap('unhandled');
}

function segments(source: StreamSegment['source'], q: Queued): StreamSegment[] {
  return q.to > q.from ? [{ source, from: q.from, to: q.to }] : [];
}

/**
 * syncFollower's txn-log branch: ZKDatabase.getProposalsFromTxnLog gives nothing when the log's
 * first txn is newer than the peer ("Unable to find proposals from txnlog") or the log is over
 * its size limit; otherwise the log is queued up to minCommittedLog, and the committed log after
 * it, unless the two do not meet ("Detected gap between end of txnlog and start of committedLog").
 */
function fromTxnLog(
  inp: SyncInputs,
  peer: Zxid,
  min: Zxid,
  max: Zxid,
  plan: (m: SyncMode, z: Zxid, r: SyncRule, s?: StreamSegment[]) => SyncPlan,
  snap: (r: SyncRule) => SyncPlan,
): SyncPlan {
  const log = inp.txnLog;
  if (log.length > 0 && compareZxid(log.zxidAt(0), peer) > 0) return snap('txnlog-not-found');
  const { sizeLimitBytes, storageBytes } = inp.txnLogSize;
  if (sizeLimitBytes > 0 && storageBytes > sizeLimitBytes) return snap('txnlog-size-limit');
  if (log.length === 0) return snap('txnlog-empty');
  const q = queueCommittedProposals(log, peer, min, max, true);
  if (q.crossEpoch) return snap('txnlog-trunc-crosses-epoch');
  if (compareZxid(q.queued, min) < 0 || q.op === null) return snap('txnlog-gap');
  const rest = queueCommittedProposals(inp.committedLog, q.queued, null, max, false);
  return plan(q.op.mode, q.op.zxid, opRule(q.op, 'txnLog'), [
    ...segments('txnLog', q),
    ...segments('committedLog', rest),
  ]);
}
