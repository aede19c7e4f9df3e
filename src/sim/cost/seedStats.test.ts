// The one aggregator of seed statistics: mean, min, max, n and the mean's 95 % t interval,
// against values worked by hand (Student's t table), with the edge cases the planner and the Plan
// view meet: a single seed (no interval, JSON-safe), identical values (exactly no spread), more
// seeds than the table (the normal quantile), and refused input (none, not finite).
import { describe, expect, it } from 'vitest';
import { seedMean, seedStats, tQuantile975 } from './seedStats';

describe('seedStats', () => {
  it('gives n, mean, min, max and the t interval of three values', () => {
    const s = seedStats([10, 14, 12]);
    expect(s).toMatchObject({ n: 3, mean: 12, min: 10, max: 14 });
    // s = 2 (sample standard deviation), t(0.975, 2) = 4.303.
    expect(s.ci95!.half).toBeCloseTo((4.303 * 2) / Math.sqrt(3), 9);
    expect(s.ci95!.lo).toBeCloseTo(12 - s.ci95!.half, 12);
    expect(s.ci95!.hi).toBeCloseTo(12 + s.ci95!.half, 12);
  });

  it('one value: that value, no interval, and it survives JSON unchanged', () => {
    const s = seedStats([7.5]);
    expect(s).toEqual({ n: 1, mean: 7.5, min: 7.5, max: 7.5, ci95: null });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('identical values: exactly that mean and an interval of width zero', () => {
    const s = seedStats([0.1, 0.1, 0.1]);
    expect(s).toEqual({ n: 3, mean: 0.1, min: 0.1, max: 0.1, ci95: { half: 0, lo: 0.1, hi: 0.1 } });
  });

  it('two values use t(0.975, 1) = 12.706', () => {
    const s = seedStats([1, 3]);
    // s = sqrt(2); half = 12.706 x sqrt(2) / sqrt(2).
    expect(s.ci95!.half).toBeCloseTo(12.706, 9);
  });

  it('beyond the table (df > 30) the normal quantile 1.96 is used', () => {
    const xs = Array.from({ length: 41 }, (_, i) => i % 2);
    const s = seedStats(xs);
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - s.mean) ** 2, 0) / 40);
    expect(s.ci95!.half).toBeCloseTo((1.96 * sd) / Math.sqrt(41), 12);
    expect(tQuantile975(30)).toBe(2.042);
    expect(tQuantile975(31)).toBe(1.96);
  });

  it('refuses no values, non-finite values and a bad df, saying which', () => {
    expect(() => seedStats([])).toThrow(/no values/);
    expect(() => seedStats([1, Number.NaN])).toThrow(/NaN is not a finite number/);
    expect(() => seedStats([Number.POSITIVE_INFINITY])).toThrow(/Infinity is not a finite/);
    expect(() => tQuantile975(0)).toThrow(/df must be a whole number >= 1, got 0/);
  });

  it('seedMean is the aggregator’s mean', () => {
    expect(seedMean([2, 4, 9])).toBe(5);
    expect(seedMean([3])).toBe(3);
  });
});
