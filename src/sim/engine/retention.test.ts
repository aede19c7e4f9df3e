// Proves the retention census counts what a run keeps per committed write, in entries: on a
// fault-free run every committed write costs each server one ghost-history entry and one txn-log
// entry, and the checker and the run's records one each (2 x servers + 3 in all), at any run
// length, below the purge thresholds. Past them (a small snapCount here, so that it takes
// seconds), the servers' lists and the write records stay bounded (engine/purge.ts): twice the
// writes keep no more entries, plus a chunk per list. The checker's lists still grow (pinned).
import { describe, expect, it } from 'vitest';
import { writeLoadScenario } from '../scenarios/writeLoad';
import { Simulation } from './simulation';
import { committedWrites, retentionCensus, RETAINED_LISTS } from './retention';
import { CHUNK, firstIndex } from '../kernel/chunkedList';
import { WRITE_RECORDS_KEPT } from './purge';

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

function load(writes: number) {
  const scenario = writeLoadScenario({
    servers: 3,
    writesPerSec: 200,
    seconds: writes / 200,
    seed: 3,
    ensemble: { snapCount: 1000 },
  });
  const sim = Simulation.fromScenario(scenario, { extensions: [] });
  sim.runUntil(scenario.untilMs + 1000);
  return sim.world;
}

/** What the servers keep: ghost histories, txn logs and their snapshots' histories. */
function serverEntries(w: ReturnType<typeof load>): number {
  const c = retentionCensus(w);
  return c.serverHistory + c.diskLog + c.snapshotHistory;
}

describe('retention of a long write load (snapCount 1000)', () => {
  it('twice the writes keep no more server entries (plus a chunk per list), and no violation', () => {
    const short = load(6000);
    const long = load(12000);
    expect(short.violations).toEqual([]);
    expect(long.violations).toEqual([]);
    expect(committedWrites(long)).toBe(12000);
    expect(serverEntries(long)).toBeLessThanOrEqual(serverEntries(short) + 3 * 3 * CHUNK);
    // Each server keeps its last snapRetainCount snapshots' worth of log, not the whole run.
    for (const s of long.servers) {
      expect(s.disk.retainedSnapshots?.length).toBe(3);
      expect(firstIndex(s.disk.log)).toBeGreaterThan(0);
      expect(firstIndex(s.zk.history)).toBeGreaterThan(0);
    }
    const c = retentionCensus(long);
    expect(c.writes).toBeLessThanOrEqual(WRITE_RECORDS_KEPT + 2 * CHUNK);
    // The checker drops what every server delivered (check/canonicalCompaction.ts): a window of a
    // few chunks is kept, not the run, and the proposals behind it go too.
    expect(c.checkerCanonical).toBeLessThanOrEqual(3 * CHUNK);
    expect(c.checkerProposals).toBeLessThanOrEqual(4 * CHUNK);
    expect(firstIndex(long.checker.canonical)).toBeGreaterThan(12000 - 3 * CHUNK);
  }, 60_000);
});
