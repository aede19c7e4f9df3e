/**
 * Exact time travel: restoring a checkpoint and replaying equals running straight through; a JSON
 * round trip of the world (server machines included: the world is the whole state) changes nothing; a command given
 * in the past forks the timeline and is replayed exactly on later seeks.
 */
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../scenarios/harness';
import { buildReport } from '../engine/report';
import { Simulation } from '../engine/simulation';
import { createSimulation } from '../extensions';
import { validateScenario } from '../scenario/validate';
import type { ResolvedScenario } from '../scenario/types';
import { cloneWorld } from './cloneWorld';
import { Timeline } from './timeline';

function scenario(): ResolvedScenario {
  const actions: unknown[] = [
    { atMs: 3000, do: 'crash', sid: 'leader' },
    { atMs: 6000, do: 'restart', sid: 5 },
    {
      atMs: 7000,
      do: 'partition',
      groups: [
        [1, 2],
        [3, 4, 5],
      ],
    },
    { atMs: 9000, do: 'heal' },
  ];
  for (let i = 0; i < 40; i++)
    actions.push({
      atMs: 500 + i * 250,
      do: 'write',
      via: (i % 5) + 1,
      path: '/t',
      data: String(i),
    });
  const v = validateScenario({
    version: 1,
    seed: 3,
    untilMs: 12000,
    ensemble: { servers: 5 },
    actions,
  });
  if (!v.ok) throw new Error(v.error);
  return v.scenario;
}

describe('timeline', () => {
  const s = scenario();
  const straight = createSimulation(s);
  straight.runUntil(s.untilMs);

  it('seek to any event after running equals a straight run to that event', () => {
    const tl = new Timeline(s, { checkpointEvery: 50 });
    while (tl.step()) {
      /* to the end */
    }
    tl.sim.runUntil(s.untilMs); // no events left: only the clock moves to untilMs, as in runUntil
    expect(fingerprint(tl.sim)).toBe(fingerprint(straight));
    for (const n of [0, 1, 49, 50, 51, 333, 1000, tl.frontier - 1, 7]) {
      tl.seek(n);
      const fresh = new Timeline(s, { checkpointEvery: 100000 });
      while (fresh.now < n && fresh.step()) {
        /* straight */
      }
      expect(tl.now).toBe(n);
      expect(fingerprint(tl.sim)).toBe(fingerprint(fresh.sim));
    }
  });

  it('a JSON round trip of the world alone continues identically', () => {
    const a = createSimulation(s);
    a.runUntil(4000);
    const world = JSON.parse(JSON.stringify(a.world));
    expect(world).toEqual(JSON.parse(JSON.stringify(cloneWorld(a.world, a.extensions))));
    const b = new Simulation(world, { extensions: a.extensions });
    a.runUntil(s.untilMs);
    b.runUntil(s.untilMs);
    expect(fingerprint(b)).toBe(fingerprint(a));
    expect(buildReport(b).traceHash).toBe(buildReport(straight).traceHash);
  });

  it('a clone is independent of the original', () => {
    const a = createSimulation(s);
    a.runUntil(4000);
    const frozen = JSON.stringify(a.world);
    const copy = cloneWorld(a.world, a.extensions);
    a.runUntil(s.untilMs);
    expect(JSON.stringify(copy)).toBe(frozen);
  });

  it('shows its checkpoints only as event indexes, never their worlds', () => {
    const tl = new Timeline(s, { checkpointEvery: 40 });
    for (let i = 0; i < 100; i++) expect(tl.step()).toBe(true);
    expect(tl.checkpointEvents).toEqual([0, 40, 80]);
    // @ts-expect-error a checkpoint holds a World, which is not part of the Timeline's surface
    expect(tl.checkpoints).toHaveLength(3);
  });

  it('a command in the past forks: the future is rewritten and replays exactly', () => {
    const tl = new Timeline(s, { checkpointEvery: 40 });
    while (tl.step()) {
      /* to the end */
    }
    const endHash = buildReport(tl.sim).traceHash;
    tl.seek(300);
    const forked = tl.command({ atMs: tl.sim.world.nowMs, do: 'crash', sid: 2 });
    expect(forked).toBe(true);
    expect(tl.checkpointEvents.length).toBeGreaterThan(0);
    expect(tl.checkpointEvents.every((atEvent) => atEvent <= 300)).toBe(true);
    while (tl.step()) {
      /* new future */
    }
    const forkHash = buildReport(tl.sim).traceHash;
    expect(forkHash).not.toBe(endHash);
    const traceLength = tl.trace.length;
    tl.seek(200);
    tl.seek(tl.frontier);
    expect(buildReport(tl.sim).traceHash).toBe(forkHash);
    expect(tl.trace.length).toBe(traceLength);
    expect(tl.sim.world.servers[1]?.up).toBe(false);
  });

  it('the kept trace matches the straight run entry for entry, across seeks', () => {
    const entries: unknown[] = [];
    const ref = createSimulation(s, { onTrace: (e) => entries.push(e) });
    ref.runUntil(s.untilMs);
    const tl = new Timeline(s, { checkpointEvery: 64 });
    for (let i = 0; i < 500; i++) tl.step();
    tl.seek(100);
    while (tl.step()) {
      /* forward again */
    }
    expect(JSON.stringify(tl.trace)).toBe(JSON.stringify(entries));
  });
});

describe('commands between events', () => {
  it('happen at their own time, replay identically, and match the exported scenario run by the CLI', () => {
    const v = validateScenario({
      version: 1,
      seed: 9,
      untilMs: 9000,
      ensemble: { servers: 3 },
      actions: [],
    });
    if (!v.ok) throw new Error(v.error);
    const tl = new Timeline(v.scenario, { checkpointEvery: 50 });
    while (tl.sim.world.nowMs < 3000 && tl.step()) {
      /* run to about 3 s */
    }
    const last = tl.sim.world.nowMs;
    const next = tl.sim.nextDueMs();
    const atMs = Math.min(next, last + 400);
    tl.command({ atMs, do: 'crash', sid: 3 });
    expect(tl.sim.world.nowMs).toBe(atMs);
    while (tl.step()) {
      /* to the end */
    }
    const hash = buildReport(tl.sim).traceHash;
    tl.seek(10);
    tl.seek(tl.frontier);
    expect(buildReport(tl.sim).traceHash).toBe(hash);
    // The exported form: the same action in the scenario's own list.
    const exported = validateScenario({
      version: 1,
      seed: 9,
      untilMs: 9000,
      ensemble: { servers: 3 },
      actions: [{ atMs, do: 'crash', sid: 3 }],
    });
    if (!exported.ok) throw new Error(exported.error);
    const cli = createSimulation(exported.scenario);
    cli.runUntil(9000);
    tl.sim.runUntil(9000);
    expect(JSON.stringify(buildReport(cli).servers)).toBe(
      JSON.stringify(buildReport(tl.sim).servers),
    );
    expect(buildReport(cli).elections).toEqual(buildReport(tl.sim).elections);
  });
});
