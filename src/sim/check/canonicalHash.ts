/**
 * The canonical sequence's prefixes summarized: the running hash of its first n entries
 * (prefixHash.ts) and its n-th entry, for the checks that compare a compacted history with it
 * (compacted.ts) and for the compaction of the sequence itself (canonicalCompaction.ts).
 *
 * The hashes are memoized at every CHUNK boundary, with the entry that closes each one, so a
 * question costs O(CHUNK), and a boundary stays answerable once its entries are dropped (the
 * memo is filled before any drop).
 */
import { at, CHUNK, firstIndex } from '../kernel/chunkedList';
import { foldTxn, PREFIX_HASH_SEED } from './prefixHash';
import type { CheckerState, TxnRecord } from './checkerState';

function foldRange(st: CheckerState, h: number, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const r = at(st.canonical, i) as TxnRecord;
    h = foldTxn(h, r.epoch, r.counter, r.value);
  }
  return h;
}

/**
 * The running hash of the canonical sequence's first n entries, or null when it is shorter, or
 * when n falls inside its dropped part off a CHUNK boundary (never asked: the engine compacts
 * histories by whole chunks).
 */
export function canonicalPrefixHash(st: CheckerState, n: number): number | null {
  const canon = st.canonical;
  if (n > canon.length) return null;
  const memo = st.prefixHashes;
  const whole = Math.floor(n / CHUNK);
  if (n < firstIndex(canon) && n !== whole * CHUNK) return null;
  while (memo.length < whole) {
    const from = memo.length * CHUNK;
    memo.push(foldRange(st, memo[memo.length - 1] ?? PREFIX_HASH_SEED, from, from + CHUNK));
    st.prefixLasts.push(at(canon, from + CHUNK - 1) as TxnRecord);
  }
  const start = whole * CHUNK;
  return foldRange(st, whole === 0 ? PREFIX_HASH_SEED : (memo[whole - 1] as number), start, n);
}

/** Canonical entry i, kept or (at a CHUNK boundary) remembered; undefined otherwise. */
export function canonicalAt(st: CheckerState, i: number): TxnRecord | undefined {
  const kept = at(st.canonical, i);
  if (kept !== undefined || (i + 1) % CHUNK !== 0) return kept;
  return st.prefixLasts[(i + 1) / CHUNK - 1];
}
