/**
 * Delivery invariants (ZAB.md section 7.2 items 2 to 7): PrefixConsistency, Integrity, Agreement,
 * TotalOrder, LocalPrimaryOrder and GlobalPrimaryOrder, checked in O(1) per delivery in a correct
 * run.
 *
 * All servers' delivered sequences must be prefixes of one canonical sequence (the longest one
 * seen). A delivery either extends the canonical sequence, repeats the entry at the server's
 * position, or diverges. A divergence is reported once, under the most specific property it
 * breaks, and the server then keeps its own sequence so that one fault does not flood the report:
 *  - it delivers a transaction that appears later in the canonical sequence: it skipped what
 *    another server delivered first (TotalOrder; Zab.tla `TotalOrder`);
 *  - it delivers a transaction nobody else delivered, where others delivered a different one:
 *    each side now holds a transaction the other lacks (Agreement);
 *  - it delivers the same zxid with a different value: the sequences name the same transactions
 *    in the same order but disagree on content (PrefixConsistency).
 * A delivery of a zxid the server already delivered is not a new delivery (SNAP content and the
 * sync stream repeat history): the same value is ignored, a different value means the server's
 * own sequence changed (PrefixConsistency). In a long run the canonical entries every server
 * delivered may have been dropped (canonicalCompaction.ts, checked when the sequence fills a
 * chunk); a repeat of one of those is taken as the harmless repeat it is, its value no longer
 * known. The engine never sends one: ServerPort.deliver skips every zxid up to the server's last
 * delivered one, which survives crashes.
 */
import {
  append,
  at,
  CHUNK,
  cloneList,
  emptyList,
  firstIndex,
  truncate,
} from '../kernel/chunkedList';
import { compareZxid } from '../zab/zxid';
import { compactCanonical } from './canonicalCompaction';
import type { GhostTxn } from './ghost';
import { indexInLeaderSequence, wasProposed } from './broadcastLog';
import {
  deliveredList,
  hasDelivered,
  indexOfZxid,
  sameTxn,
  serverOf,
  toRecord,
  zxidOf,
  type CheckerState,
  type ServerGhost,
  type TxnRecord,
} from './checkerState';
import { canonicalWitness, report, type Sink } from './report';
import { txnParams, violationParams } from './violationParams';
import { checkLateDelivery, checkLearnerDelivery } from './primary';

/** A server applied a committed transaction. */
export function onDeliver(st: CheckerState, sink: Sink, sid: number, txn: GhostTxn): void {
  const s = serverOf(st, sid);
  if (compareZxid(txn.zxid, s.maxDelivered) <= 0 && isRedelivery(st, sink, s, txn)) return;
  const leaderIndex = checkIntegrity(st, sink, sid, txn);
  checkPrimaryOrder(st, sink, s, txn, leaderIndex);
  const placed = place(st, sink, s, txn);
  if (placed.firstAnywhere) checkLateDelivery(st, sink, sid, txn);
  checkLearnerDelivery(st, sink, s, txn, placed.position);
  if (compareZxid(txn.zxid, s.maxDelivered) > 0)
    s.maxDelivered = { epoch: txn.zxid.epoch, counter: txn.zxid.counter };
}

/** True when the server already delivered this zxid (reporting a changed value). */
function isRedelivery(st: CheckerState, sink: Sink, s: ServerGhost, txn: GhostTxn): boolean {
  const list = deliveredList(st, s);
  const i = indexOfZxid(list, s.deliveredCount, txn.zxid);
  if (i < 0) return isDroppedRepeat(st, s, txn);
  const before = at(list, i) as TxnRecord;
  if (before.value !== txn.value) {
    report(sink, 'PrefixConsistency.changed', violationParams(s.sid, txnParams(txn)), {
      sid: s.sid,
      txn,
      position: i + 1,
      before,
    });
  }
  return true;
}

/** A repeat of a canonical entry the checker dropped (every server delivered it). */
function isDroppedRepeat(st: CheckerState, s: ServerGhost, txn: GhostTxn): boolean {
  const last = st.canonical.baseLast;
  return (
    s.ownDelivered === null &&
    last !== undefined &&
    s.deliveredCount >= firstIndex(st.canonical) &&
    compareZxid(txn.zxid, zxidOf(last)) <= 0
  );
}

/**
 * Integrity: the delivered transaction was proposed with this zxid and value. Returns its index in
 * leader(e)'s sequence (for LocalPrimaryOrder), or -1 when it is not there.
 */
function checkIntegrity(st: CheckerState, sink: Sink, sid: number, txn: GhostTxn): number {
  if (!wasProposed(st, txn)) {
    report(sink, 'Integrity', violationParams(sid, txnParams(txn)), { sid, txn });
    return -1;
  }
  const ep = st.epochs[txn.zxid.epoch];
  const i = indexInLeaderSequence(ep, txn.zxid);
  return i >= 0 && ep !== undefined && (at(ep.proposals, i) as TxnRecord).value === txn.value
    ? i
    : -1;
}

/**
 * GlobalPrimaryOrder (an older epoch's transaction after a newer one) and LocalPrimaryOrder (a
 * transaction before its leader's earlier proposal). Zab.tla states both over each server's
 * delivered sequence; here the only new pair is (everything before, txn), so it is enough to compare
 * txn with the largest zxid delivered and with its predecessor in leader(e)'s sequence.
 */
function checkPrimaryOrder(
  st: CheckerState,
  sink: Sink,
  s: ServerGhost,
  txn: GhostTxn,
  leaderIndex: number,
): void {
  const z = txn.zxid;
  const max = s.maxDelivered;
  if (compareZxid(z, max) < 0) {
    if (z.epoch < max.epoch) {
      report(
        sink,
        'GlobalPrimaryOrder',
        violationParams(s.sid, { ...txnParams(txn), epoch: z.epoch }),
        { sid: s.sid, txn, epoch: z.epoch, after: max },
      );
    } else {
      report(
        sink,
        'LocalPrimaryOrder.after',
        violationParams(s.sid, { ...txnParams(txn), epoch: z.epoch }),
        { sid: s.sid, txn, epoch: z.epoch, after: max },
      );
    }
    return;
  }
  if (leaderIndex <= 0) return;
  const ep = st.epochs[z.epoch];
  const pred = ep === undefined ? undefined : at(ep.proposals, leaderIndex - 1);
  if (pred !== undefined && !hasDelivered(st, s, pred)) {
    report(
      sink,
      'LocalPrimaryOrder.skipped',
      violationParams(s.sid, {
        ...txnParams(txn),
        epoch: z.epoch,
        peers: ep ? [ep.leader] : [],
      }),
      { sid: s.sid, txn, epoch: z.epoch, pred, leader: ep?.leader ?? -1 },
    );
  }
}

interface Placed {
  /** Position of txn in the canonical sequence, or -1 when the server has its own sequence. */
  position: number;
  /** No server had delivered this zxid before (as far as the canonical sequence tells). */
  firstAnywhere: boolean;
}

/** Appends txn to the server's delivered sequence, comparing it with the canonical one. */
function place(st: CheckerState, sink: Sink, s: ServerGhost, txn: GhostTxn): Placed {
  const canon = st.canonical;
  const p = s.deliveredCount;
  s.lastDelivered = toRecord(txn);
  s.deliveredCount = p + 1;
  if (s.ownDelivered !== null) {
    append(s.ownDelivered, s.lastDelivered);
    return { position: -1, firstAnywhere: indexOfZxid(canon, canon.length, txn.zxid) < 0 };
  }
  if (p === canon.length) {
    append(canon, s.lastDelivered);
    if (canon.length % CHUNK === 0) compactCanonical(st);
    return { position: p, firstAnywhere: true };
  }
  if (p < firstIndex(canon)) {
    // A server first heard of after a drop (never in the engine, whose servers are all in the
    // configuration from the start): what it is compared with is gone, so it keeps its own
    // sequence from here, as a diverging server does, and nothing is dropped from now on.
    const own = emptyList<TxnRecord>();
    own.length = p;
    own.base = p;
    append(own, s.lastDelivered);
    s.ownDelivered = own;
    return { position: -1, firstAnywhere: indexOfZxid(canon, canon.length, txn.zxid) < 0 };
  }
  const here = at(canon, p) as TxnRecord;
  if (sameTxn(here, txn)) return { position: p, firstAnywhere: false };
  const q = indexOfZxid(canon, canon.length, txn.zxid);
  reportDivergence(st, sink, s, txn, p, here, q);
  const own = cloneList(canon);
  truncate(own, p);
  append(own, s.lastDelivered);
  s.ownDelivered = own;
  return { position: -1, firstAnywhere: q < 0 };
}

/** Classifies a delivery that leaves the canonical sequence (see the file comment). */
function reportDivergence(
  st: CheckerState,
  sink: Sink,
  s: ServerGhost,
  txn: GhostTxn,
  p: number,
  here: TxnRecord,
  q: number,
): void {
  const other = canonicalWitness(st, p, s.sid);
  const peers = other < 0 ? [] : [other];
  const found = q >= 0 ? (at(st.canonical, q) as TxnRecord) : undefined;
  if (found !== undefined && q > p && found.value === txn.value) {
    report(sink, 'TotalOrder', violationParams(s.sid, { ...txnParams(txn), peers }), {
      sid: s.sid,
      txn,
      other,
      here,
    });
  } else if (found === undefined) {
    report(sink, 'Agreement', violationParams(s.sid, { ...txnParams(txn), peers }), {
      sid: s.sid,
      txn,
      position: p + 1,
      other,
      here,
    });
  } else {
    report(
      sink,
      'PrefixConsistency.diverged',
      violationParams(s.sid, { ...txnParams(txn), peers }),
      { sid: s.sid, txn, position: p + 1, other, here },
    );
  }
}
