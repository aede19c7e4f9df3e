/**
 * The broadcast log and the logs of the servers: UniqueZxid (ZAB.md section 7.2 item 10) and
 * EpochLogPrefix (item 14).
 *
 * `Leader.propose` is the only place a transaction gets its zxid, so the leader's sequence of
 * proposals per epoch (Zab.tla `proposalMsgsLog`) is the reference every log, and every delivery,
 * is compared with. In a correct run leader(e) proposes (e,1), (e,2), ... so the proposal with
 * counter c sits at index c-1 and every lookup is O(1); anything else falls back to a binary
 * search or to the short `strays` list that only faulty runs fill.
 */
import { append, at, firstIndex, lastItem } from '../kernel/chunkedList';
import { canonicalAt } from './canonicalHash';
import { compareZxid, type Zxid } from '../zab/zxid';
import type { GhostTxn } from './ghost';
import type { LogProblem } from './violationDetail';
import {
  epochOf,
  sameZxid,
  serverOf,
  toRecord,
  zxidOf,
  NO_ZXID,
  type CheckerState,
  type EpochGhost,
  type HistoryView,
  type TxnRecord,
} from './checkerState';
import { report, type Sink } from './report';
import { txnParams, violationParams } from './violationParams';

/**
 * Index of zxid z in leader(e)'s proposal sequence, or -1 (also when a long run dropped it:
 * canonicalCompaction.ts keeps every proposal a later check can ask for).
 */
export function indexInLeaderSequence(ep: EpochGhost | undefined, z: Zxid): number {
  if (ep === undefined) return -1;
  const list = ep.proposals;
  const guess = at(list, z.counter - 1);
  if (guess !== undefined && guess.counter === z.counter) return z.counter - 1;
  let lo = firstIndex(list);
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = (at(list, mid) as TxnRecord).counter;
    if (c === z.counter) return mid;
    if (c < z.counter) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Was this exact transaction (zxid and value) proposed by anyone? */
export function wasProposed(st: CheckerState, t: GhostTxn): boolean {
  const ep = st.epochs[t.zxid.epoch];
  if (ep === undefined) return false;
  const i = indexInLeaderSequence(ep, t.zxid);
  if (i >= 0 && (at(ep.proposals, i) as TxnRecord).value === t.value) return true;
  return ep.strays.some((p) => sameZxid(p, t.zxid) && p.value === t.value);
}

/** Some value already proposed under zxid z, or null. */
function proposedValue(ep: EpochGhost, z: Zxid): string | null {
  const i = indexInLeaderSequence(ep, z);
  if (i >= 0) return (at(ep.proposals, i) as TxnRecord).value;
  const stray = ep.strays.find((p) => sameZxid(p, z));
  return stray === undefined ? null : stray.value;
}

/**
 * A leader created PROPOSAL(txn) in `epoch`. Checks the per-leader rules (zxid epoch is the
 * leader's epoch, counter >= 1, counters strictly increase: ZooKeeperServer.getNextZxid) and the
 * global one (no two values share a zxid), then records the proposal.
 */
export function onPropose(
  st: CheckerState,
  sink: Sink,
  sid: number,
  epoch: number,
  txn: GhostTxn,
): void {
  const z = txn.zxid;
  const mine = epochOf(st, epoch);
  const last = mine.lastCounterBySid[sid];
  const ep = epochOf(st, z.epoch);
  const existing = proposedValue(ep, z);
  const params = violationParams(sid, { ...txnParams(txn), epoch });
  if (z.epoch !== epoch) {
    report(sink, 'UniqueZxid.wrongEpoch', params, { sid, epoch, zxid: z });
  } else if (z.counter < 1) {
    report(sink, 'UniqueZxid.counterZero', params, { sid, zxid: z });
  } else if (last !== undefined && z.counter <= last) {
    report(sink, 'UniqueZxid.notIncreasing', params, { sid, zxid: z, last, epoch });
  } else if (existing !== null && existing !== txn.value) {
    report(sink, 'UniqueZxid.twoValues', params, { sid, txn, existing });
  }
  if (z.epoch === epoch && z.counter >= 1)
    mine.lastCounterBySid[sid] = Math.max(last ?? 0, z.counter);
  if (existing === txn.value) return;
  const r = toRecord(txn);
  if (ep.leader < 0) ep.leader = sid;
  const tail = lastItem(ep.proposals);
  if (sid === ep.leader && r.counter >= 1 && (tail === undefined || r.counter > tail.counter)) {
    append(ep.proposals, r);
  } else {
    ep.strays.push({ ...r, sid });
  }
}

/**
 * Why appending txn after `prev` breaks EpochLogPrefix (violationDetail.ts words it), or null. The epoch-e part of a log must be a prefix of leader(e)'s proposals,
 * so the next entry is either leader(e)'s first proposal (the log had nothing of epoch e) or the
 * proposal right after `prev`.
 */
export function appendProblem(st: CheckerState, prev: Zxid, txn: GhostTxn): LogProblem | null {
  const z = txn.zxid;
  if (compareZxid(z, prev) <= 0) return { kind: 'not-increasing', prev };
  const ep = st.epochs[z.epoch];
  let next = 0;
  if (prev.epoch === z.epoch && prev.counter > 0) {
    const i = indexInLeaderSequence(ep, prev);
    if (i < 0) return null; // prev itself was already reported when it was logged
    next = i + 1;
  }
  const expected = ep === undefined ? undefined : at(ep.proposals, next);
  const leader = ep === undefined || ep.leader < 0 ? -1 : ep.leader;
  if (expected === undefined) return { kind: 'never-proposed', epoch: z.epoch, leader };
  if (!sameZxid(expected, z) || expected.value !== txn.value) {
    return { kind: 'other-proposed', epoch: z.epoch, leader, expected };
  }
  return null;
}

/** A server appended txn to its log (after fsync). */
export function onLog(st: CheckerState, sink: Sink, sid: number, txn: GhostTxn): void {
  const s = serverOf(st, sid);
  const problem = appendProblem(st, s.logLast, txn);
  if (problem !== null)
    report(sink, 'EpochLogPrefix.logged', violationParams(sid, txnParams(txn)), {
      sid,
      txn,
      problem,
    });
  s.logLast = { epoch: txn.zxid.epoch, counter: txn.zxid.counter };
}

/** TRUNC: the log now ends at toZxid (Learner.syncWithLeader truncates; the prefix stays). */
export function onTruncate(st: CheckerState, sid: number, toZxid: Zxid): void {
  serverOf(st, sid).logLast = { epoch: toZxid.epoch, counter: toZxid.counter };
}

/**
 * The txns of a history in order: the canonical entries of its head that the checker still
 * keeps, then the rest (the dropped ones come before both: canonicalCompaction.ts).
 */
function* keptTxns(st: CheckerState, history: HistoryView): Generator<GhostTxn> {
  for (let i = firstIndex(st.canonical); i < history.head; i++) {
    const r = at(st.canonical, i) as TxnRecord;
    yield { zxid: zxidOf(r), value: r.value };
  }
  yield* history.rest;
}

/**
 * A learner's snapshot after a SNAP or TRUNC: its history is now `history` (checked whole; this
 * is rare), and later appends must follow its last txn. The canonical entries a long run dropped
 * were read as one log when they were dropped: their first problem, if any, is this history's.
 */
export function onSnap(st: CheckerState, sink: Sink, sid: number, history: HistoryView): void {
  const s = serverOf(st, sid);
  // The history starts with the dropped entries unless it could not be compared (compacted.ts).
  const dropped = history.head >= firstIndex(st.canonical) ? st.canonical.baseLast : undefined;
  let prev: Zxid = dropped === undefined ? NO_ZXID : zxidOf(dropped);
  let found: { txn: GhostTxn; problem: LogProblem } | null = null;
  const early = dropped === undefined ? null : st.compactedChainProblem;
  if (early !== null)
    found = { txn: { zxid: zxidOf(early.txn), value: early.txn.value }, problem: early.problem };
  else
    for (const txn of keptTxns(st, history)) {
      const problem = appendProblem(st, prev, txn);
      if (problem !== null) {
        found = { txn, problem };
        break;
      }
      prev = txn.zxid;
    }
  if (found !== null)
    report(sink, 'EpochLogPrefix.snap', violationParams(sid, txnParams(found.txn)), {
      sid,
      txn: found.txn,
      problem: found.problem,
    });
  const tail = history.rest[history.rest.length - 1];
  const headLast = history.head > 0 ? canonicalAt(st, history.head - 1) : undefined;
  s.logLast =
    tail !== undefined ? { ...tail.zxid } : headLast !== undefined ? zxidOf(headLast) : NO_ZXID;
}
