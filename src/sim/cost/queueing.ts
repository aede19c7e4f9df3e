/**
 * The queueing pieces of the latency model, each a textbook result:
 * - an M/G/1 FCFS queue whose jobs come from several classes of fixed size (Pollaczek-Khinchine
 *   for the mean wait, Takacs for its second moment);
 * - group commit on the txn log: the chance that an fsync is in progress when a txn arrives;
 * - a stage as (lower bound, mean, variance), stages adding up as independent;
 * - a sum of stages read as its lower bound plus a gamma distribution of the same mean and
 *   variance (from the regularized incomplete gamma function), convolved with a part known
 *   point by point where there is one; quantiles by bisection on the resulting CDF.
 * All times are seconds. Nothing here knows ZooKeeper; latency.ts composes the stages.
 */

/** One class of jobs at a queue: arrivals per second and a fixed service time in seconds. */
export interface JobClass {
  rate: number;
  serviceSec: number;
}

/** The waiting time before service (not counting it): mean and variance, in seconds. */
export interface Wait {
  utilization: number;
  mean: number;
  variance: number;
}

/** M/G/1 FCFS waiting-time moments, or null when the queue is saturated (utilization >= 1). */
export function mg1Wait(classes: readonly JobClass[]): Wait | null {
  let rho = 0;
  let m2 = 0;
  let m3 = 0;
  for (const c of classes) {
    rho += c.rate * c.serviceSec;
    m2 += c.rate * c.serviceSec ** 2;
    m3 += c.rate * c.serviceSec ** 3;
  }
  if (rho >= 1) return null;
  const mean = m2 / (2 * (1 - rho));
  const second = 2 * mean * mean + m3 / (3 * (1 - rho));
  return { utilization: rho, mean, variance: Math.max(0, second - mean * mean) };
}

/** A stage of a request's path: a lower bound plus a random part of given mean and variance. */
export interface Stage {
  minSec: number;
  meanSec: number;
  varianceSec2: number;
}

export const ZERO_STAGE: Stage = { minSec: 0, meanSec: 0, varianceSec2: 0 };

export function fixed(sec: number): Stage {
  return { minSec: sec, meanSec: sec, varianceSec2: 0 };
}

export function waitStage(w: Wait): Stage {
  return { minSec: 0, meanSec: w.mean, varianceSec2: w.variance };
}

/** The sum of independent stages. */
export function sumStages(stages: readonly Stage[]): Stage {
  const total = { ...ZERO_STAGE };
  for (const s of stages) {
    total.minSec += s.minSec;
    total.meanSec += s.meanSec;
    total.varianceSec2 += s.varianceSec2;
  }
  return total;
}

/**
 * The probability that the log disk is in an fsync when a txn arrives, for Poisson arrivals at
 * `rate` and fsyncs of `fsyncSec` with unbounded batches: a busy period is a chain of fsyncs that
 * continues while at least one txn arrived during the last one (geometric, mean e^(rate*fsync)
 * fsyncs), separated by idle periods of mean 1/rate.
 */
export function fsyncBusyShare(rate: number, fsyncSec: number): number {
  const x = rate * fsyncSec;
  if (x <= 0) return 0;
  // x e^x / (1 + x e^x), written so that a large x gives 1 rather than Infinity / Infinity.
  return 1 / (1 + Math.exp(-x) / x);
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms; relative error below 1e-13). */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The regularized lower incomplete gamma function P(a, x) (series, or Lentz's continued fraction). */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const lead = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 500 && Math.abs(term) > Math.abs(sum) * 1e-15; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return Math.min(1, sum * Math.exp(lead));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.max(0, 1 - Math.exp(lead) * h);
}

/** P(T <= t) for a stage read as its lower bound plus a gamma of its random part's moments. */
export function stageCdf(s: Stage, t: number): number {
  const randomMean = s.meanSec - s.minSec;
  if (randomMean <= 1e-15 || s.varianceSec2 <= 1e-30) return t >= s.meanSec ? 1 : 0;
  const shape = (randomMean * randomMean) / s.varianceSec2;
  const scale = s.varianceSec2 / randomMean;
  return gammaP(shape, Math.max(0, t - s.minSec) / scale);
}

/** A distribution known point by point: times in seconds and their probabilities (sum 1). */
export interface Discrete {
  values: number[];
  probs: number[];
}

export function discreteMean(d: Discrete): number {
  return d.values.reduce((sum, v, i) => sum + v * d.probs[i]!, 0);
}

/**
 * One way a request can go (e.g. by the server its client is on), with its weight in the mix:
 * a stage, plus an independent part known point by point when one is (the quorum's ACK time,
 * whose bounded, lumpy shape a gamma would blur).
 */
export interface Branch {
  weight: number;
  stage: Stage;
  discrete?: Discrete;
}

function branchCdf(b: Branch, t: number): number {
  if (b.discrete === undefined) return stageCdf(b.stage, t);
  let sum = 0;
  b.discrete.values.forEach((v, i) => {
    const p = b.discrete!.probs[i]!;
    if (p > 1e-12) sum += p * stageCdf(b.stage, t - v);
  });
  return sum;
}

function branchMean(b: Branch): number {
  return b.stage.meanSec + (b.discrete === undefined ? 0 : discreteMean(b.discrete));
}

/** The q-quantile of a mixture, by bisection on its CDF (40 halvings of a range of seconds). */
export function mixtureQuantile(branches: readonly Branch[], q: number): number {
  const live = branches.filter((b) => b.weight > 0);
  const total = live.reduce((sum, b) => sum + b.weight, 0);
  const lows = live.map((b) => b.stage.minSec + Math.min(...(b.discrete?.values ?? [0])));
  const highs = live.map(
    (b) =>
      b.stage.meanSec +
      40 * Math.sqrt(b.stage.varianceSec2) +
      Math.max(...(b.discrete?.values ?? [0])) +
      1e-9,
  );
  let lo = Math.min(...lows);
  let hi = Math.max(...highs);
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    const cdf = live.reduce((sum, b) => sum + b.weight * branchCdf(b, mid), 0) / total;
    if (cdf < q) lo = mid;
    else hi = mid;
  }
  return hi;
}

export function mixtureMean(branches: readonly Branch[]): number {
  const total = branches.reduce((sum, b) => sum + b.weight, 0);
  return branches.reduce((sum, b) => sum + b.weight * branchMean(b), 0) / total;
}
