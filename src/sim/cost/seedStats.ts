/**
 * The statistics of a check by simulation over seeds, one aggregator for every reader (the Plan
 * view's "Check by simulation", the planner's `simulated` columns): the count, the mean, the
 * smallest and largest value, and the mean's 95 % confidence interval from Student's t
 * distribution, mean +- t(0.975, n - 1) x s / sqrt(n), with s the sample standard deviation.
 * Seeds are independent runs of the same configuration, so their values are independent draws,
 * and with a handful of seeds the t quantile (12.7 for two seeds, 4.3 for three, 2.26 for ten)
 * rather than the normal's 1.96 keeps the interval honest.
 *
 * JSON-safe (the planner prints it): one seed has no spread to estimate from, so its interval is
 * null rather than infinite.
 */

/** t(0.975, df) for df = 1..30 (two-sided 95 %); above 30 the normal's 1.96 is within 4 %. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

/** t(0.975, df), df >= 1 (a whole number of degrees of freedom). */
export function tQuantile975(df: number): number {
  if (!Number.isInteger(df) || df < 1)
    throw new RangeError(`tQuantile975: df must be a whole number >= 1, got ${df}`);
  return T_975[df - 1] ?? 1.96;
}

/** The mean's 95 % interval: mean +- half. */
export interface Interval95 {
  half: number;
  lo: number;
  hi: number;
}

export interface SeedStats {
  /** How many values (seeds). */
  n: number;
  mean: number;
  min: number;
  max: number;
  /** Null for a single value: one seed says nothing of the spread. */
  ci95: Interval95 | null;
}

/** The statistics of `values` (at least one, every one finite). */
export function seedStats(values: readonly number[]): SeedStats {
  const n = values.length;
  if (n === 0) throw new RangeError('seedStats: no values');
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`seedStats: ${v} is not a finite number`);
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // Identical values (a deterministic metric, or one seed) have exactly that mean and no
  // spread; summing them could round the mean off the value and make a spread out of nothing.
  const mean = min === max ? min : sum / n;
  if (n === 1) return { n, mean, min, max, ci95: null };
  if (min === max) return { n, mean, min, max, ci95: { half: 0, lo: mean, hi: mean } };
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  const half = (tQuantile975(n - 1) * Math.sqrt(squares / (n - 1))) / Math.sqrt(n);
  return { n, mean, min, max, ci95: { half, lo: mean - half, hi: mean + half } };
}

/** The mean of `values` (at least one): seedStats's, for readers that need only the mean. */
export function seedMean(values: readonly number[]): number {
  return seedStats(values).mean;
}
