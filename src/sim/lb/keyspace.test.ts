// Proves the headline of consistent hashing (Karger et al. 1997) on our ring: when one of 10
// backends leaves or joins, about 1/10 of the keys move with vnodes=100, while hash mod N moves
// most of them (> 70%); and that keysMovedFraction handles its edge cases (same view, empty views).
import { describe, expect, it } from 'vitest';
import { keySample, keysMovedFraction } from './keyspace';
import type { Member } from './types';

const ten: Member[] = Array.from({ length: 10 }, (_, i) => ({ id: `b${i + 1}`, weight: 1 }));
const keys = keySample(10_000);

describe('keysMovedFraction', () => {
  it('consistent-hash moves about 1/N of the keys when one of N leaves', () => {
    for (const gone of ten) {
      const after = ten.filter((m) => m !== gone);
      const f = keysMovedFraction(ten, after, 'consistent-hash', keys, { vnodes: 100 });
      expect(f).toBeGreaterThan(0.06);
      expect(f).toBeLessThan(0.14);
    }
  });

  it('consistent-hash moves about 1/(N+1) when one joins, and only toward the newcomer', () => {
    const after = [...ten, { id: 'b11', weight: 1 }];
    const f = keysMovedFraction(ten, after, 'consistent-hash', keys, { vnodes: 100 });
    expect(f).toBeGreaterThan(0.05);
    expect(f).toBeLessThan(0.13);
  });

  it('hash-mod moves most keys when one of N leaves or joins', () => {
    const left = keysMovedFraction(ten, ten.slice(0, 9), 'hash-mod', keys);
    const joined = keysMovedFraction(ten, [...ten, { id: 'b11', weight: 1 }], 'hash-mod', keys);
    expect(left).toBeGreaterThan(0.7);
    expect(joined).toBeGreaterThan(0.7);
  });

  it('is 0 for an unchanged view or an empty sample, 1 when a view is empty', () => {
    expect(keysMovedFraction(ten, [...ten].reverse(), 'hash-mod', keys)).toBe(0);
    expect(keysMovedFraction(ten, ten, 'consistent-hash', keys)).toBe(0);
    expect(keysMovedFraction(ten, ten.slice(1), 'hash-mod', [])).toBe(0);
    expect(keysMovedFraction(ten, [], 'consistent-hash', keys)).toBe(1);
    expect(keysMovedFraction([], [], 'hash-mod', keys)).toBe(0);
  });
});

describe('keySample', () => {
  it('is every key up to the cap, then an even deterministic spread', () => {
    expect(keySample(5)).toEqual([0, 1, 2, 3, 4]);
    const big = keySample(1_000_000);
    expect(big).toHaveLength(10_000);
    expect(big[0]).toBe(0);
    expect(big[1]).toBe(100);
    expect(big[9999]).toBe(999_900);
  });
});
