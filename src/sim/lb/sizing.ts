/**
 * How many backends each load-balancing strategy needs for a target p99 latency (issue 17, item
 * 5): the analytic side, confirmed by the lab's simulation (sweep/backendCheck.ts). The setting is
 * the lab's: one balancer, Poisson requests at `ratePerSec` over uniformly drawn keys (the lab's
 * default 10,000), every backend one FIFO server with exponential service of mean
 * `meanServiceMs` (traffic.ts: work is Exp(1)); latency is the request's time in the backend,
 * queueing plus service. Formulas and their sources: sizingQueues.ts.
 *
 * Per strategy (backends named b1..bn, all of weight 1):
 * - random: every backend an M/M/1 at rate/n.
 * - round-robin, and weighted-round-robin with equal weights (nginx's smooth WRR then rotates):
 *   every backend sees every n-th request, an E_n/M/1 queue, which waits less than M/M/1.
 * - hash-mod, consistent-hash: each backend an M/M/1 at its exact share of the key space, counted
 *   over the keys with the lab's own hash functions; their imbalance (crc32 mod n; a ring of
 *   `vnodes` points per backend, whose largest share exceeds 1/n by about sqrt(ln n / vnodes):
 *   Karger et al., STOC 1997; Stoica et al., Chord, SIGCOMM 2001) is what costs them backends.
 * - least-connections: join-the-shortest-queue (an approximation).
 * - p2c: Mitzenmacher's supermarket limit. pewma: Finagle's p2cPeakEwma compares
 *   ewma x (pending + 1); identical backends have the same ewma, so it reduces to p2c.
 *
 * After a backend dies, its znode stays until its session expires: the black-hole window. For
 * the strategies that ignore load the dead backend keeps its share, which fails (errorShare);
 * the load-aware ones see it answer at once and idle, and send it more (only the simulation
 * measures how much: errorShare null). After expiry n - 1 backends carry the load:
 * `backendsForLoss` is the smallest n whose survivors still meet the target.
 */
import type { StrategyId } from './kinds';
import { hashModIndex } from './strategies/hashMod';
import { consistentHash, consistentHashIndex } from './strategies/consistentHash';
import { jsqTail, p2cTail, quantileOfTail, roundRobinTail, splitTail } from './sizingQueues';

/** The largest backend count the model searches (the lab's BACKENDS_MAX: each is a client). */
export const SIZING_BACKENDS_MAX = 32;
/** The lab's default key space (scenario defaults keysCount) over which hash shares are counted. */
export const SIZING_KEYS = 10_000;
export const SIZING_VNODES = 100;

export interface SizingInput {
  ratePerSec: number;
  meanServiceMs: number;
  targetP99Ms: number;
  strategies: readonly StrategyId[];
  /** consistent-hash ring points per backend (default 100, the lab's). */
  vnodes?: number;
}

export interface StrategySizing {
  strategy: StrategyId;
  /** Smallest n in 1..SIZING_BACKENDS_MAX whose p99 meets the target, or null. */
  backendsNeeded: number | null;
  /** The model's p99 at backendsNeeded (ms), or null. */
  p99Ms: number | null;
  /** Busy share of each backend at backendsNeeded (rate x S / n). */
  utilization: number | null;
  /** During the black-hole window at backendsNeeded: the share of requests that fail (null: load-aware, simulation only). */
  errorShare: number | null;
  /** p99 once the dead backend's znode is gone and n - 1 carry the load (ms; Infinity: overloaded). */
  p99AfterLossMs: number | null;
  /** Smallest n whose n - 1 survivors meet the target, or null. */
  backendsForLoss: number | null;
}

export function backendIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `b${i + 1}`);
}

const shareCache = new Map<string, number[]>();

/**
 * Each backend's share of uniformly drawn keys 0..SIZING_KEYS-1, by the lab's own hash, for the
 * view `ids` (sorted naturally, as the strategies sort it).
 */
export function keyShares(
  strategy: 'hash-mod' | 'consistent-hash',
  ids: readonly string[],
  vnodes: number,
): number[] {
  const cacheKey = `${strategy}/${vnodes}/${ids.join(',')}`;
  const cached = shareCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const counts = new Array<number>(ids.length).fill(0);
  if (strategy === 'hash-mod') {
    for (let k = 0; k < SIZING_KEYS; k++) counts[hashModIndex(ids, k)]!++;
  } else {
    const ring = consistentHash.init(
      ids.map((id) => ({ id, weight: 1 })),
      { vnodes },
    );
    for (let k = 0; k < SIZING_KEYS; k++) counts[consistentHashIndex(ring, k)]!++;
  }
  const shares = counts.map((c) => c / SIZING_KEYS);
  shareCache.set(cacheKey, shares);
  return shares;
}

/**
 * The model's p99 (ms) with the backends `ids` (default b1..bn); Infinity when some backend is
 * overloaded. Only the hash strategies depend on the names.
 */
export function modelP99(
  strategy: StrategyId,
  n: number,
  input: SizingInput,
  ids: readonly string[] = backendIds(n),
): number {
  const lambda = input.ratePerSec / 1000; // per ms
  const mu = 1 / input.meanServiceMs;
  const vnodes = input.vnodes ?? SIZING_VNODES;
  const tail = tailFor(strategy, ids, lambda, mu, vnodes);
  return quantileOfTail(tail, 0.99, input.meanServiceMs);
}

function tailFor(
  strategy: StrategyId,
  ids: readonly string[],
  lambda: number,
  mu: number,
  vnodes: number,
): (t: number) => number {
  const n = ids.length;
  switch (strategy) {
    case 'random':
      return (t) => splitTail(new Array<number>(n).fill(1 / n), lambda, mu, t);
    case 'round-robin':
    case 'weighted-round-robin':
      return (t) => roundRobinTail(n, lambda, mu, t);
    case 'hash-mod':
    case 'consistent-hash': {
      const shares = keyShares(strategy, ids, vnodes);
      return (t) => splitTail(shares, lambda, mu, t);
    }
    case 'least-connections':
      return (t) => jsqTail(n, lambda, mu, t);
    case 'p2c':
    case 'pewma':
      return (t) => p2cTail(n, lambda, mu, t);
  }
}

/** The strategies whose error share in the black-hole window the model gives. */
const OBLIVIOUS: readonly StrategyId[] = [
  'random',
  'round-robin',
  'weighted-round-robin',
  'hash-mod',
  'consistent-hash',
];

/** The backend the loss analysis kills: the one with the largest key share (b1 when all equal). */
export function victimIndex(strategy: StrategyId, n: number, vnodes: number): number {
  if (strategy !== 'hash-mod' && strategy !== 'consistent-hash') return 0;
  const shares = keyShares(strategy, backendIds(n), vnodes);
  let best = 0;
  for (let i = 1; i < n; i++) if (shares[i]! > shares[best]!) best = i;
  return best;
}

function errorShareAt(strategy: StrategyId, n: number, vnodes: number): number | null {
  if (!OBLIVIOUS.includes(strategy)) return null;
  if (strategy === 'hash-mod' || strategy === 'consistent-hash')
    return keyShares(strategy, backendIds(n), vnodes)[victimIndex(strategy, n, vnodes)]!;
  return 1 / n;
}

/** The ids left when the loss analysis's victim of n backends is gone. */
export function survivorIds(strategy: StrategyId, n: number, vnodes: number): string[] {
  const victim = victimIndex(strategy, n, vnodes);
  return backendIds(n).filter((_, i) => i !== victim);
}

/** p99 (ms) once the victim's znode is gone and its n - 1 survivors carry the load. */
export function p99AfterLoss(strategy: StrategyId, n: number, input: SizingInput): number {
  if (n <= 1) return Infinity;
  const ids = survivorIds(strategy, n, input.vnodes ?? SIZING_VNODES);
  return modelP99(strategy, n - 1, input, ids);
}

/** The smallest n in from..SIZING_BACKENDS_MAX that `meets`, or null. */
function smallest(from: number, meets: (n: number) => boolean): number | null {
  for (let n = from; n <= SIZING_BACKENDS_MAX; n++) if (meets(n)) return n;
  return null;
}

export function sizeStrategy(strategy: StrategyId, input: SizingInput): StrategySizing {
  const vnodes = input.vnodes ?? SIZING_VNODES;
  // No n at or below rate x S can keep every backend under full load.
  const floor = Math.floor((input.ratePerSec * input.meanServiceMs) / 1000) + 1;
  const n = smallest(floor, (k) => modelP99(strategy, k, input) <= input.targetP99Ms);
  if (n === null)
    return {
      strategy,
      backendsNeeded: null,
      p99Ms: null,
      utilization: null,
      errorShare: null,
      p99AfterLossMs: null,
      backendsForLoss: null,
    };
  return {
    strategy,
    backendsNeeded: n,
    p99Ms: modelP99(strategy, n, input),
    utilization: (input.ratePerSec * input.meanServiceMs) / 1000 / n,
    errorShare: errorShareAt(strategy, n, vnodes),
    p99AfterLossMs: p99AfterLoss(strategy, n, input),
    backendsForLoss: smallest(n, (k) => p99AfterLoss(strategy, k, input) <= input.targetP99Ms),
  };
}

/** The sizing of every requested strategy, in the order given. */
export function sizeBackends(input: SizingInput): StrategySizing[] {
  return input.strategies.map((s) => sizeStrategy(s, input));
}
