/**
 * The comparison's traffic and pool parameters: every combination in range builds a scenario the
 * simulation accepts, reading the parameters back gives what was set, and an out-of-range value
 * is refused with its name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../sim/scenario/validate';
import {
  compareScenario,
  DEFAULT_LAB_PARAMS,
  LAB_LIMITS,
  labParamsOf,
  labParamsProblem,
  SPARE_COUNT,
  withLabParams,
  type LabParams,
} from './compareScenario';

const inRange = (key: keyof LabParams) => {
  const { min, max, step } = LAB_LIMITS[key];
  return fc.integer({ min: 0, max: Math.round((max - min) / step) }).map((i) => min + i * step);
};

const params: fc.Arbitrary<LabParams> = fc.record({
  ratePerSec: inRange('ratePerSec'),
  burstFactor: inRange('burstFactor'),
  keySkew: inRange('keySkew').map((v) => Math.round(v * 10) / 10),
  backends: inRange('backends'),
  meanServiceMs: inRange('meanServiceMs'),
  slowFactor: inRange('slowFactor'),
  sessionTimeoutMs: inRange('sessionTimeoutMs'),
});

describe('lab parameters', () => {
  it('build a valid scenario and read back as set', () => {
    fc.assert(
      fc.property(params, (p) => {
        expect(labParamsProblem(p)).toBeNull();
        const s = compareScenario(['round-robin', 'p2c'], p);
        const v = validateScenario(s);
        expect(v.ok ? 'valid' : v.error).toBe('valid');
        const back = labParamsOf(s);
        expect(back).toEqual({ ...p, slowFactor: back.slowFactor });
        expect(back.slowFactor).toBeCloseTo(p.slowFactor, 9);
      }),
      { numRuns: 60 },
    );
  });

  it('give the pool its spares, named after the last backend', () => {
    const s = compareScenario(['round-robin', 'p2c'], { ...DEFAULT_LAB_PARAMS, backends: 6 });
    expect(s.balancer?.backends.map((b) => b.id)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'b6']);
    expect(s.balancer?.spares?.map((b) => b.id)).toHaveLength(SPARE_COUNT);
    expect(s.balancer?.spares?.[0]?.id).toBe('b7');
    expect(s.balancer?.backends[5]?.meanServiceMs).toBe(80);
    expect(s.balancer?.traffic.burst).toBeNull();
  });

  it('keep the strategies and the seed when applied', () => {
    const before = compareScenario(['pewma', 'random', 'hash-mod'], DEFAULT_LAB_PARAMS, 42);
    const after = withLabParams(before, { ...DEFAULT_LAB_PARAMS, ratePerSec: 800, burstFactor: 3 });
    expect(after.seed).toBe(42);
    expect(after.balancer?.strategies).toEqual(['pewma', 'random', 'hash-mod']);
    expect(after.balancer?.traffic.burst).toEqual({ onMs: 1000, offMs: 4000, factor: 3 });
  });

  it.each([
    ['ratePerSec', 5, 'ratePerSec: expected a number from 10 to 2000, got 5'],
    ['backends', 17, 'backends: expected a number from 2 to 16, got 17'],
    ['backends', 2.5, 'backends: expected a whole number, got 2.5'],
    [
      'sessionTimeoutMs',
      Number.NaN,
      'sessionTimeoutMs: expected a number from 4000 to 40000, got NaN',
    ],
  ] as const)('refuses %s = %s by name', (key, value, message) => {
    expect(labParamsProblem({ ...DEFAULT_LAB_PARAMS, [key]: value })).toBe(message);
  });
});
