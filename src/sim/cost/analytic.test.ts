// Proves the planner's summary of one configuration: the balanced bound (resources versus the
// clients' outstanding requests) and its bottleneck, utilization at the offered load, the knee
// (a maximum of throughput over latency, below saturation), and the fault tolerance rules
// (majority quorums; an even count adds nothing; observers add nothing).
import { describe, expect, it } from 'vitest';
import { analyze, knee, saturation } from './analytic';
import { demandsPerOp, resourceIds } from './load';
import { meanLatencyMsAt } from './latency';
import { DEFAULT_COST_PARAMS as P } from './params';
import { faultTolerance } from './timing';

describe('saturation', () => {
  it("is the resources' limit when the clients keep enough requests in flight", () => {
    const s = saturation({ voters: 3, observers: 0 }, 0, P);
    expect(s.bottleneck).toBe('leader.cpu');
    expect(s.opsPerSec).toBe(s.resourceLimitOpsPerSec);
    expect(s.clientLimitOpsPerSec).toBeGreaterThan(100 * s.opsPerSec);
    expect(s.writeOpsPerSec).toBe(s.opsPerSec);
    expect(s.readOpsPerSec).toBe(0);
  });

  it('is N / R0 when the clients are few and synchronous', () => {
    const p = { ...P, clients: 4, clientsMaxOutstanding: 1 };
    const e = { voters: 5, observers: 0 };
    const s = saturation(e, 0.5, p);
    expect(s.bottleneck).toBe('clients');
    expect(s.opsPerSec).toBeCloseTo(4 / (meanLatencyMsAt(e, 0.5, 0, p)! / 1000), 6);
    expect(s.readOpsPerSec).toBeCloseTo(s.opsPerSec / 2, 6);
  });

  it('grows with observers at 100% reads, and costs writes', () => {
    const plain = saturation({ voters: 3, observers: 0 }, 1, P).opsPerSec;
    const observed = saturation({ voters: 3, observers: 2 }, 1, P).opsPerSec;
    expect(observed / plain).toBeCloseTo(5 / 3, 6);
    const writesPlain = saturation({ voters: 3, observers: 0 }, 0, P).opsPerSec;
    const writesObserved = saturation({ voters: 3, observers: 2 }, 0, P).opsPerSec;
    expect(writesObserved).toBeLessThan(writesPlain);
  });
});

describe('analyze', () => {
  const point = { voters: 5, observers: 1, readRatio: 0.8, offeredOpsPerSec: 30_000 };
  const r = analyze(point, P);

  it('gives each resource the utilization law U = X x D', () => {
    const d = demandsPerOp(point, 0.8, P);
    for (const id of resourceIds()) expect(r.utilization[id]).toBeCloseTo(d[id] * 30_000, 12);
    expect(r.offered).toEqual({
      opsPerSec: 30_000,
      readOpsPerSec: 24_000,
      writeOpsPerSec: 30_000 * (1 - 0.8),
      overCapacity: false,
    });
    expect(r.latency).not.toBeNull();
  });

  it('says when the offered load is past saturation, with no latency', () => {
    const over = analyze({ ...point, offeredOpsPerSec: 2 * r.saturated.opsPerSec }, P);
    expect(over.offered.overCapacity).toBe(true);
    expect(over.latency).toBeNull();
    expect(over.utilization[r.saturated.bottleneck as 'leader.cpu']).toBeCloseTo(2, 9);
  });

  it('puts the knee at the largest throughput / latency, below saturation', () => {
    const k = r.knee;
    const limit = r.saturated.resourceLimitOpsPerSec;
    expect(k.opsPerSec).toBeGreaterThan(0.3 * limit);
    expect(k.opsPerSec).toBeLessThan(limit);
    const power = (x: number) => x / meanLatencyMsAt(point, 0.8, x, P)!;
    for (const x of [0.5 * k.opsPerSec, 0.9 * k.opsPerSec, (k.opsPerSec + limit) / 2])
      expect(power(x)).toBeLessThanOrEqual(power(k.opsPerSec) * (1 + 1e-9));
    expect(knee(point, 0.8, limit, P).opsPerSec).toBeCloseTo(k.opsPerSec, 6);
  });

  it('reports both failure modes', () => {
    expect(r.failover.crash.mode).toBe('crash');
    expect(r.failover.silent.detectMs).toBe(P.syncLimit * P.tickTimeMs);
  });
});

describe('faultTolerance', () => {
  it('tolerates floor((voters - 1) / 2) failures; an even count adds none', () => {
    const tolerated = [1, 2, 3, 4, 5, 6, 7, 8, 9, 13].map(
      (v) => faultTolerance(v, 0).toleratedFailures,
    );
    expect(tolerated).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 6]);
    for (const voters of [2, 4, 6, 8, 10, 12]) {
      const even = faultTolerance(voters, 0);
      expect(even.evenAddsNothing).toBe(true);
      expect(even.toleratedFailures).toBe(faultTolerance(voters - 1, 0).toleratedFailures);
      expect(even.quorum).toBe(faultTolerance(voters - 1, 0).quorum + 1);
    }
    expect(faultTolerance(5, 0).evenAddsNothing).toBe(false);
  });

  it('counts no observer', () => {
    expect(faultTolerance(3, 10)).toMatchObject({ quorum: 2, toleratedFailures: 1 });
  });
});
