/**
 * An append-mostly list as plain data whose clone costs O(length / CHUNK), not O(length).
 *
 * Transaction logs and delivered sequences grow to hundreds of thousands of entries, and the
 * timeline keeps a checkpoint every few thousand events; copying whole logs at each checkpoint
 * would cost gigabytes. Full chunks are never mutated again (truncation copies the chunk it cuts
 * into), and a clone copies only the chunk array and the partly filled last chunk, so clones
 * share every full chunk safely. The list is JSON-safe: {chunks, length}.
 */
import { assert } from './assert';

export const CHUNK = 256;

export interface ChunkedList<T> {
  chunks: T[][];
  length: number;
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
  if (index < 0 || index >= list.length) return undefined;
  return (list.chunks[Math.floor(index / CHUNK)] as T[])[index % CHUNK];
}

export function lastItem<T>(list: ChunkedList<T>): T | undefined {
  return at(list, list.length - 1);
}

/** Keeps the first n items. The chunk it cuts into is copied, since clones may share it. */
export function truncate<T>(list: ChunkedList<T>, n: number): void {
  if (n >= list.length) return;
  const keepChunks = Math.ceil(n / CHUNK);
  list.chunks.length = keepChunks;
  const rem = n % CHUNK;
  if (rem !== 0) list.chunks[keepChunks - 1] = (list.chunks[keepChunks - 1] as T[]).slice(0, rem);
  list.length = n;
}

export function cloneList<T>(list: ChunkedList<T>): ChunkedList<T> {
  const chunks = list.chunks.slice();
  const lastIndex = chunks.length - 1;
  const last = chunks[lastIndex];
  if (last !== undefined && last.length < CHUNK) chunks[lastIndex] = last.slice();
  return { chunks, length: list.length };
}

export function toArray<T>(list: ChunkedList<T>): T[] {
  return ([] as T[]).concat(...list.chunks);
}

/**
 * Index of the last item for which `isAtOrBefore` holds, assuming the list is sorted so that the
 * predicate is true on a prefix; -1 if none. Binary search, so O(log n).
 */
export function lastIndexWhere<T>(
  list: ChunkedList<T>,
  isAtOrBefore: (item: T) => boolean,
): number {
  let lo = 0,
    hi = list.length - 1,
    found = -1;
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
  const c = Math.floor(index / CHUNK);
  const chunk = (list.chunks[c] as T[]).slice();
  chunk[index % CHUNK] = item;
  list.chunks[c] = chunk;
}
