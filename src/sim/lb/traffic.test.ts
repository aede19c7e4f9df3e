// Proves the request stream is what the lab promises: the same seed gives the same stream (and a
// JSON checkpoint resumes it exactly), Poisson arrivals measured over a long run match ratePerSec
// (and the mean rate of an on/off burst cycle) within a few percent, gaps look exponential, the
// burst really multiplies the rate during "on", Zipf s=0 is near uniform while s=1.2 concentrates
// on low ranks, and work has mean 1.
import { describe, expect, it } from 'vitest';
import { prngFor } from '../kernel/prng';
import {
  createTraffic,
  meanRatePerSec,
  nextRequest,
  zipfCdf,
  zipfRank,
  type LbRequest,
  type TrafficSpec,
  type TrafficState,
} from './traffic';

const spec = (over: Partial<TrafficSpec> = {}): TrafficSpec => ({
  ratePerSec: 300,
  burst: null,
  keys: { count: 10_000, zipfS: 0 },
  ...over,
});

function take(state: TrafficState, n: number): LbRequest[] {
  const out: LbRequest[] = [];
  for (let i = 0; i < n; i++) out.push(nextRequest(state).request);
  return out;
}

describe('traffic', () => {
  it('is deterministic: same seed, same stream; a JSON checkpoint resumes it exactly', () => {
    const a = take(createTraffic(spec(), prngFor(42, 'workload')), 2000);
    const b = take(createTraffic(spec(), prngFor(42, 'workload')), 2000);
    expect(b).toEqual(a);
    const c = createTraffic(spec(), prngFor(43, 'workload'));
    expect(take(c, 10)).not.toEqual(a.slice(0, 10));

    const s = createTraffic(
      spec({ burst: { onMs: 500, offMs: 1500, factor: 3 } }),
      prngFor(1, 'w'),
    );
    take(s, 700);
    const copy = JSON.parse(JSON.stringify(s)) as TrafficState;
    expect(copy).toStrictEqual(s);
    expect(take(copy, 500)).toEqual(take(s, 500));
  });

  it('issues integer, non-decreasing arrival times and consecutive ids', () => {
    const r = take(createTraffic(spec({ ratePerSec: 5000 }), prngFor(3, 'w')), 5000);
    r.forEach((q, i) => {
      expect(q.id).toBe(i);
      expect(Number.isInteger(q.atMs)).toBe(true);
      if (i > 0) expect(q.atMs).toBeGreaterThanOrEqual((r[i - 1] as LbRequest).atMs);
    });
  });

  it('measures ratePerSec within 2% over a long run, with exponential gaps', () => {
    const s = createTraffic(spec({ ratePerSec: 300 }), prngFor(5, 'w'));
    const n = 100_000;
    const r = take(s, n);
    const rate = n / (s.tMs / 1000);
    expect(Math.abs(rate / 300 - 1)).toBeLessThan(0.02);
    // For an exponential law, P(gap > mean) = 1/e.
    let prev = 0;
    let above = 0;
    const t = createTraffic(spec({ ratePerSec: 300 }), prngFor(5, 'w'));
    for (let i = 0; i < n; i++) {
      nextRequest(t);
      if (t.tMs - prev > 1000 / 300) above++;
      prev = t.tMs;
    }
    expect(Math.abs(above / n - Math.exp(-1))).toBeLessThan(0.01);
    expect(r.length).toBe(n);
  });

  it('bursts multiply the rate during "on" and the long-run rate is the cycle mean', () => {
    const burst = { onMs: 1000, offMs: 3000, factor: 5 };
    const s = createTraffic(spec({ ratePerSec: 200, burst }), prngFor(8, 'w'));
    let on = 0;
    let off = 0;
    const n = 80_000;
    for (let i = 0; i < n; i++) {
      const q = nextRequest(s).request;
      if (q.atMs % 4000 >= 3000) on++;
      else off++;
    }
    const seconds = s.tMs / 1000;
    expect(Math.abs(n / seconds / meanRatePerSec({ ratePerSec: 200, burst }) - 1)).toBeLessThan(
      0.03,
    );
    // "on" is 1/4 of the time at 5× the rate: on/off = (1 × 5) / 3.
    expect(Math.abs(on / off / (5 / 3) - 1)).toBeLessThan(0.04);
  });

  it('finds the next arrival in a few steps at the lowest rate over the shortest cycles', () => {
    // ratePerSec 0.001 over 1 ms + 1 ms cycles: about half a million cycles between arrivals,
    // which the cycle-by-cycle search alone gave up on (its guard stops at a million steps).
    const burst = { onMs: 1, offMs: 1, factor: 1 };
    const s = createTraffic(spec({ ratePerSec: 0.001, burst }), prngFor(10, 'w'));
    const r = take(s, 2000);
    const seconds = s.tMs / 1000;
    expect(Math.abs(r.length / seconds / 0.001 - 1)).toBeLessThan(0.1);
    for (let i = 1; i < r.length; i++) expect(r[i]!.atMs).toBeGreaterThanOrEqual(r[i - 1]!.atMs);
  });

  it('draws work with mean 1', () => {
    const r = take(createTraffic(spec(), prngFor(9, 'w')), 50_000);
    const mean = r.reduce((a, q) => a + q.work, 0) / r.length;
    expect(Math.abs(mean - 1)).toBeLessThan(0.02);
  });
});

describe('zipf keys', () => {
  it('s = 0 is near uniform', () => {
    const count = 100;
    const n = 100_000;
    const hits = new Array<number>(count).fill(0);
    for (const q of take(createTraffic(spec({ keys: { count, zipfS: 0 } }), prngFor(11, 'w')), n)) {
      hits[q.key] = (hits[q.key] as number) + 1;
    }
    // Each bucket expects 1000 hits, standard deviation about 31.5; 5 sigma is a wide margin.
    for (const h of hits) expect(Math.abs(h - n / count)).toBeLessThan(160);
  });

  it('s = 1.2 concentrates on low ranks', () => {
    const count = 10_000;
    const n = 100_000;
    const r = take(createTraffic(spec({ keys: { count, zipfS: 1.2 } }), prngFor(12, 'w')), n);
    const top10 = r.filter((q) => q.key < 10).length / n;
    const rank0 = r.filter((q) => q.key === 0).length / n;
    // Exact shares from the law: P(0) = 1 / H(10000, 1.2), P(k < 10) = H(10, 1.2) / H(10000, 1.2).
    const cdf = zipfCdf(count, 1.2);
    expect(Math.abs(rank0 - (cdf[0] as number))).toBeLessThan(0.01);
    expect(Math.abs(top10 - (cdf[9] as number))).toBeLessThan(0.01);
    expect(top10).toBeGreaterThan(0.5);
    expect(r.every((q) => q.key >= 0 && q.key < count && Number.isInteger(q.key))).toBe(true);
  });

  it('inverts the CDF at its edges', () => {
    const cdf = zipfCdf(4, 1);
    expect(cdf[3]).toBe(1);
    expect(zipfRank(cdf, 0)).toBe(0);
    expect(zipfRank(cdf, (cdf[0] as number) - 1e-12)).toBe(0);
    expect(zipfRank(cdf, cdf[0] as number)).toBe(1);
    expect(zipfRank(cdf, 0.999999)).toBe(3);
  });
});
