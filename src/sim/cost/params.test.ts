// Proves that every cost parameter has a default inside its own documented bounds, and that the
// validator fills missing fields with the defaults and refuses a bad field with one line naming
// it (unknown key, wrong type, out of range, not an integer, not an object).
import { describe, expect, it } from 'vitest';
import { COST_PARAM_NAMES, DEFAULT_COST_PARAMS, PARAM_SPECS } from './params';
import { validateCostParams } from './validate';

function errorOf(value: unknown): string {
  const result = validateCostParams(value);
  if (result.ok) throw new Error('expected the parameters to be refused');
  return result.error;
}

describe('cost parameters', () => {
  it.each(COST_PARAM_NAMES)('%s has a default inside its bounds', (name) => {
    const spec = PARAM_SPECS[name];
    const value = DEFAULT_COST_PARAMS[name];
    expect(value).toBeGreaterThanOrEqual(spec.min);
    expect(value).toBeLessThanOrEqual(spec.max);
    if (spec.integer) expect(Number.isSafeInteger(value)).toBe(true);
    expect(spec.boundsWhy.length).toBeGreaterThan(10);
  });

  it('fills every missing field with its default', () => {
    expect(validateCostParams({})).toEqual({ ok: true, params: DEFAULT_COST_PARAMS });
    expect(validateCostParams({ fsyncMs: 5, '//': 'note' })).toEqual({
      ok: true,
      params: { ...DEFAULT_COST_PARAMS, fsyncMs: 5 },
    });
  });

  it('accepts the bounds themselves', () => {
    for (const name of COST_PARAM_NAMES) {
      const { min, max } = PARAM_SPECS[name];
      expect(validateCostParams({ [name]: min }).ok).toBe(true);
      expect(validateCostParams({ [name]: max }).ok).toBe(true);
    }
  });

  it('refuses a bad field with one line naming it', () => {
    expect(errorOf({ fsyncMs: -1 })).toBe(
      'cost.fsyncMs: expected a number from 0 to 1000 (ms), got -1',
    );
    expect(errorOf({ clients: 2.5 })).toBe(
      'cost.clients: expected an integer from 1 to 1000000 (sessions), got 2.5',
    );
    expect(errorOf({ oneWayMs: '1' })).toBe(
      'cost.oneWayMs: expected a number from 0.01 to 1000 (ms), got "1"',
    );
    expect(errorOf({ requestBytes: 2_000_000 })).toContain(
      'cost.requestBytes: expected an integer',
    );
    expect(errorOf({ tickTime: 2000 })).toMatch(
      /^cost\.tickTime: unknown field for the cost model \(allowed: readCostUs, /,
    );
    expect(errorOf([])).toBe('cost: expected an object, got an array');
    expect(errorOf(null)).toBe('cost: expected an object, got null');
    for (const message of [errorOf({ linkMbps: 1 }), errorOf({ initLimit: 0 })])
      expect(message).not.toContain('\n');
  });

  it('names the path it is given', () => {
    const result = validateCostParams({ syncLimit: 0 }, 'plan.cost');
    expect(result).toEqual({
      ok: false,
      error: 'plan.cost.syncLimit: expected an integer from 1 to 1000 (ticks), got 0',
    });
  });
});
