// Proves the planner file's contract: a grid of voters x observers x read ratios becomes one row
// per combination in the file's order, with the fields the issue asks for; the load is absolute
// or a share of each row's saturation; and every bad field is refused with one line naming it.
import { describe, expect, it } from 'vitest';
import { saturation } from './analytic';
import { DEFAULT_COST_PARAMS } from './params';
import { PLAN_ROWS_MAX, planRows, validatePlanFile, type PlanSpec } from './planFile';

function spec(value: unknown): PlanSpec {
  const result = validatePlanFile(value);
  if (!result.ok) throw new Error(result.error);
  return result.spec;
}

function errorOf(value: unknown): string {
  const result = validatePlanFile(value);
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.error).not.toContain('\n');
  return result.error;
}

describe('validatePlanFile', () => {
  it('fills observers, the load and the cost parameters', () => {
    expect(spec({ voters: [3], readRatios: [0.5] })).toEqual({
      voters: [3],
      observers: [0],
      readRatios: [0.5],
      load: { loadFactor: 0.5 },
      cost: DEFAULT_COST_PARAMS,
      simulate: null,
    });
    const s = spec({ voters: [3], readRatios: [1], offeredOpsPerSec: 5000, cost: { fsyncMs: 4 } });
    expect(s.load).toEqual({ offeredOpsPerSec: 5000 });
    expect(s.cost).toEqual({ ...DEFAULT_COST_PARAMS, fsyncMs: 4 });
  });

  it('refuses every bad field with its name', () => {
    expect(errorOf([])).toBe('plan: expected an object, got an array');
    expect(errorOf({ readRatios: [0] })).toBe('voters: missing (a list)');
    expect(errorOf({ voters: [3] })).toBe('readRatios: missing (a list)');
    expect(errorOf({ voters: [], readRatios: [0] })).toBe('voters: expected at least one value');
    expect(errorOf({ voters: [14], readRatios: [0] })).toBe(
      'voters[0]: expected an integer from 1 to 13, got 14',
    );
    expect(errorOf({ voters: [3, 3], readRatios: [0] })).toBe(
      'voters[1]: 3 is already in the list',
    );
    expect(errorOf({ voters: [3], observers: [21], readRatios: [0] })).toBe(
      'observers[0]: expected an integer from 0 to 20, got 21',
    );
    expect(errorOf({ voters: [3], readRatios: [1.5] })).toBe(
      'readRatios[0]: expected a number from 0 to 1, got 1.5',
    );
    expect(errorOf({ voters: [3], readRatios: '0.5' })).toBe(
      'readRatios: expected a list, got "0.5"',
    );
    expect(errorOf({ voters: [3], readRatios: [0], offeredOpsPerSec: -1 })).toBe(
      'offeredOpsPerSec: expected a number from 0 to 100000000, got -1',
    );
    expect(errorOf({ voters: [3], readRatios: [0], offeredOpsPerSec: 1, loadFactor: 0.5 })).toBe(
      'loadFactor: give either offeredOpsPerSec or loadFactor, not both',
    );
    expect(errorOf({ voters: [3], readRatios: [0], cost: { fsync: 1 } })).toMatch(
      /^cost\.fsync: unknown field for the cost model/,
    );
    expect(errorOf({ voters: [3], readRatios: [0], cost: { fsyncMs: 1e9 } })).toBe(
      'cost.fsyncMs: expected a number from 0 to 1000 (ms), got 1000000000',
    );
    expect(errorOf({ voters: [3], readRatios: [0], ratio: 1 })).toMatch(/^ratio: unknown field/);
  });

  it('bounds the lists and the grid', () => {
    const ratios = Array.from({ length: 102 }, (_, i) => i / 101);
    expect(errorOf({ voters: [3], readRatios: ratios })).toBe(
      'readRatios: 102 values, more than the 101 allowed',
    );
    const voters = Array.from({ length: 13 }, (_, i) => i + 1);
    expect(errorOf({ voters, observers: [0, 1], readRatios: ratios.slice(0, 101) })).toBe(
      `readRatios: the grid has 13 x 2 x 101 = 2626 rows, more than the ${PLAN_ROWS_MAX} allowed`,
    );
  });
});

describe('planRows', () => {
  const out = planRows(spec({ voters: [3, 5], observers: [0, 1], readRatios: [0, 1] }));

  it('gives one row per combination, voters then observers then read ratios', () => {
    expect(out.rows.map((r) => [r.voters, r.observers, r.readRatio])).toEqual([
      [3, 0, 0],
      [3, 0, 1],
      [3, 1, 0],
      [3, 1, 1],
      [5, 0, 0],
      [5, 0, 1],
      [5, 1, 0],
      [5, 1, 1],
    ]);
    expect(out.cost).toEqual(DEFAULT_COST_PARAMS);
    expect(out.failover.silent.detectMs).toBe(10_000);
  });

  it('fills the fields the issue asks for', () => {
    const row = out.rows[0]!;
    const sat = saturation({ voters: 3, observers: 0 }, 0, DEFAULT_COST_PARAMS);
    expect(row).toMatchObject({
      throughputOpsPerSec: sat.opsPerSec,
      readOpsPerSec: 0,
      writeOpsPerSec: sat.opsPerSec,
      bottleneck: 'leader.cpu',
      offeredOpsPerSec: sat.opsPerSec / 2,
      readLatencyMs: null,
      toleratedFailures: 1,
    });
    expect(row.writeLatencyMs!.p99).toBeGreaterThan(row.writeLatencyMs!.p50);
    expect(row.utilization['leader.cpu']).toBeCloseTo(0.5, 9);
    expect(out.rows[1]!.writeLatencyMs).toBeNull();
    expect(out.rows[1]!.readLatencyMs!.p50).toBeGreaterThan(0);
  });

  it("reports the checker's findings with their English", () => {
    const even = planRows(spec({ voters: [4], readRatios: [0.5] })).rows[0]!;
    expect(even.findings.map((f) => f.code)).toEqual(['voters.even']);
    expect(even.findings[0]!.message).toMatch(/^unwise \[voters\.even\]: 4 voters tolerate 1/);
  });

  it('applies an absolute load to every row', () => {
    const rows = planRows(spec({ voters: [3, 13], readRatios: [0], offeredOpsPerSec: 9000 })).rows;
    expect(rows.map((r) => r.offeredOpsPerSec)).toEqual([9000, 9000]);
    expect(rows[0]!.writeLatencyMs).not.toBeNull();
    // 13 voters saturate below 9000 writes per second: no latency, and the checker says why.
    expect(rows[1]!.writeLatencyMs).toBeNull();
    expect(rows[1]!.findings.map((f) => f.code)).toContain('load.over-capacity');
  });
});
