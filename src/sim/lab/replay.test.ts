/**
 * The lab is part of the deterministic world: the same seed gives the same trace hash and the
 * identical balancer report; the world (lab included) survives a JSON round trip mid-run and
 * continues identically; a checkpoint clone is independent of the original; and timeline seeks
 * through a run with every balancer action land exactly where a straight run does.
 */
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../scenarios/harness';
import { buildReport } from '../engine/report';
import { Simulation } from '../engine/simulation';
import { createSimulation } from '../extensions';
import { labOf } from './labExtension';
import type { World } from '../engine/world';
import { validateScenario } from '../scenario/validate';
import { cloneWorld } from '../timeline/cloneWorld';
import { Timeline } from '../timeline/timeline';

function scenario(seed: number) {
  const v = validateScenario({
    version: 1,
    seed,
    untilMs: 16000,
    ensemble: { servers: 3 },
    balancer: {
      service: '/services/api',
      sessionTimeoutMs: 4000,
      strategies: ['pewma', 'consistent-hash', 'p2c', 'weighted-round-robin'],
      backends: [
        { id: 'b1', meanServiceMs: 15, slots: 2 },
        { id: 'b2', meanServiceMs: 15, weight: 2 },
        { id: 'b3', meanServiceMs: 15, queueMax: 3 },
      ],
      traffic: {
        ratePerSec: 150,
        burst: { onMs: 500, offMs: 1500, factor: 3 },
        keys: { count: 500, zipfS: 1.1 },
      },
      actions: [
        { atMs: 3000, do: 'slow-backend', backend: 'b1', factor: 4 },
        { atMs: 4000, do: 'kill-backend', backend: 'b3' },
        { atMs: 9000, do: 'restart-backend', backend: 'b3' },
        { atMs: 10000, do: 'add-backend', backend: { id: 'b4', meanServiceMs: 10 } },
        { atMs: 12000, do: 'remove-backend', backend: 'b2' },
      ],
    },
  });
  if (!v.ok) throw new Error(v.error);
  return v.scenario;
}

describe('determinism and time travel with the load-balancing lab', () => {
  const s = scenario(3);
  const straight = createSimulation(s);
  straight.runUntil(s.untilMs);
  const report = buildReport(straight);

  it('exercises every balancer action and outcome', () => {
    expect(report.violations).toEqual([]);
    const kinds = report.balancer!.membershipChanges.map((c) => `${c.kind} ${c.backend}`);
    expect(kinds.slice(3)).toEqual(['removed b3', 'added b3', 'added b4', 'removed b2']);
    const total = (k: 'completed' | 'failed' | 'dropped') =>
      report.balancer!.strategies.reduce((n, x) => n + x[k], 0);
    expect([total('completed') > 0, total('failed') > 0, total('dropped') > 0]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('same seed, same trace hash and identical balancer report; another seed differs', () => {
    const again = createSimulation(scenario(3));
    again.runUntil(s.untilMs);
    const r2 = buildReport(again);
    expect(r2.traceHash).toBe(report.traceHash);
    expect(r2.balancer).toEqual(report.balancer);
    expect(JSON.stringify(r2)).toBe(JSON.stringify(report));
    const other = createSimulation(scenario(4));
    other.runUntil(s.untilMs);
    expect(buildReport(other).balancer).not.toEqual(report.balancer);
  });

  it('a JSON round trip of the world mid-run (requests in flight, b3 dead) continues identically', () => {
    const a = createSimulation(s);
    a.runUntil(5000);
    expect(
      labOf(a.world)!.runs.some((r) => r.load.some((l) => l.serving.length + l.queue.length > 0)),
    ).toBe(true);
    const world = JSON.parse(JSON.stringify(a.world)) as World;
    expect(world).toEqual(JSON.parse(JSON.stringify(cloneWorld(a.world, a.extensions))));
    const b = new Simulation(world, { extensions: a.extensions });
    a.runUntil(s.untilMs);
    b.runUntil(s.untilMs);
    expect(fingerprint(b)).toBe(fingerprint(a));
    expect(fingerprint(b)).toBe(fingerprint(straight));
  });

  it('a clone is independent of the original', () => {
    const a = createSimulation(s);
    a.runUntil(6000);
    const frozen = JSON.stringify(a.world);
    const copy = cloneWorld(a.world, a.extensions);
    a.runUntil(s.untilMs);
    expect(JSON.stringify(copy)).toBe(frozen);
  });

  it('timeline seeks back and forth equal a straight run to the same event', () => {
    const tl = new Timeline(s, { checkpointEvery: 997, keepTrace: false });
    while (tl.step()) {
      /* to the end */
    }
    tl.sim.runUntil(s.untilMs);
    expect(fingerprint(tl.sim)).toBe(fingerprint(straight));
    const end = tl.frontier;
    for (const n of [end - 1, 5, 2500, Math.floor(end / 2), 997 * 7 + 3, end]) {
      tl.seek(n);
      const fresh = createSimulation(s);
      for (let i = 0; i < n; i++) fresh.step(s.untilMs);
      expect(tl.now).toBe(n);
      expect(fingerprint(tl.sim)).toBe(fingerprint(fresh));
    }
  });
});
