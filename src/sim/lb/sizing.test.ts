/**
 * The sizing model against closed forms it must reduce to, and its orderings: what the formulas
 * say before any simulation (sweep/backendPlan.test.ts confirms them on the lab).
 */
import { describe, expect, it } from 'vitest';
import { STRATEGY_IDS } from './kinds';
import { keyShares, modelP99, sizeBackends, sizeStrategy } from './sizing';
import {
  erlangC,
  erlangTail,
  jsqTail,
  p2cTail,
  quantileOfTail,
  roundRobinTail,
} from './sizingQueues';
import { validateBackendsSpec } from './sizingInput';

const input = { ratePerSec: 200, meanServiceMs: 20, targetP99Ms: 150, strategies: STRATEGY_IDS };

describe('queueing formulas', () => {
  it('random with n backends is an M/M/1 at rate/n: p99 = ln(100) / (mu - lambda/n)', () => {
    const expected = Math.log(100) / (1 / 20 - 0.2 / 8);
    expect(modelP99('random', 8, input)).toBeCloseTo(expected, 6);
  });

  it('round-robin to one backend is M/M/1 (E_1 is exponential), and waits less than random beyond', () => {
    expect(modelP99('round-robin', 1, { ...input, ratePerSec: 20 })).toBeCloseTo(
      Math.log(100) / (1 / 20 - 0.02),
      6,
    );
    for (const n of [5, 8, 12])
      expect(modelP99('round-robin', n, input)).toBeLessThan(modelP99('random', n, input));
  });

  it('Erlang C matches a textbook value (c = 2, a = 1: 1/3) and tails are tails', () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    expect(erlangTail(1, 0.5, 2)).toBeCloseTo(Math.exp(-1), 12);
    for (const f of [jsqTail, p2cTail, roundRobinTail]) {
      expect(f(6, 0.2, 0.05, 0)).toBeCloseTo(1, 9);
      expect(f(6, 0.2, 0.05, 50)).toBeGreaterThan(f(6, 0.2, 0.05, 100));
    }
  });

  it('the supermarket model with a light load is nearly the bare service time', () => {
    expect(quantileOfTail((t) => p2cTail(32, 0.001, 0.05, t), 0.99, 20)).toBeCloseTo(
      Math.log(100) * 20,
      0,
    );
  });

  it('an overloaded point has an infinite p99', () => {
    expect(modelP99('random', 3, input)).toBe(Infinity);
    expect(modelP99('least-connections', 4, input)).toBe(Infinity);
  });
});

describe('sizing', () => {
  it('orders strategies as the literature does: JSQ and p2c <= round-robin <= random', () => {
    const n = (s: (typeof STRATEGY_IDS)[number]) => sizeStrategy(s, input).backendsNeeded!;
    expect(n('least-connections')).toBeLessThanOrEqual(n('round-robin'));
    expect(n('p2c')).toBeLessThanOrEqual(n('round-robin'));
    expect(n('round-robin')).toBeLessThanOrEqual(n('random'));
    expect(n('pewma')).toBe(n('p2c'));
    expect(n('weighted-round-robin')).toBe(n('round-robin'));
  });

  it('backendsNeeded is the smallest n meeting the target', () => {
    for (const row of sizeBackends(input)) {
      const n = row.backendsNeeded!;
      expect(row.p99Ms!).toBeLessThanOrEqual(input.targetP99Ms);
      expect(modelP99(row.strategy, n - 1, input)).toBeGreaterThan(input.targetP99Ms);
      expect(row.utilization).toBeCloseTo(4 / n, 12);
      expect(row.backendsForLoss!).toBeGreaterThan(n);
      expect(row.p99AfterLossMs!).toBeGreaterThan(row.p99Ms!);
    }
  });

  it('counts hash shares with the lab hashes: they sum to 1 and are uneven', () => {
    const ids = ['b1', 'b2', 'b3', 'b4', 'b5'];
    for (const s of ['hash-mod', 'consistent-hash'] as const) {
      const shares = keyShares(s, ids, 100);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(Math.max(...shares)).toBeGreaterThan(0.2);
    }
  });

  it('a target below the bare service p99 cannot be met by any count', () => {
    const rows = sizeBackends({ ...input, targetP99Ms: 80 });
    expect(rows.find((r) => r.strategy === 'random')!.backendsNeeded).toBeNull();
  });

  it('gives the oblivious strategies an error share of 1/n in the window, and none for load-aware', () => {
    const rr = sizeStrategy('round-robin', input);
    expect(rr.errorShare).toBeCloseTo(1 / rr.backendsNeeded!, 12);
    expect(sizeStrategy('p2c', input).errorShare).toBeNull();
  });
});

describe('the backends block', () => {
  it('fills defaults and names a bad field', () => {
    const ok = validateBackendsSpec({ ratePerSec: 100, meanServiceMs: 10, targetP99Ms: 80 });
    expect(ok).toEqual({
      ok: true,
      spec: {
        ratePerSec: 100,
        meanServiceMs: 10,
        targetP99Ms: 80,
        sessionTimeoutMs: 6000,
        strategies: [...STRATEGY_IDS],
        seeds: 2,
        simulate: true,
      },
    });
    expect(validateBackendsSpec({ ratePerSec: 5000, meanServiceMs: 10, targetP99Ms: 80 })).toEqual({
      ok: false,
      error: 'backends.ratePerSec: expected a number from 1 to 1000, got 5000',
    });
    expect(
      validateBackendsSpec({
        ratePerSec: 1,
        meanServiceMs: 10,
        targetP99Ms: 80,
        strategies: ['x'],
      }),
    ).toEqual({
      ok: false,
      error: `backends.strategies[0]: unknown strategy "x" (known: ${STRATEGY_IDS.join(', ')})`,
    });
    expect(
      validateBackendsSpec({
        ratePerSec: 1,
        meanServiceMs: 10,
        targetP99Ms: 80,
        sessionTimeoutMs: 1,
      }),
    ).toEqual({
      ok: false,
      error: 'backends.sessionTimeoutMs: expected an integer from 4000 to 40000, got 1',
    });
  });
});
