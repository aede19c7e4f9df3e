/**
 * Histories with a compacted prefix (a long run; engine/purge.ts): the oldest txns of a server's
 * ghost history are replaced by their count and running hash (prefixHash.ts). The checker keeps
 * the canonical delivered sequence whole, so it compares such a prefix with the canonical one of
 * the same length: equal hashes stand for equal content (ZAB.md 7.1), and the prefix is then
 * rebuilt from the canonical sequence and checked exactly as an uncompacted history would be.
 * A prefix that does not match is a history that left the delivered sequence: PrefixConsistency.
 *
 * The canonical hashes are memoized at every CHUNK boundary (the canonical sequence only grows),
 * so each question costs O(CHUNK) plus what the uncompacted check costs anyway.
 */
import { at, CHUNK } from '../kernel/chunkedList';
import type { GhostTxn } from './ghost';
import { onDeliver } from './delivery';
import { foldTxn, PREFIX_HASH_SEED, type CompactedPrefix } from './prefixHash';
import { serverOf, type CheckerState, type TxnRecord } from './checkerState';
import { canonicalWitness, report, type Sink } from './report';
import { txnParams, violationParams } from './violationParams';

/** The running hash of the canonical sequence's first n entries, or null when it is shorter. */
export function canonicalPrefixHash(st: CheckerState, n: number): number | null {
  if (n > st.canonical.length) return null;
  const memo = st.prefixHashes;
  const whole = Math.floor(n / CHUNK);
  while (memo.length < whole) {
    const from = memo.length * CHUNK;
    memo.push(foldRange(st, memo[memo.length - 1] ?? PREFIX_HASH_SEED, from, from + CHUNK));
  }
  const start = whole * CHUNK;
  return foldRange(st, whole === 0 ? PREFIX_HASH_SEED : (memo[whole - 1] as number), start, n);
}

function foldRange(st: CheckerState, h: number, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const r = at(st.canonical, i) as TxnRecord;
    h = foldTxn(h, r.epoch, r.counter, r.value);
  }
  return h;
}

function ghostAt(st: CheckerState, i: number): GhostTxn {
  const r = at(st.canonical, i) as TxnRecord;
  return { zxid: { epoch: r.epoch, counter: r.counter }, value: r.value };
}

/**
 * Does the compacted prefix equal the canonical sequence's first `prefix.length` entries? Reports
 * PrefixConsistency when it does not. A prefix longer than the canonical sequence cannot be
 * compared; the engine never compacts past what its server delivered, so that does not occur.
 */
function matches(
  st: CheckerState,
  sink: Sink,
  sid: number,
  prefix: CompactedPrefix,
  what: string,
): boolean {
  const h = canonicalPrefixHash(st, prefix.length);
  if (h === null) return false;
  if (h === prefix.hash) return true;
  const last = at(st.canonical, prefix.length - 1) as TxnRecord;
  const other = canonicalWitness(st, prefix.length - 1, sid);
  report(
    sink,
    'PrefixConsistency.compacted',
    violationParams(sid, { ...txnParams(last), peers: other < 0 ? [] : [other] }),
    { length: prefix.length, what, last },
  );
  return false;
}

/**
 * The whole history of an 'established' or 'snap' event: the compacted prefix rebuilt from the
 * canonical sequence, then the txns the event carries. A prefix that does not match is reported
 * once (above) and then read as the canonical one, so that one fault does not flood the report
 * (as delivery.ts does with a diverging server).
 */
export function wholeHistory(
  st: CheckerState,
  sink: Sink,
  sid: number,
  history: readonly GhostTxn[],
  prefix: CompactedPrefix | undefined,
): readonly GhostTxn[] {
  if (prefix === undefined) return history;
  matches(st, sink, sid, prefix, `server ${sid}'s history`);
  if (prefix.length > st.canonical.length) return history;
  const whole: GhostTxn[] = [];
  for (let i = 0; i < prefix.length; i++) whole.push(ghostAt(st, i));
  for (const t of history) whole.push(t);
  return whole;
}

/**
 * A server delivered its history's compacted prefix at once: when it matches, every txn of it
 * the server had not delivered is delivered in order, exactly as single deliveries would be.
 */
export function onDeliverPrefix(
  st: CheckerState,
  sink: Sink,
  sid: number,
  prefix: CompactedPrefix,
): void {
  if (!matches(st, sink, sid, prefix, `server ${sid}'s history`)) return;
  const s = serverOf(st, sid);
  for (let i = Math.min(s.deliveredCount, prefix.length); i < prefix.length; i++)
    onDeliver(st, sink, sid, ghostAt(st, i));
}
