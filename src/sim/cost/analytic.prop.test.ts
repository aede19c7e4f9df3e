// Proves, with fast-check over parameters anywhere inside their documented bounds (and any voters,
// observers, read ratio and load a plan accepts), that the model never answers NaN or Infinity,
// never throws, keeps its invariants (utilization = load x demand, saturation at the bottleneck,
// p50 <= p99, the knee below the resources' limit) and that the checker and its English run on
// the result. On failure fast-check prints the seed and the shrunk counterexample.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from './analytic';
import { checkConfiguration } from './checker';
import { describeFinding } from './describe';
import {
  COST_PARAM_NAMES,
  DEFAULT_COST_PARAMS,
  OBSERVERS_MAX,
  PARAM_SPECS,
  VOTERS_MAX,
  VOTERS_MIN,
  type CostParams,
} from './params';

/** A value of one parameter: its bounds, its default, or anywhere between (log-spread). */
function paramValue(name: (typeof COST_PARAM_NAMES)[number]): fc.Arbitrary<number> {
  const { min, max, integer } = PARAM_SPECS[name];
  const lo = Math.log(Math.max(min, 1e-3));
  const spread = fc
    .double({ min: lo, max: Math.log(max), noNaN: true })
    .map((x) => Math.min(max, Math.max(min, Math.exp(x))))
    .map((x) => (integer ? Math.round(x) : x));
  return fc.oneof(
    fc.constant(min),
    fc.constant(max),
    fc.constant(DEFAULT_COST_PARAMS[name]),
    spread,
  );
}

const params: fc.Arbitrary<CostParams> = fc.record(
  Object.fromEntries(COST_PARAM_NAMES.map((n) => [n, paramValue(n)])) as {
    [K in keyof CostParams]: fc.Arbitrary<number>;
  },
);

const point = fc.record({
  voters: fc.integer({ min: VOTERS_MIN, max: VOTERS_MAX }),
  observers: fc.integer({ min: 0, max: OBSERVERS_MAX }),
  readRatio: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  loadShare: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1.5, noNaN: true })),
});

/** Every number in a JSON-able value, with its path. */
function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
}

describe('analyze over the whole parameter space', () => {
  it('stays finite and keeps its invariants', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(params, point, (p, pt) => {
        const probe = analyze({ ...pt, offeredOpsPerSec: 0 }, p);
        const offered = pt.loadShare * probe.saturated.opsPerSec;
        const r = analyze({ ...pt, offeredOpsPerSec: offered }, p);
        for (const [path, x] of numbers(r)) expect(Number.isFinite(x), path).toBe(true);
        const s = r.saturated;
        expect(s.opsPerSec).toBeGreaterThan(0);
        expect(s.opsPerSec).toBeLessThanOrEqual(s.resourceLimitOpsPerSec);
        expect(r.knee.opsPerSec).toBeLessThan(s.resourceLimitOpsPerSec);
        // The bottleneck's utilization is the offered load over the resources' limit.
        if (s.bottleneck !== 'clients' && offered > 1e-6) {
          const u = r.utilization[s.bottleneck];
          expect(Math.abs((u * s.resourceLimitOpsPerSec) / offered - 1)).toBeLessThan(1e-9);
        }
        for (const l of [r.latency?.write, r.latency?.read])
          if (l) expect(l.p99Ms).toBeGreaterThanOrEqual(l.p50Ms);
        const findings = checkConfiguration({ ...pt, offeredOpsPerSec: offered }, p, r);
        for (const f of findings) expect(describeFinding(f)).not.toMatch(/undefined|NaN|\n/);
      }),
      { numRuns: 150 },
    );
  });
});
