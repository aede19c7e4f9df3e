/**
 * An append-mostly list as plain data whose clone costs O(length / CHUNK), not O(length).
 *
 * Transaction logs and delivered sequences grow to hundreds of thousands of entries, and the
 * timeline keeps a checkpoint every few thousand events; copying whole logs at each checkpoint
 * would cost gigabytes. Full chunks are never mutated again (truncation copies the chunk it cuts
 * into), and a clone copies only the chunk array and the partly filled last chunk, so clones
 * share every full chunk safely. The list is JSON-safe: {chunks, length}.
 *
 * A long run may also drop a list's oldest chunks (`dropChunksBefore`), as ZooKeeper purges old
 * txn-log files: `base` then counts the items dropped, indexes keep their meaning (item i is
 * still item i), and `at` answers undefined below `base`. `base` is absent until the first drop,
 * so a list that never drops has exactly the shape it always had.
 */
import { assert } from './assert';

export const CHUNK = 256;

export interface ChunkedList<T> {
  /** chunks[k] holds items base + k x CHUNK onwards; every chunk but the last is full. */
  chunks: T[][];
  /** Items ever kept, dropped ones included: the index the next append gets. */
  length: number;
  /** Items dropped from the front; absent (0) until the first drop. */
  base?: number;
  /** A summary of the dropped items (their running hash), when the dropper folds one. */
  baseHash?: number;
  /** The last dropped item, so that a reader knows where the kept items take over. */
  baseLast?: T;
}

/** Index of the oldest item still kept. */
export function firstIndex<T>(list: ChunkedList<T>): number {
  return list.base ?? 0;
}

/** How many items the list still keeps. */
export function keptCount<T>(list: ChunkedList<T>): number {
  return list.length - (list.base ?? 0);
}

export function emptyList<T>(): ChunkedList<T> {
  return { chunks: [], length: 0 };
}

export function listFrom<T>(items: readonly T[]): ChunkedList<T> {
  const list = emptyList<T>();
  for (const item of items) append(list, item);
  return list;
}

export function append<T>(list: ChunkedList<T>, item: T): void {
  const last = list.chunks[list.chunks.length - 1];
  if (last === undefined || last.length === CHUNK) list.chunks.push([item]);
  else last.push(item);
  list.length++;
}

export function at<T>(list: ChunkedList<T>, index: number): T | undefined {
  const i = index - (list.base ?? 0);
  if (i < 0 || index >= list.length) return undefined;
  return (list.chunks[Math.floor(i / CHUNK)] as T[])[i % CHUNK];
}

export function lastItem<T>(list: ChunkedList<T>): T | undefined {
  return at(list, list.length - 1);
}

/** Keeps the first n items. The chunk it cuts into is copied, since clones may share it. */
export function truncate<T>(list: ChunkedList<T>, n: number): void {
  if (n >= list.length) return;
  const base = list.base ?? 0;
  // Cutting into the dropped part leaves nothing kept; the next append is item n.
  if (n <= base) {
    list.chunks = [];
    list.length = n;
    if (base > 0) list.base = n;
    // The summary covered items that are no longer part of the list.
    delete list.baseHash;
    delete list.baseLast;
    return;
  }
  const kept = n - base;
  const keepChunks = Math.ceil(kept / CHUNK);
  list.chunks.length = keepChunks;
  const rem = kept % CHUNK;
  if (rem !== 0) list.chunks[keepChunks - 1] = (list.chunks[keepChunks - 1] as T[]).slice(0, rem);
  list.length = n;
}

/**
 * Drops every full chunk whose items all lie before index n, and returns the dropped items,
 * oldest first, so that the caller can fold them into a summary. Clones share chunks, so the
 * chunk array is replaced, never spliced. O(dropped).
 */
export function dropChunksBefore<T>(
  list: ChunkedList<T>,
  n: number,
  fold?: { seed: number; step: (hash: number, item: T) => number },
): T[] {
  const base = list.base ?? 0;
  let k = Math.floor((Math.min(n, list.length) - base) / CHUNK);
  // Never the last chunk while it is partly filled: appends still go there.
  if (k >= list.chunks.length && (list.chunks[list.chunks.length - 1]?.length ?? 0) < CHUNK)
    k = list.chunks.length - 1;
  if (k <= 0) return [];
  const dropped = ([] as T[]).concat(...list.chunks.slice(0, k));
  list.chunks = list.chunks.slice(k);
  list.base = base + k * CHUNK;
  list.baseLast = dropped[dropped.length - 1];
  if (fold !== undefined) {
    let h = list.baseHash ?? fold.seed;
    for (const item of dropped) h = fold.step(h, item);
    list.baseHash = h;
  }
  return dropped;
}

export function cloneList<T>(list: ChunkedList<T>): ChunkedList<T> {
  const chunks = list.chunks.slice();
  const lastIndex = chunks.length - 1;
  const last = chunks[lastIndex];
  if (last !== undefined && last.length < CHUNK) chunks[lastIndex] = last.slice();
  if (list.base === undefined) return { chunks, length: list.length };
  // The summaries are numbers and never-mutated items: shared, like full chunks.
  return { ...list, chunks };
}

/** The kept items, oldest first (after a drop, from `base` on). */
export function toArray<T>(list: ChunkedList<T>): T[] {
  return ([] as T[]).concat(...list.chunks);
}

/**
 * Index of the last item for which `isAtOrBefore` holds, assuming the list is sorted so that the
 * predicate is true on a prefix; -1 if none. Binary search, so O(log n). Over the kept items
 * only: when it holds for none of them, the answer is base - 1 (every dropped item is before).
 */
export function lastIndexWhere<T>(
  list: ChunkedList<T>,
  isAtOrBefore: (item: T) => boolean,
): number {
  let lo = list.base ?? 0,
    hi = list.length - 1,
    found = lo - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (isAtOrBefore(at(list, mid) as T)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Replaces item i. The chunk holding it is copied first, because clones may share it: a
 * persistent update, O(CHUNK).
 */
export function setAt<T>(list: ChunkedList<T>, index: number, item: T): void {
  assert(
    Number.isInteger(index) && index >= 0 && index < list.length,
    () => `setAt: index ${index} outside [0, ${list.length})`,
  );
  const i = index - (list.base ?? 0);
  assert(i >= 0, () => `setAt: index ${index} was dropped (base ${list.base})`);
  const c = Math.floor(i / CHUNK);
  const chunk = (list.chunks[c] as T[]).slice();
  chunk[i % CHUNK] = item;
  list.chunks[c] = chunk;
}
