// Proves, with fast-check over ensembles, mixes, loads and cost parameters drawn inside their
// documented bounds, that a measurement never holds NaN or Infinity, that every busy share lies in
// [0, 1], that p50 <= p99, that a request never takes less than its two network hops, that a mix
// of only reads (only writes) completes no write (no read), and that the counts and rates agree.
// The CPU costs and the network delay stay at the slow end of their bounds and the windows are a
// few ms, so that every case is cheap: the invariants do not depend on the speeds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_COST_PARAMS, OBSERVERS_MAX, PARAM_SPECS, VOTERS_MAX } from '../cost/params';
import { measureCapacity } from './measure';

const bounded = (
  name: keyof typeof PARAM_SPECS,
  lo?: number,
  hi?: number,
): fc.Arbitrary<number> => {
  const s = PARAM_SPECS[name];
  const min = lo ?? s.min;
  const max = hi ?? s.max;
  return s.integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
};

const runArb = fc.record({
  voters: fc.integer({ min: 1, max: VOTERS_MAX }),
  observers: fc.integer({ min: 0, max: Math.min(OBSERVERS_MAX, 4) }),
  readRatio: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  offeredOpsPerSec: fc.double({ min: 0, max: 20_000, noNaN: true }),
  load: fc.constantFrom('saturated' as const, 'offered' as const),
  seed: fc.integer({ min: 0, max: 2 ** 31 }),
  warmupMs: fc.integer({ min: 0, max: 3 }),
  measureMs: fc.integer({ min: 1, max: 5 }),
  fsyncMs: bounded('fsyncMs'),
  maxBatchSize: bounded('maxBatchSize'),
  diskMBps: bounded('diskMBps'),
  oneWayMs: bounded('oneWayMs', 0.05),
  linkMbps: bounded('linkMbps'),
  requestBytes: bounded('requestBytes'),
  clients: bounded('clients', 1, 2000),
  clientsMaxOutstanding: bounded('clientsMaxOutstanding', 1, 20),
  cpuUs: fc.double({ min: 5, max: 10_000, noNaN: true }),
});

describe('measureCapacity, properties', () => {
  it('keeps its invariants anywhere inside the bounds', () => {
    fc.assert(
      fc.property(runArb, (r) => {
        const params = {
          ...DEFAULT_COST_PARAMS,
          fsyncMs: r.fsyncMs,
          maxBatchSize: r.maxBatchSize,
          diskMBps: r.diskMBps,
          oneWayMs: r.oneWayMs,
          linkMbps: r.linkMbps,
          requestBytes: r.requestBytes,
          clients: r.clients,
          clientsMaxOutstanding: r.clientsMaxOutstanding,
          readCostUs: r.cpuUs,
          prepCostUs: r.cpuUs / 2,
        };
        const point = {
          voters: r.voters,
          observers: r.voters === 1 ? 0 : r.observers,
          readRatio: r.readRatio,
          offeredOpsPerSec: r.offeredOpsPerSec,
        };
        const m = measureCapacity({
          point,
          params,
          load: r.load,
          seed: r.seed,
          warmupMs: r.warmupMs,
          measureMs: r.measureMs,
        });
        for (const v of [m.throughputOpsPerSec, m.readOpsPerSec, m.writeOpsPerSec, m.events]) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        }
        expect(m.readOpsPerSec + m.writeOpsPerSec).toBeCloseTo(m.throughputOpsPerSec, 6);
        expect(m.throughputOpsPerSec).toBeCloseTo(m.completedOps / (r.measureMs / 1000), 6);
        for (const u of Object.values(m.utilization)) {
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThanOrEqual(1 + 1e-9);
        }
        if (r.readRatio === 0) expect(m.readLatencyMs).toBeNull();
        if (r.readRatio === 1) expect(m.writeLatencyMs).toBeNull();
        for (const l of [m.readLatencyMs, m.writeLatencyMs]) {
          if (l === null) continue;
          expect(l.p50).toBeLessThanOrEqual(l.p99);
          expect(l.p50).toBeGreaterThanOrEqual(2 * params.oneWayMs - 1e-9);
          expect(l.mean).toBeGreaterThanOrEqual(2 * params.oneWayMs - 1e-9);
        }
        expect(m.seed).toBe(r.seed);
      }),
      { numRuns: 60 },
    );
  });
});
