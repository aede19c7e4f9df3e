// Proves the retention census counts what a run keeps per committed write, in entries: on a
// fault-free run every committed write costs each server one ghost-history entry and one txn-log
// entry, and the checker and the run's records one each (2 x servers + 3 in all), at any run
// length. That is the linear growth issue 17 asks to bound; this test is its yardstick, and it
// fails (to be updated on purpose) as soon as any list stops or starts growing per write.
import { describe, expect, it } from 'vitest';
import { writeLoadScenario } from '../scenarios/writeLoad';
import { Simulation } from './simulation';
import { committedWrites, retentionCensus, RETAINED_LISTS } from './retention';

function run(servers: number, writes: number) {
  // 50 writes a second, then a simulated second to settle: every write commits.
  const scenario = writeLoadScenario({ servers, writesPerSec: 50, seconds: writes / 50, seed: 3 });
  // No extension: the engine alone (a write load uses none).
  const sim = Simulation.fromScenario(scenario, { extensions: [] });
  sim.runUntil(scenario.untilMs + 1000);
  return sim.world;
}

describe('retention census', () => {
  it.each([
    [3, 100],
    [3, 200],
    [5, 150],
  ])('%i servers, %i writes: 2 x servers + 3 entries per committed write', (servers, writes) => {
    const w = run(servers, writes);
    expect(w.violations).toEqual([]);
    const committed = committedWrites(w);
    expect(committed).toBe(writes);
    const c = retentionCensus(w);
    expect(c).toEqual({
      serverHistory: servers * writes,
      diskLog: servers * writes,
      snapshotHistory: 0,
      checkerCanonical: writes,
      checkerProposals: writes,
      checkerOwnDelivered: 0,
      writes,
      total: (2 * servers + 3) * writes,
    });
    expect(RETAINED_LISTS.reduce((s, k) => s + c[k], 0)).toBe(c.total);
  });
});
