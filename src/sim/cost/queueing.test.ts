// Proves the queueing pieces against closed forms and against small seeded simulations: the
// M/G/1 wait (M/D/1 and M/M/1 cases), the incomplete gamma function, quantiles of a stage and of a
// mixture, the group-commit busy share, and the quorum's order statistic.
import { describe, expect, it } from 'vitest';
import {
  discreteMean,
  fixed,
  fsyncBusyShare,
  gammaP,
  mg1Wait,
  mixtureMean,
  mixtureQuantile,
  stageCdf,
  sumStages,
  type Discrete,
} from './queueing';
import { quorumArrival } from './quorum';

/** A seeded generator for the simulations below (a 32-bit LCG, Numerical Recipes constants). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 0.5) / 4294967296;
  };
}

describe('mg1Wait', () => {
  it('gives the M/D/1 mean wait rho s / (2 (1 - rho))', () => {
    const w = mg1Wait([{ rate: 800, serviceSec: 0.001 }])!;
    expect(w.utilization).toBeCloseTo(0.8, 12);
    expect(w.mean).toBeCloseTo((0.8 * 0.001) / (2 * 0.2), 12);
  });

  it('is null at or past utilization 1, and zero with no jobs', () => {
    expect(mg1Wait([{ rate: 1000, serviceSec: 0.001 }])).toBeNull();
    expect(mg1Wait([])).toEqual({ utilization: 0, mean: 0, variance: 0 });
  });

  it('matches a seeded simulation of a FCFS queue with two job classes', () => {
    const classes = [
      { rate: 300, serviceSec: 0.001 },
      { rate: 100, serviceSec: 0.004 },
    ];
    const w = mg1Wait(classes)!;
    const random = lcg(7);
    const total = 400;
    let now = 0;
    let freeAt = 0;
    let sum = 0;
    let sumSq = 0;
    const n = 400_000;
    for (let i = 0; i < n; i++) {
      now += -Math.log(random()) / total;
      const service = random() < 0.75 ? 0.001 : 0.004;
      const wait = Math.max(0, freeAt - now);
      sum += wait;
      sumSq += wait * wait;
      freeAt = now + wait + service;
    }
    const mean = sum / n;
    expect(mean / w.mean).toBeGreaterThan(0.95);
    expect(mean / w.mean).toBeLessThan(1.05);
    const variance = sumSq / n - mean * mean;
    expect(variance / w.variance).toBeGreaterThan(0.9);
    expect(variance / w.variance).toBeLessThan(1.1);
  });
});

describe('gammaP and quantiles', () => {
  it('matches closed forms: P(1, x) = 1 - e^-x, P(2, x) = 1 - (1 + x) e^-x', () => {
    for (const x of [0.01, 0.5, 1, 3, 10, 40]) {
      expect(gammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 12);
      expect(gammaP(2, x)).toBeCloseTo(1 - (1 + x) * Math.exp(-x), 12);
    }
    expect(gammaP(3, 0)).toBe(0);
  });

  it('reads an exponential stage right: median ln 2, p99 ln 100 times its mean', () => {
    const stage = { minSec: 1, meanSec: 3, varianceSec2: 4 };
    expect(mixtureQuantile([{ weight: 1, stage }], 0.5)).toBeCloseTo(1 + 2 * Math.LN2, 6);
    expect(mixtureQuantile([{ weight: 1, stage }], 0.99)).toBeCloseTo(1 + 2 * Math.log(100), 6);
    expect(stageCdf(stage, 0.5)).toBe(0);
  });

  it('treats a stage without variance as a point', () => {
    const stage = sumStages([fixed(0.002), fixed(0.003)]);
    expect(stage).toEqual({ minSec: 0.005, meanSec: 0.005, varianceSec2: 0 });
    expect(mixtureQuantile([{ weight: 1, stage }], 0.99)).toBeCloseTo(0.005, 9);
  });

  it('weighs the branches of a mixture', () => {
    const branches = [
      { weight: 1, stage: fixed(1) },
      { weight: 3, stage: fixed(2) },
    ];
    expect(mixtureMean(branches)).toBeCloseTo(1.75, 12);
    expect(mixtureQuantile(branches, 0.2)).toBeCloseTo(1, 6);
    expect(mixtureQuantile(branches, 0.3)).toBeCloseTo(2, 6);
  });
});

/**
 * Group commit simulated: an arrival while an fsync runs joins the next batch, which starts when
 * that fsync ends; an arrival at an idle disk starts an fsync at once. Returns the share of
 * arrivals that found an fsync in progress.
 */
function simulatedBusyShare(rate: number, fsyncSec: number, seed: number): number {
  const random = lcg(seed);
  let now = 0;
  let currentEnd = -1;
  let pendingEnd: number | null = null;
  let foundBusy = 0;
  const n = 200_000;
  for (let i = 0; i < n; i++) {
    now += -Math.log(random()) / rate;
    if (pendingEnd !== null && currentEnd <= now) {
      currentEnd = pendingEnd;
      pendingEnd = null;
    }
    if (now < currentEnd) {
      foundBusy++;
      pendingEnd = currentEnd + fsyncSec;
    } else {
      currentEnd = now + fsyncSec;
    }
  }
  return foundBusy / n;
}

describe('group commit', () => {
  it('gives the busy share x e^x / (1 + x e^x), x = rate x fsync', () => {
    expect(fsyncBusyShare(0, 0.001)).toBe(0);
    expect(fsyncBusyShare(1e9, 0.001)).toBe(1);
    for (const [rate, fsync] of [
      [200, 0.001],
      [1000, 0.001],
      [3000, 0.0007],
    ] as const) {
      const simulated = simulatedBusyShare(rate, fsync, 11);
      expect(Math.abs(simulated - fsyncBusyShare(rate, fsync))).toBeLessThan(0.01);
    }
  });
});

describe('quorumArrival', () => {
  const moments = (d: Discrete) => {
    const mean = discreteMean(d);
    const second = d.values.reduce((sum, v, i) => sum + v * v * d.probs[i]!, 0);
    return { mean, variance: second - mean * mean };
  };

  it('is the quorum-th offset plus one fsync when no fsync is ever in progress', () => {
    expect(quorumArrival([0, 0.003, 0.001, 0.002, 0.004], 3, 0.0005, 0)).toEqual({
      values: [0.0025],
      probs: [1],
    });
  });

  it('matches a seeded simulation of the q-th fastest ACK', () => {
    const offsets = [0, 0.0002, 0.0004, 0.0006, 0.0008];
    const fsync = 0.001;
    const busy = 0.6;
    const arrival = quorumArrival(offsets, 3, fsync, busy);
    expect(arrival.probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const random = lcg(3);
    let sum = 0;
    let sumSq = 0;
    let p99Count = 0;
    const n = 100_000;
    const ours = moments(arrival);
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
      const arrivals = offsets
        .map((o) => o + fsync + (random() < busy ? random() * fsync : 0))
        .sort((a, b) => a - b);
      samples.push(arrivals[2]!);
      sum += arrivals[2]!;
      sumSq += arrivals[2]! ** 2;
    }
    const mean = sum / n;
    expect(ours.mean).toBeCloseTo(mean, 5);
    const variance = sumSq / n - mean * mean;
    expect(ours.variance / variance).toBeGreaterThan(0.95);
    expect(ours.variance / variance).toBeLessThan(1.05);
    // Its 99th percentile, through the mixture quantile with no other stage.
    const p99 = mixtureQuantile([{ weight: 1, stage: fixed(0), discrete: arrival }], 0.99);
    for (const x of samples) if (x <= p99) p99Count++;
    expect(p99Count / n).toBeGreaterThan(0.985);
    expect(p99Count / n).toBeLessThan(0.995);
  });

  it('waits longer for a larger quorum', () => {
    const offsets = [0, 0.0001, 0.0002, 0.0003, 0.0004, 0.0005, 0.0006];
    const means = [1, 2, 3, 4, 5, 6, 7].map((q) =>
      discreteMean(quorumArrival(offsets, q, 0.001, 0.5)),
    );
    for (let i = 1; i < means.length; i++) expect(means[i]!).toBeGreaterThan(means[i - 1]!);
  });
});
