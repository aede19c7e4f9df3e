/**
 * The statistics of "Check by simulation": the mean of a metric over seeds and its 95 %
 * confidence interval from Student's t distribution, mean +- t(0.975, n - 1) x s / sqrt(n), with s
 * the sample standard deviation. Seeds are independent runs of the same configuration, so their
 * means are independent draws, and with a handful of seeds the t quantile (12.7 for two seeds,
 * 4.3 for three, 2.26 for ten) rather than the normal's 1.96 keeps the interval honest.
 */

/** t(0.975, df) for df = 1..30 (two-sided 95 %); above 30 the normal's 1.96 is within 4 %. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

export function tQuantile975(df: number): number {
  if (df < 1) return Number.POSITIVE_INFINITY;
  return T_975[df - 1] ?? 1.96;
}

export interface Interval {
  mean: number;
  /** Half the interval's width: the interval is mean +- half. */
  half: number;
  lo: number;
  hi: number;
  n: number;
}

/** Mean and 95 % t interval of `xs`; a single value has an unbounded interval. */
export function meanInterval(xs: readonly number[]): Interval {
  const n = xs.length;
  if (n === 0) throw new Error('meanInterval: no values');
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  if (n === 1) {
    return { mean, half: Infinity, lo: -Infinity, hi: Infinity, n };
  }
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1);
  const half = (tQuantile975(n - 1) * Math.sqrt(variance)) / Math.sqrt(n);
  return { mean, half, lo: mean - half, hi: mean + half, n };
}
