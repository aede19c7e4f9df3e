// Dropping a list's oldest chunks (a purged txn log, a compacted ghost history) keeps every index
// meaning the same item, never touches a clone, and folds the dropped items into a summary.
import { describe, expect, it } from 'vitest';
import {
  append,
  at,
  CHUNK,
  cloneList,
  dropChunksBefore,
  emptyList,
  firstIndex,
  keptCount,
  lastIndexWhere,
  setAt,
  toArray,
  truncate,
} from './chunkedList';

function numbers(n: number) {
  const l = emptyList<number>();
  for (let i = 0; i < n; i++) append(l, i);
  return l;
}

const sum = { seed: 0, step: (h: number, x: number) => h + x };

describe('dropChunksBefore', () => {
  it('drops only whole chunks before n, and indexes keep their items', () => {
    const l = numbers(3 * CHUNK + 10);
    const dropped = dropChunksBefore(l, 2 * CHUNK + 5, sum);
    expect(dropped.length).toBe(2 * CHUNK);
    expect(firstIndex(l)).toBe(2 * CHUNK);
    expect(keptCount(l)).toBe(CHUNK + 10);
    expect(at(l, 2 * CHUNK - 1)).toBeUndefined();
    expect(at(l, 2 * CHUNK)).toBe(2 * CHUNK);
    expect(at(l, l.length - 1)).toBe(3 * CHUNK + 9);
    expect(l.baseHash).toBe(((2 * CHUNK - 1) * 2 * CHUNK) / 2);
    append(l, 99999);
    expect(at(l, 3 * CHUNK + 10)).toBe(99999);
    expect(toArray(l)[0]).toBe(2 * CHUNK);
  });

  it('never drops the partly filled last chunk, and leaves clones whole', () => {
    const l = numbers(CHUNK + 3);
    const c = cloneList(l);
    dropChunksBefore(l, l.length);
    expect(firstIndex(l)).toBe(CHUNK);
    expect(at(c, 0)).toBe(0);
    expect(cloneList(l)).toEqual({
      chunks: l.chunks,
      length: l.length,
      base: CHUNK,
      baseLast: CHUNK - 1,
    });
    const full = numbers(2 * CHUNK);
    dropChunksBefore(full, 2 * CHUNK);
    expect(firstIndex(full)).toBe(2 * CHUNK);
    append(full, 7);
    expect(at(full, 2 * CHUNK)).toBe(7);
  });

  it('searches, replaces and truncates over the kept items only', () => {
    const l = numbers(3 * CHUNK);
    dropChunksBefore(l, CHUNK, sum);
    expect(lastIndexWhere(l, (x) => x <= 5)).toBe(CHUNK - 1);
    expect(lastIndexWhere(l, (x) => x <= CHUNK + 5)).toBe(CHUNK + 5);
    setAt(l, CHUNK + 1, -1);
    expect(at(l, CHUNK + 1)).toBe(-1);
    truncate(l, CHUNK + 2);
    expect(l.length).toBe(CHUNK + 2);
    truncate(l, 3);
    expect({ length: l.length, base: l.base, kept: keptCount(l) }).toEqual({
      length: 3,
      base: 3,
      kept: 0,
    });
    expect(l.baseHash).toBeUndefined();
    append(l, 42);
    expect(at(l, 3)).toBe(42);
  });

  it('an untouched list keeps its old shape', () => {
    expect(cloneList(numbers(5))).toEqual({ chunks: [[0, 1, 2, 3, 4]], length: 5 });
  });
});
