/**
 * The sizing model confirmed by the lab's simulation on a small grid (issue 17, item 5): for
 * every strategy the modelled n* meets the target in the lab within CHECK_TOLERANCE (10%) and
 * n* - 1 does not, except p2c and pewma, whose mean-field model is optimistic at a handful of
 * backends: the lab needs at most one more. The measured p99 at n* is within 15% of the model's
 * for the exact formulas (random, round-robin, hash), 20% for JSQ, 30% for p2c and pewma; the
 * black-hole window lasts about a session timeout and fails about 1/n of the oblivious
 * strategies' requests. Two seeds per point; the same seed gives the same numbers.
 */
import { describe, expect, it } from 'vitest';
import { STRATEGY_IDS } from '../lb/kinds';
import type { BackendsSpec } from '../lb/sizingInput';
import { runBackendCheck } from './backendCheck';
import { checkRuns, planBackends, sizingModel } from './backendPlan';

/** p2c and pewma: Mitzenmacher's n -> infinity limit, at n = 5 or 6 here. */
const MEAN_FIELD = ['p2c', 'pewma'];
const EXACT = ['random', 'round-robin', 'weighted-round-robin', 'hash-mod', 'consistent-hash'];

const GRID: BackendsSpec[] = [
  { ratePerSec: 200, meanServiceMs: 20, targetP99Ms: 150 },
  { ratePerSec: 100, meanServiceMs: 40, targetP99Ms: 400 },
].map((p) => ({
  ...p,
  sessionTimeoutMs: 6000,
  strategies: [...STRATEGY_IDS],
  seeds: 2,
  simulate: true,
}));

describe.each(GRID)('rate $ratePerSec/s, S = $meanServiceMs ms, target $targetP99Ms ms', (spec) => {
  const rows = planBackends(spec);

  it('the lab confirms the count of the exact and JSQ models; p2c needs at most one more', () => {
    for (const row of rows) {
      expect(row.backendsNeeded, row.strategy).not.toBeNull();
      const sim = row.simulated!;
      if (MEAN_FIELD.includes(row.strategy)) {
        // The supermarket limit is optimistic at a handful of backends: at most one more.
        expect(sim.backendsNeeded, row.strategy).not.toBeNull();
        expect(sim.backendsNeeded! - row.backendsNeeded!, row.strategy).toBeLessThanOrEqual(1);
      } else {
        expect(sim.agrees, `${row.strategy}: ${JSON.stringify(sim)}`).toBe(true);
      }
    }
  });

  it('measures p99 at n* close to the model', () => {
    for (const row of rows) {
      const tol = EXACT.includes(row.strategy)
        ? 0.15
        : MEAN_FIELD.includes(row.strategy)
          ? 0.3
          : 0.2;
      const m = row.simulated!.p99Ms!.mean;
      expect(
        Math.abs(m - row.p99Ms!) / row.p99Ms!,
        `${row.strategy}: ${m} vs ${row.p99Ms}`,
      ).toBeLessThan(tol);
    }
  });

  it('measures the black-hole window: about a session timeout, 1/n failed for the oblivious', () => {
    for (const row of rows) {
      const s = row.simulated!;
      expect(s.windowMs!.min).toBeGreaterThan(6000 - 2000 - 50); // the last ping is up to T/3 before the kill
      expect(s.windowMs!.max).toBeLessThanOrEqual(6000 + 1.5 * 2000 + 100);
      if (row.headroomAfterLoss.errorShare !== null)
        expect(
          Math.abs(s.errorShare!.mean - row.headroomAfterLoss.errorShare),
          row.strategy,
        ).toBeLessThan(0.06);
      else expect(s.errorShare!.mean, row.strategy).toBeGreaterThan(0);
    }
  });
});

describe('determinism', () => {
  it('the same run twice gives the same measurement; another seed another', () => {
    const spec = GRID[0]!;
    const run = checkRuns(spec, sizingModel(spec)).find((r) => r.kill)!;
    const a = runBackendCheck(run);
    expect(runBackendCheck(run)).toEqual(a);
    expect(runBackendCheck({ ...run, seed: run.seed + 7 })).not.toEqual(a);
  });

  it('simulate: false gives the model only', () => {
    const rows = planBackends({ ...GRID[0]!, simulate: false });
    expect(rows.every((r) => r.simulated === null)).toBe(true);
  });
});
