// Snapshots every snapCount txns or so and PurgeTxnLog keeping snapRetainCount of them
// (engine/purge.ts); the bound they give is pinned in retention.test.ts. A small snapCount keeps
// these runs to seconds.
import { describe, expect, it } from 'vitest';
import { firstIndex } from '../kernel/chunkedList';
import { writeLoadScenario } from '../scenarios/writeLoad';
import { run } from '../scenarios/harness';
import { Simulation } from './simulation';
import { snapRoll } from './purge';

const SNAP = { snapCount: 1000 };

function load(writes: number, ensemble: Record<string, unknown> = SNAP) {
  const scenario = writeLoadScenario({
    servers: 3,
    writesPerSec: 200,
    seconds: writes / 200,
    seed: 3,
    ensemble,
  });
  const sim = Simulation.fromScenario(scenario, { extensions: [] });
  sim.runUntil(scenario.untilMs + 1000);
  return sim.world;
}

describe('bounded memory of a long run', () => {
  it("ZooKeeper's defaults leave a short run untouched", () => {
    const w = load(2000, {});
    for (const s of w.servers) {
      expect(s.disk.retainedSnapshots).toBeUndefined();
      expect(firstIndex(s.disk.log)).toBe(0);
      expect(firstIndex(s.zk.history)).toBe(0);
    }
  });

  it('randRoll is seeded, below snapCount / 2, and differs between servers', () => {
    const rolls = [1, 2, 3].map((sid) => snapRoll(3, sid, 0, 0, 100_000));
    expect(rolls).toEqual([1, 2, 3].map((sid) => snapRoll(3, sid, 0, 0, 100_000)));
    for (const r of rolls) expect(r >= 0 && r < 50_000).toBe(true);
    expect(new Set(rolls).size).toBeGreaterThan(1);
  });
});

describe('a learner behind the purged txn log', () => {
  // Server 1 (a follower) crashes early, 6,000 writes go by, and it restarts: the leader's
  // committed log (500) and its txn log (purged) no longer reach back to it.
  function scenario(ensemble: Record<string, unknown>) {
    const base = writeLoadScenario({ servers: 3, writesPerSec: 200, seconds: 30, seed: 5 });
    const actions = [
      { atMs: 1500, do: 'crash', sid: 1 },
      ...base.actions.filter((a) => !('via' in a) || a.via !== 1),
      { atMs: 32_000, do: 'restart', sid: 1 },
    ];
    return {
      version: 1,
      seed: 5,
      untilMs: 40_000,
      ensemble: { servers: 3, ...ensemble },
      actions,
    };
  }

  it('gets a SNAP (LearnerHandler.syncFollower: "Unable to find proposals from txnlog")', () => {
    const r = run(scenario(SNAP));
    const leader = r.sim.world.servers.find((s) => s.state === 'LEADING');
    expect(leader).toBeDefined();
    const modes = r.syncModes(leader?.sid ?? 0, 1);
    expect(modes.at(-1)).toMatchObject({ mode: 'SNAP', ruleCode: 'txnlog-not-found' });
    expect(r.report.violations).toEqual([]);
    // It delivered the compacted prefix at once, then the rest: as far as the leader.
    expect(r.sim.world.servers[0]?.delivered).toBe(leader?.delivered);
  }, 60_000);

  it("with ZooKeeper's defaults the log still holds it: a DIFF from the txn log", () => {
    const r = run(scenario({}));
    const leader = r.sim.world.servers.find((s) => s.state === 'LEADING');
    const modes = r.syncModes(leader?.sid ?? 0, 1);
    expect(modes.at(-1)).toMatchObject({ mode: 'DIFF', ruleCode: 'found-in-txnlog' });
    expect(r.report.violations).toEqual([]);
  }, 60_000);
});
