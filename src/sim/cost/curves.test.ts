// Proves the chart series: saturated throughput rises with the read ratio, latency rises with the
// offered load and stays finite below saturation, and a crossing is found where the curves of two
// sizes meet and only there.
import { describe, expect, it } from 'vitest';
import { saturation } from './analytic';
import { crossoverReadRatio, latencyByLoad, throughputByReadRatio } from './curves';
import { DEFAULT_COST_PARAMS as P } from './params';

describe('throughputByReadRatio', () => {
  it('rises with the read ratio, from the write-only to the read-only figure', () => {
    const e = { voters: 5, observers: 0 };
    const points = throughputByReadRatio(e, P, 20);
    expect(points).toHaveLength(21);
    expect(points[0]).toEqual({ readRatio: 0, opsPerSec: saturation(e, 0, P).opsPerSec });
    expect(points[20]!.readRatio).toBe(1);
    for (let i = 1; i < points.length; i++)
      expect(points[i]!.opsPerSec).toBeGreaterThan(points[i - 1]!.opsPerSec);
  });
});

describe('latencyByLoad', () => {
  it('rises with the load and stays below the limit', () => {
    const points = latencyByLoad({ voters: 3, observers: 1 }, 0.7, P, 10);
    expect(points).toHaveLength(10);
    const limit = saturation({ voters: 3, observers: 1 }, 0.7, P).resourceLimitOpsPerSec;
    expect(points[9]!.offeredOpsPerSec).toBeCloseTo(0.95 * limit, 6);
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.meanMs).toBeGreaterThan(points[i - 1]!.meanMs);
      expect(points[i]!.write!.p99Ms).toBeGreaterThan(points[i - 1]!.write!.p99Ms);
    }
  });
});

describe('crossoverReadRatio', () => {
  it('finds where two sizes have the same throughput', () => {
    const a = { voters: 3, observers: 0 };
    const b = { voters: 7, observers: 0 };
    const r = crossoverReadRatio(a, b, P)!;
    expect(saturation(a, r, P).opsPerSec / saturation(b, r, P).opsPerSec).toBeCloseTo(1, 6);
    expect(saturation(a, r - 0.01, P).opsPerSec).toBeGreaterThan(
      saturation(b, r - 0.01, P).opsPerSec,
    );
    expect(saturation(a, r + 0.01, P).opsPerSec).toBeLessThan(saturation(b, r + 0.01, P).opsPerSec);
  });

  it('is null for curves that never cross', () => {
    const e = { voters: 5, observers: 0 };
    expect(crossoverReadRatio(e, e, P)).toBeNull();
    // More observers never lose reads and never gain writes, but 3+0 against 3+2 do cross.
    expect(
      crossoverReadRatio({ voters: 3, observers: 0 }, { voters: 3, observers: 2 }, P),
    ).not.toBeNull();
    const fast = { ...P, linkMbps: 400_000 };
    expect(
      crossoverReadRatio({ voters: 3, observers: 0 }, { voters: 3, observers: 0 }, fast),
    ).toBeNull();
  });
});
