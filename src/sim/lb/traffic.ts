/**
 * A deterministic request stream for the load-balancing lab: the same (spec, PRNG stream) gives
 * the same arrivals, keys and work, so every strategy can be fed an identical copy (SCENARIO.md:
 * "Every strategy gets the identical request stream").
 *
 * - Arrivals are a Poisson process at `ratePerSec`, or, with `burst`, a piecewise-constant rate:
 *   each cycle is `offMs` at the base rate followed by `onMs` at rate × factor (the cycle starts
 *   with the quiet part, so a run shows the baseline before the first burst). Gaps are drawn by
 *   the time-change method: one Exp(1) draw of "integrated rate", spent across rate segments.
 *   That is exact for a non-homogeneous Poisson process and costs one draw per request.
 * - Keys are ranks 0..count-1 of a Zipf(s) law, P(k) ∝ 1/(k+1)^s; s = 0 is uniform. Sampling
 *   inverts the CDF by binary search in a table built once per (count, s).
 * - Work is Exp(mean 1); a backend turns it into service time by multiplying by its meanServiceMs.
 *
 * Exactly three draws per request, always in the order gap, key, work.
 *
 * Time: the process runs on exact fractional milliseconds (state.tMs); a request's `atMs` is the
 * floor of its exact arrival time, an integer as the kernel's clock requires (DESIGN.md section
 * 4). Flooring keeps arrivals in order and the count in any window exact; requests in the same
 * millisecond keep their id order.
 */
import { assert } from '../kernel/assert';
import { nextExponential, nextFloat, type Prng } from '../kernel/prng';

export interface BurstSpec {
  onMs: number;
  offMs: number;
  factor: number;
}

/** SCENARIO.md balancer.traffic. */
export interface TrafficSpec {
  ratePerSec: number;
  burst: BurstSpec | null;
  keys: { count: number; zipfS: number };
}

export interface LbRequest {
  id: number;
  /** Arrival time, integer ms (the floor of the exact time). */
  atMs: number;
  key: number;
  /** Service demand in units of a backend's meanServiceMs (Exp, mean 1). */
  work: number;
}

/** Plain data: the spec, the exact clock and the PRNG stream (owned, mutated by nextRequest). */
export interface TrafficState {
  ratePerSec: number;
  burst: BurstSpec | null;
  keyCount: number;
  zipfS: number;
  tMs: number;
  nextId: number;
  rng: Prng;
}

/**
 * A generator that starts at `startMs` (default 0). It takes ownership of `rng`: pass a stream
 * forked for the traffic (e.g. prngFor(seed, 'workload')) and give nothing else that stream.
 */
export function createTraffic(spec: TrafficSpec, rng: Prng, startMs = 0): TrafficState {
  const { ratePerSec, burst } = spec;
  assert(Number.isFinite(ratePerSec) && ratePerSec > 0, 'traffic: ratePerSec must be > 0');
  if (burst !== null) {
    assert(burst.onMs >= 0 && burst.offMs >= 0, 'traffic: burst onMs and offMs must be >= 0');
    assert(
      Number.isFinite(burst.factor) && burst.factor >= 0,
      'traffic: burst factor must be >= 0',
    );
    assert(burst.offMs > 0 || burst.factor > 0, 'traffic: a burst cycle must carry some traffic');
  }
  const count = Math.floor(spec.keys.count);
  assert(count >= 1, 'traffic: keys.count must be >= 1');
  assert(Number.isFinite(spec.keys.zipfS) && spec.keys.zipfS >= 0, 'traffic: zipfS must be >= 0');
  const b = burst !== null && burst.onMs + burst.offMs > 0 ? { ...burst } : null;
  return {
    ratePerSec,
    burst: b,
    keyCount: count,
    zipfS: spec.keys.zipfS,
    tMs: startMs,
    nextId: 0,
    rng,
  };
}

/** The next arrival time after tMs, spending `need` units of integrated rate (rate in 1/s). */
function advance(state: TrafficState, need: number): number {
  const rate = state.ratePerSec;
  const burst = state.burst;
  let t = state.tMs;
  if (burst === null) return t + (need * 1000) / rate;
  const period = burst.offMs + burst.onMs;
  // A low rate over short cycles can need many whole cycles before the next arrival: skip all
  // but the last of them at once (each carries the same integrated rate), so an arrival costs a
  // few steps whatever the rate. Taken only when the next arrival is three or more cycles away,
  // so the usual case keeps its arithmetic, and its request stream, exactly as it was.
  const perPeriod = (rate * (burst.offMs + burst.factor * burst.onMs)) / 1000;
  const skipped = Math.floor(need / perPeriod) - 1;
  if (skipped >= 2) {
    t += skipped * period;
    need -= skipped * perPeriod;
  }
  for (let guard = 0; ; guard++) {
    assert(guard < 1_000_000, 'traffic: arrival search did not terminate');
    let start = Math.floor(t / period) * period;
    if (t >= start + period) start += period; // floating-point guard at a cycle boundary
    const offEnd = start + burst.offMs;
    const inBurst = t >= offEnd;
    const segEnd = inBurst ? start + period : offEnd;
    const r = inBurst ? rate * burst.factor : rate;
    const capacity = (r * (segEnd - t)) / 1000;
    if (r > 0 && need <= capacity) return t + (need * 1000) / r;
    need -= capacity;
    t = segEnd > t ? segEnd : t + 1e-9;
  }
}

/** Produces the next request and advances the state (in place; the same object is returned). */
export function nextRequest(state: TrafficState): { request: LbRequest; state: TrafficState } {
  const rng = state.rng;
  state.tMs = advance(state, nextExponential(rng, 1));
  const u = nextFloat(rng);
  const key =
    state.zipfS === 0
      ? Math.floor(u * state.keyCount)
      : zipfRank(zipfCdf(state.keyCount, state.zipfS), u);
  const work = nextExponential(rng, 1);
  const request: LbRequest = { id: state.nextId++, atMs: Math.floor(state.tMs), key, work };
  return { request, state };
}

/** The mean arrival rate over a whole burst cycle (1/s): what a long run should measure. */
export function meanRatePerSec(spec: Pick<TrafficSpec, 'ratePerSec' | 'burst'>): number {
  const b = spec.burst;
  if (b === null || b.onMs + b.offMs <= 0) return spec.ratePerSec;
  return (spec.ratePerSec * (b.offMs + b.onMs * b.factor)) / (b.offMs + b.onMs);
}

// ---- Zipf ----

/**
 * Recently built CDF tables. A cache, not state: a table is a pure function of (count, s), so it
 * stays out of the checkpointed TrafficState (10 000 keys would add 10 000 numbers to every
 * checkpoint) and may be a typed array.
 */
const zipfCache: { count: number; s: number; cdf: Float64Array }[] = [];

/** cdf[k] = P(rank <= k) for Zipf(s) over ranks 0..count-1; the last entry is exactly 1. */
export function zipfCdf(count: number, s: number): Float64Array {
  for (const e of zipfCache) if (e.count === count && e.s === s) return e.cdf;
  const cdf = new Float64Array(count);
  let sum = 0;
  for (let k = 0; k < count; k++) {
    sum += 1 / Math.pow(k + 1, s);
    cdf[k] = sum;
  }
  for (let k = 0; k < count; k++) cdf[k] = (cdf[k] as number) / sum;
  cdf[count - 1] = 1;
  zipfCache.unshift({ count, s, cdf });
  if (zipfCache.length > 4) zipfCache.pop();
  return cdf;
}

/** The smallest rank k with u < cdf[k], for u in [0, 1). */
export function zipfRank(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (u < (cdf[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
