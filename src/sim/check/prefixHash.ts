/**
 * A running hash over a sequence of transactions, so that a long run can replace the oldest part
 * of a ghost history by (its length, its hash) and still compare histories by prefix: equal
 * length and equal hash stand for equal content (ZAB.md 7.1; docs/CAPACITY.md "Memory of a long
 * run"). FNV-1a over each txn's zxid and value: deterministic, plain numbers, JSON-safe.
 */

export const PREFIX_HASH_SEED = 0x811c9dc5;

function mix(h: number, n: number): number {
  return Math.imul(h ^ n, 0x01000193) >>> 0;
}

/** The hash of a sequence extended by one txn. */
export function foldTxn(h: number, epoch: number, counter: number, value: string): number {
  let x = mix(mix(h, epoch), counter);
  for (let i = 0; i < value.length; i++) x = mix(x, value.charCodeAt(i));
  // The value's length too, so that ("ab", "c") and ("a", "bc") differ.
  return mix(x, value.length);
}

/** A ghost history's compacted prefix: its first `length` txns, summarized. */
export interface CompactedPrefix {
  length: number;
  hash: number;
}
