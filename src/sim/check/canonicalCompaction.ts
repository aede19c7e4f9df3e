/**
 * Bounds the checker in a long correct run (issue 17 item 6; docs/CAPACITY.md "Memory of a long
 * run"), the way engine/purge.ts bounds the servers: the canonical sequence's oldest chunks and
 * the leaders' proposals behind them are dropped once no later ghost event of a correct run can
 * ask about them, and what the checks still need of them is kept in a few summaries.
 *
 * What may be dropped: canonical entries below the smallest delivered count of all servers (every
 * server delivered them, so a delivery compares only with kept entries: delivery.ts `place`), on
 * a CHUNK boundary; and of each epoch's proposals, those with a counter below both the highest
 * dropped delivery of that epoch and the last logged zxid of every server in it (so the
 * predecessor LocalPrimaryOrder reads, and the entry EpochLogPrefix continues a log from, are
 * kept). Nothing is dropped once a server left the canonical sequence (a violation was reported;
 * the faulty run keeps everything from there, as before).
 *
 * What is kept of the dropped entries: the running hash and last entry at every CHUNK boundary
 * (compacted histories compare with them: compacted.ts), the highest counter per epoch (what
 * NoLostCommits summarizes of an established leader's history), and the first EpochLogPrefix
 * problem of the dropped entries read as one log (what a SNAP holding them reports), computed
 * before any proposal they need is dropped.
 */
import { at, CHUNK, dropChunksBefore, firstIndex, lastIndexWhere } from '../kernel/chunkedList';
import {
  NO_ZXID,
  zxidOf,
  type CheckerState,
  type ServerGhost,
  type TxnRecord,
} from './checkerState';
import { appendProblem } from './broadcastLog';
import { canonicalPrefixHash } from './canonicalHash';

/** Adds a zxid to [epoch, highest counter] pairs kept in zxid order. */
export function addTop(tops: Array<[number, number]>, epoch: number, counter: number): void {
  const last = tops[tops.length - 1];
  if (last !== undefined && last[0] === epoch) last[1] = Math.max(last[1], counter);
  else tops.push([epoch, counter]);
}

/** How far the canonical sequence may be dropped: every server delivered that far. */
function dropFloor(st: CheckerState): number {
  let floor = st.canonical.length;
  for (const key of Object.keys(st.servers)) {
    const s = st.servers[key] as ServerGhost;
    if (s.ownDelivered !== null) return 0;
    floor = Math.min(floor, s.deliveredCount);
  }
  return Math.floor(floor / CHUNK) * CHUNK;
}

/** Reads canonical entries [from, to) as one log, recording its first EpochLogPrefix problem. */
function chainThrough(st: CheckerState, from: number, to: number): void {
  if (st.compactedChainProblem !== null) return;
  // Entry from - 1 was the last one dropped before (or there is none).
  const before = st.canonical.baseLast;
  let prev = from === 0 || before === undefined ? NO_ZXID : zxidOf(before);
  for (let i = from; i < to; i++) {
    const r = at(st.canonical, i) as TxnRecord;
    const problem = appendProblem(st, prev, { zxid: zxidOf(r), value: r.value });
    if (problem !== null) {
      st.compactedChainProblem = { txn: r, problem };
      return;
    }
    prev = zxidOf(r);
  }
}

/** Drops each epoch's proposals that no later check of a correct run reads (file comment). */
function dropProposals(st: CheckerState): void {
  for (const [epoch, top] of st.compactedTops) {
    const ep = st.epochs[epoch];
    if (ep === undefined) continue;
    let keepFrom = top;
    for (const key of Object.keys(st.servers)) {
      const logLast = (st.servers[key] as ServerGhost).logLast;
      if (logLast.epoch === epoch) keepFrom = Math.min(keepFrom, logLast.counter);
    }
    // Proposals with a counter below keepFrom go; the one at keepFrom (or before it) stays.
    const n = lastIndexWhere(ep.proposals, (r) => r.counter < keepFrom) + 1;
    if (n > firstIndex(ep.proposals)) dropChunksBefore(ep.proposals, n);
  }
}

/** Called when the canonical sequence fills a chunk: drops what it may (file comment). */
export function compactCanonical(st: CheckerState): void {
  const canon = st.canonical;
  const from = firstIndex(canon);
  const to = dropFloor(st);
  if (to <= from) return;
  canonicalPrefixHash(st, to); // fills the memo (hashes and last entries) up to `to`
  chainThrough(st, from, to);
  for (let i = from; i < to; i++) {
    const r = at(canon, i) as TxnRecord;
    addTop(st.compactedTops, r.epoch, r.counter);
  }
  dropChunksBefore(canon, to);
  dropProposals(st);
}
