/**
 * Histories with a compacted prefix (a long run; engine/purge.ts): the oldest txns of a server's
 * ghost history are replaced by their count and running hash (prefixHash.ts), and the checker
 * may have dropped the oldest part of its own canonical sequence too (canonicalCompaction.ts).
 * A history is therefore read as a view: its first `head` txns, compared by hash with the
 * canonical sequence's first `head` (equal hashes stand for equal content, ZAB.md 7.1), then the
 * txns it carries after them. `head` reaches at least as far as the checker's dropped part, so
 * every canonical entry a check reads beyond the head is still kept. A prefix that does not
 * match is a history that left the delivered sequence: PrefixConsistency.
 */
import { at, CHUNK, firstIndex } from '../kernel/chunkedList';
import type { GhostTxn } from './ghost';
import { onDeliver } from './delivery';
import { canonicalAt, canonicalPrefixHash } from './canonicalHash';
import { foldTxn, PREFIX_HASH_SEED, type CompactedPrefix } from './prefixHash';
import { serverOf, type CheckerState, type HistoryView, type TxnRecord } from './checkerState';
import { canonicalWitness, report, type Sink } from './report';
import { txnParams, violationParams } from './violationParams';

export function ghostAt(st: CheckerState, i: number): GhostTxn {
  const r = at(st.canonical, i) as TxnRecord;
  return { zxid: { epoch: r.epoch, counter: r.counter }, value: r.value };
}

function reportMismatch(st: CheckerState, sink: Sink, sid: number, length: number): void {
  const last = canonicalAt(st, length - 1) as TxnRecord;
  const other = canonicalWitness(st, length - 1, sid);
  report(
    sink,
    'PrefixConsistency.compacted',
    violationParams(sid, { ...txnParams(last), peers: other < 0 ? [] : [other] }),
    { length, what: `server ${sid}'s history`, last },
  );
}

/**
 * Does the compacted prefix equal the canonical sequence's first `prefix.length` entries? Reports
 * PrefixConsistency when it does not. A prefix longer than the canonical sequence cannot be
 * compared; the engine never compacts past what its server delivered, so that does not occur.
 */
function matches(st: CheckerState, sink: Sink, sid: number, prefix: CompactedPrefix): boolean {
  const h = canonicalPrefixHash(st, prefix.length);
  if (h === null) return false;
  if (h === prefix.hash) return true;
  reportMismatch(st, sink, sid, prefix.length);
  return false;
}

/**
 * The view of an 'established' or 'snap' event's history. Its compacted prefix is compared with
 * the canonical one; then, while the head is short of the checker's dropped part, the history's
 * own txns are folded on until the head reaches it, and compared there. A difference is reported
 * once and the history then read as the canonical one up to that point, so that one fault does
 * not flood the report (as delivery.ts does with a diverging server).
 */
export function historyView(
  st: CheckerState,
  sink: Sink,
  sid: number,
  history: readonly GhostTxn[],
  prefix: CompactedPrefix | undefined,
): HistoryView {
  let head = 0;
  let hash = PREFIX_HASH_SEED;
  if (prefix !== undefined) {
    matches(st, sink, sid, prefix);
    if (prefix.length > st.canonical.length) return { head: 0, rest: history };
    head = prefix.length;
    hash = canonicalPrefixHash(st, head) ?? prefix.hash;
  }
  const dropped = firstIndex(st.canonical);
  if (head >= dropped) return { head, rest: history };
  // The dropped part ends on a CHUNK boundary, where the memo holds the canonical hash.
  const need = dropped - head;
  for (let i = 0; i < Math.min(need, history.length); i++) {
    const t = history[i] as GhostTxn;
    hash = foldTxn(hash, t.zxid.epoch, t.zxid.counter, t.value);
  }
  if (history.length < need || hash !== st.prefixHashes[dropped / CHUNK - 1])
    reportMismatch(st, sink, sid, dropped);
  return { head: dropped, rest: history.slice(need) };
}

/**
 * A server delivered its history's compacted prefix at once: when it matches, every txn of it
 * the server had not delivered is delivered in order, exactly as single deliveries would be. The
 * server's own deliveries reach past the checker's dropped part (canonicalCompaction.ts waits
 * for every server), so each of those txns is still kept.
 */
export function onDeliverPrefix(
  st: CheckerState,
  sink: Sink,
  sid: number,
  prefix: CompactedPrefix,
): void {
  if (!matches(st, sink, sid, prefix)) return;
  const s = serverOf(st, sid);
  for (let i = Math.min(s.deliveredCount, prefix.length); i < prefix.length; i++)
    onDeliver(st, sink, sid, ghostAt(st, i));
}
