// Proves the retention census counts what a run keeps per committed write, in entries: on a
// fault-free run every committed write costs each server one ghost-history entry and one txn-log
// entry, and the checker and the run's records one each (2 x servers + 3 in all), at any run
// length. That is the linear growth issue 17 asks to bound; this test is its yardstick, and it
// fails (to be updated on purpose) as soon as any list stops or starts growing per write.
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate';
import { Simulation } from './simulation';
import { committedWrites, retentionCensus, RETAINED_LISTS } from './retention';

function run(servers: number, writes: number) {
  const actions = Array.from({ length: writes }, (_, i) => ({
    atMs: 1000 + i * 20,
    do: 'write',
    via: (i % servers) + 1,
    path: '/r',
    data: String(i),
  }));
  const v = validateScenario({
    version: 1,
    seed: 3,
    untilMs: 2000 + writes * 20,
    ensemble: { servers },
    actions,
  });
  if (!v.ok) throw new Error(v.error);
  // No extension: the engine alone (a write load uses none).
  const sim = Simulation.fromScenario(v.scenario, { extensions: [] });
  sim.runUntil(v.scenario.untilMs);
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
