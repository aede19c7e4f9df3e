/**
 * The textbook comparison on identical traffic: with one backend four times slower than the
 * others, the strategies that look at load or latency (least-connections, p2c, pewma) keep the
 * tail latency far below the blind ones (round-robin, random), which keep sending the slow
 * backend its full share. Fixed seed; the slow backend runs at 80% load under round robin, so
 * nothing is dropped and the difference is queueing alone.
 */
import { describe, expect, it } from 'vitest';
import type { StrategyReport } from '../scenario/types';
import { run } from '../scenarios/harness';

describe('one slow backend: adaptive strategies beat blind ones at p99', () => {
  const r = run({
    version: 1,
    seed: 42,
    untilMs: 60000,
    ensemble: { servers: 3 },
    balancer: {
      service: '/services/api',
      sessionTimeoutMs: 6000,
      strategies: ['round-robin', 'random', 'least-connections', 'p2c', 'pewma'],
      backends: [
        { id: 'b1', meanServiceMs: 20 },
        { id: 'b2', meanServiceMs: 20 },
        { id: 'b3', meanServiceMs: 20 },
        { id: 'b4', meanServiceMs: 80 },
      ],
      traffic: { ratePerSec: 40 },
    },
  });
  const byId = new Map<string, StrategyReport>(r.report.balancer!.strategies.map((s) => [s.id, s]));
  const p99 = (id: string) => byId.get(id)!.latencyMs.p99;

  it('gives every strategy the same requests, all completed', () => {
    expect(r.report.violations).toEqual([]);
    const offered = new Set(r.report.balancer!.strategies.map((s) => s.offered));
    expect(offered.size).toBe(1);
    for (const s of byId.values()) expect([s.dropped, s.failed]).toEqual([0, 0]);
  });

  it('least-connections, p2c and pewma have a lower p99 than round-robin and random', () => {
    for (const good of ['least-connections', 'p2c', 'pewma']) {
      for (const blind of ['round-robin', 'random']) expect(p99(good)).toBeLessThan(p99(blind));
    }
  });

  it('the adaptive strategies send the slow backend less than its blind quarter', () => {
    const slowShare = (id: string) => byId.get(id)!.backends[3]!.served / byId.get(id)!.completed;
    expect(slowShare('round-robin')).toBeCloseTo(0.25, 2);
    for (const good of ['least-connections', 'p2c', 'pewma'])
      expect(slowShare(good)).toBeLessThan(0.2);
  });
});
