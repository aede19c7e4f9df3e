// Time travel over a run that purges its txn logs and compacts its ghost histories
// (engine/purge.ts): a checkpoint is still one cloneWorld, and seeking still gives the state of a
// straight run, because every drop replaces a list's chunk array and never changes a shared one.
import { describe, expect, it } from 'vitest';
import { firstIndex } from '../kernel/chunkedList';
import { fingerprint } from '../scenarios/harness';
import { createSimulation } from '../extensions';
import { validateScenario } from '../scenario/validate';
import { Timeline } from './timeline';

function scenario() {
  const actions: unknown[] = [
    { atMs: 2000, do: 'crash', sid: 1 },
    { atMs: 8000, do: 'restart', sid: 1 },
  ];
  for (let i = 0; i < 900; i++)
    actions.push({
      atMs: 500 + i * 10,
      do: 'write',
      via: 2 + (i % 2),
      path: '/t',
      data: String(i),
    });
  const v = validateScenario({
    version: 1,
    seed: 11,
    untilMs: 12_000,
    ensemble: { servers: 3, snapCount: 20, commitLogCount: 100 },
    actions,
  });
  if (!v.ok) throw new Error(v.error);
  return v.scenario;
}

describe('timeline over a purging run', () => {
  it('seek gives the straight run state, and the run did purge and compact', () => {
    const s = scenario();
    const straight = createSimulation(s);
    straight.runUntil(s.untilMs);
    expect(straight.world.violations).toEqual([]);
    // Server 1 restarted late (a SNAP, then a short log); the two others purged and compacted.
    for (const srv of straight.world.servers.slice(1)) {
      expect(firstIndex(srv.disk.log)).toBeGreaterThan(0);
      expect(firstIndex(srv.zk.history)).toBeGreaterThan(0);
    }
    expect(
      firstIndex(straight.world.servers[0]?.zk.history ?? { chunks: [], length: 0 }),
    ).toBeGreaterThan(0);
    const tl = new Timeline(s, { checkpointEvery: 500 });
    while (tl.step()) {
      /* to the end */
    }
    tl.sim.runUntil(s.untilMs);
    expect(fingerprint(tl.sim)).toBe(fingerprint(straight));
    for (const n of [1, 499, 501, 4000, tl.frontier - 1, 2500]) {
      tl.seek(n);
      const fresh = new Timeline(s, { checkpointEvery: 1_000_000 });
      while (fresh.now < n && fresh.step()) {
        /* straight */
      }
      expect(fingerprint(tl.sim)).toBe(fingerprint(fresh.sim));
    }
  }, 120_000);
});
