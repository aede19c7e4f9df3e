/**
 * Invariants across leader changes: Leadership over established leaders (ZAB.md 7.2 item 1, Zab.tla
 * `Leadership2`), NoLostCommits (item 13) and PrimaryIntegrity (item 8).
 *
 * NoLostCommits is checked from both sides: when a leader becomes established in e, everything
 * already delivered with an epoch below e must be in its history (a full pass: 'established' is
 * rare); and when a transaction of epoch e is delivered for the first time anywhere after some
 * leader was established in a later epoch (a stale leader committing late, section 5.7), it must
 * have been in that leader's history, which the historyTops summary answers in O(1).
 */
import { at, firstIndex, lastIndexWhere } from '../kernel/chunkedList';
import { compareZxid } from '../zab/zxid';
import type { GhostTxn } from './ghost';
import { addTop } from './canonicalCompaction';
import {
  epochOf,
  hasDelivered,
  indexOfZxid,
  type CheckerState,
  type HistoryView,
  type ServerGhost,
  type TxnRecord,
} from './checkerState';
import { canonicalWitness, report, type Sink } from './report';
import { txnParams, violationParams } from './violationParams';

/** A leader got a quorum of ACKEPOCH for `epoch` and set currentEpoch (section 4.6). */
export function onEstablished(
  st: CheckerState,
  sink: Sink,
  sid: number,
  epoch: number,
  history: HistoryView,
): void {
  const ep = epochOf(st, epoch);
  if (!ep.established.includes(sid)) {
    ep.established.push(sid);
    if (ep.established.length > 1) {
      report(
        sink,
        'Leadership.established',
        violationParams(ep.established[0] ?? sid, { peers: ep.established.slice(1), epoch }),
        { established: ep.established.slice(), epoch },
      );
    }
  }
  checkHistoryKeepsDeliveries(st, sink, sid, epoch, history);
  if (ep.historyTops === null) ep.historyTops = summarize(st, history);
  if (!st.establishedEpochs.includes(epoch)) {
    st.establishedEpochs.push(epoch);
    st.establishedEpochs.sort((a, b) => a - b);
  }
}

/**
 * [epoch, highest counter] for each epoch present in a history: its head is the canonical
 * sequence's (the dropped part summarized as it was dropped, then the kept entries), then the rest.
 */
function summarize(st: CheckerState, history: HistoryView): Array<[number, number]> {
  const tops: Array<[number, number]> = st.compactedTops.map(([e, c]): [number, number] => [e, c]);
  for (let i = firstIndex(st.canonical); i < history.head; i++) {
    const r = at(st.canonical, i) as TxnRecord;
    addTop(tops, r.epoch, r.counter);
  }
  for (const t of history.rest) addTop(tops, t.zxid.epoch, t.zxid.counter);
  return tops;
}

/** Number of canonical deliveries whose epoch is below e (the canonical sequence is zxid-sorted). */
function countBelow(st: CheckerState, e: number): number {
  return lastIndexWhere(st.canonical, (r) => r.epoch < e) + 1;
}

/** Index of zxid z in a zxid-sorted array, or -1. */
function indexInHistory(history: readonly GhostTxn[], r: TxnRecord): number {
  let lo = 0;
  let hi = history.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareZxid((history[mid] as GhostTxn).zxid, { epoch: r.epoch, counter: r.counter });
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Is r in the history: among the canonical entries of its head, or in the rest? */
function inHistory(st: CheckerState, history: HistoryView, r: TxnRecord): boolean {
  const c = indexOfZxid(st.canonical, history.head, { epoch: r.epoch, counter: r.counter });
  if (c >= 0 && (at(st.canonical, c) as TxnRecord).value === r.value) return true;
  const i = indexInHistory(history.rest, r);
  return i >= 0 && (history.rest[i] as GhostTxn).value === r.value;
}

/**
 * Everything delivered anywhere with an epoch below `epoch` must be in the new leader's history.
 * The history's head is the canonical sequence's own first entries (compacted.ts), so the
 * canonical entries from the head on are the ones to look for; a dropped entry is always inside
 * the head, and so are the entries of a server's own sequence below the drop (nothing is dropped
 * once a server has one, and it left the canonical sequence above the drop).
 */
function checkHistoryKeepsDeliveries(
  st: CheckerState,
  sink: Sink,
  sid: number,
  epoch: number,
  history: HistoryView,
): void {
  let first: TxnRecord | null = null;
  let by = -1;
  let missing = 0;
  const n = countBelow(st, epoch);
  for (let i = Math.max(history.head, firstIndex(st.canonical)); i < n; i++) {
    const r = at(st.canonical, i) as TxnRecord;
    if (inHistory(st, history, r)) continue;
    if (first === null) {
      first = r;
      by = canonicalWitness(st, i, -1);
    }
    missing++;
  }
  for (const key of Object.keys(st.servers)) {
    const o = st.servers[key] as ServerGhost;
    if (o.ownDelivered === null) continue;
    for (let i = firstIndex(o.ownDelivered); i < o.deliveredCount; i++) {
      const r = at(o.ownDelivered, i) as TxnRecord;
      if (r.epoch >= epoch || inHistory(st, history, r)) continue;
      if (first === null) {
        first = r;
        by = o.sid;
      }
      missing++;
    }
  }
  if (first === null) return;
  report(
    sink,
    'NoLostCommits.missing',
    violationParams(sid, { ...txnParams(first), epoch, peers: by < 0 ? [] : [by] }),
    { sid, epoch, first, by, missing },
  );
}

/**
 * A transaction delivered for the first time anywhere: the newest leader established in a later
 * epoch must have had it in its history (else a stale leader is committing late, section 5.7).
 * Only the newest one counts: a leader established in an intermediate epoch that never became
 * active may legitimately lack a logged-but-uncommitted txn that a still later leader then
 * commits (ZooKeeper allows it, as scenario 5 does across one epoch); if that intermediate epoch
 * had delivered anything, GlobalPrimaryOrder and PrefixConsistency would catch the reordering.
 */
export function checkLateDelivery(st: CheckerState, sink: Sink, sid: number, txn: GhostTxn): void {
  const z = txn.zxid;
  const e = st.establishedEpochs.length > 0 ? Math.max(...st.establishedEpochs) : undefined;
  if (e === undefined || e <= z.epoch) return;
  const ep = st.epochs[e];
  const top = ep?.historyTops?.find((pair) => pair[0] === z.epoch);
  if (top === undefined || top[1] < z.counter) {
    report(
      sink,
      'NoLostCommits.delivered',
      violationParams(sid, {
        ...txnParams(txn),
        epoch: e,
        peers: ep?.established.slice(0, 1) ?? [],
      }),
      { sid, txn, leader: ep?.established[0] ?? -1, epoch: e },
    );
  }
}

function isBroadcastLearner(s: ServerGhost): boolean {
  return (s.state === 'FOLLOWING' || s.state === 'OBSERVING') && s.phase === 'broadcast';
}

function isActiveLeader(s: ServerGhost): boolean {
  return s.state === 'LEADING' && s.phase === 'broadcast';
}

/**
 * PrimaryIntegrity as in Zab.tla: when a leader and its learner are both in BROADCAST of epoch e,
 * every transaction the learner delivered with an epoch below e was delivered by the leader too.
 * Returns the first transaction that breaks it, or null. O(log n) when both are canonical.
 */
function missingAtLeader(
  st: CheckerState,
  leader: ServerGhost,
  learner: ServerGhost,
): TxnRecord | null {
  const e = leader.epoch;
  if (leader.ownDelivered === null && learner.ownDelivered === null) {
    const need = Math.min(learner.deliveredCount, countBelow(st, e));
    return leader.deliveredCount >= need
      ? null
      : (at(st.canonical, leader.deliveredCount) as TxnRecord);
  }
  const list = learner.ownDelivered ?? st.canonical;
  for (let i = 0; i < learner.deliveredCount; i++) {
    const r = at(list, i) as TxnRecord;
    if (r.epoch < e && !hasDelivered(st, leader, r)) return r;
  }
  return null;
}

function reportPrimaryIntegrity(
  sink: Sink,
  leader: ServerGhost,
  learner: ServerGhost,
  r: TxnRecord,
): void {
  report(
    sink,
    'PrimaryIntegrity',
    violationParams(learner.sid, { ...txnParams(r), epoch: r.epoch, peers: [leader.sid] }),
    { sid: learner.sid, txn: r, epoch: r.epoch, leader: leader.sid, leaderEpoch: leader.epoch },
  );
}

/** A learner in BROADCAST delivered an older-epoch transaction: its leader must already have it. */
export function checkLearnerDelivery(
  st: CheckerState,
  sink: Sink,
  s: ServerGhost,
  txn: GhostTxn,
  position: number,
): void {
  if (!isBroadcastLearner(s) || txn.zxid.epoch >= s.epoch) return;
  for (const key of Object.keys(st.servers)) {
    const l = st.servers[key] as ServerGhost;
    if (!isActiveLeader(l) || l.epoch !== s.epoch) continue;
    const r = s.lastDelivered as TxnRecord;
    const has =
      position >= 0 && l.ownDelivered === null
        ? l.deliveredCount > position
        : hasDelivered(st, l, r);
    if (!has) reportPrimaryIntegrity(sink, l, s, r);
  }
}

/** After a state change: check the pairs (leader, learner) it creates. */
export function checkPrimaryIntegrityOnState(st: CheckerState, sink: Sink, s: ServerGhost): void {
  const leading = isActiveLeader(s);
  if (!leading && !isBroadcastLearner(s)) return;
  for (const key of Object.keys(st.servers)) {
    const o = st.servers[key] as ServerGhost;
    if (o.sid === s.sid || o.epoch !== s.epoch) continue;
    const leader = leading ? s : o;
    const learner = leading ? o : s;
    if (!isActiveLeader(leader) || !isBroadcastLearner(learner)) continue;
    const r = missingAtLeader(st, leader, learner);
    if (r !== null) reportPrimaryIntegrity(sink, leader, learner, r);
  }
}
