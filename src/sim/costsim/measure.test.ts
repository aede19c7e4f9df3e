// The simulated cost model against the analytic one (src/sim/cost) on a grid of small ensembles.
// Both serve the same tasks with the same service times (load.ts's jobClasses); what differs is
// what the analytic form approximates. Tolerances, and why (docs/CAPACITY.md, "The simulation"):
// - offered load (open Poisson arrivals, at half the saturated throughput): throughput is the
//   offered rate within 5% (200 ms of arrivals: a Poisson count's spread is about 1.5% here);
//   each resource's utilization within 0.03 + 8% of the utilization law's (the simulation reports
//   the busiest server of a role, the model the mean one); a read's p50 within 15%; a write's
//   mean within 30% (the simulation is 10-20% slower: its fsyncs run back to back, and every
//   server logs the same proposals at nearly the same time, which the model takes as independent).
// - saturated (closed loop): all reads or all writes within 12% of the balanced bound; mixed
//   workloads at or above it (up to 1.6 times), because a closed loop lets the clients of the
//   servers that are not the bottleneck run ahead, while the model spreads the load evenly.
import { describe, expect, it } from 'vitest';
import { analyze } from '../cost/analytic';
import { DEFAULT_COST_PARAMS } from '../cost/params';
import type { ResourceId } from '../cost/load';
import { CAPACITY_MEASURE_MS, CAPACITY_WARMUP_MS, measureCapacity } from './measure';
import type { CapacityRun } from './types';

function run(
  voters: number,
  observers: number,
  readRatio: number,
  load: CapacityRun['load'],
  seed: number,
  offeredShare = 0.5,
): { sim: ReturnType<typeof measureCapacity>; ana: ReturnType<typeof analyze> } {
  const params = DEFAULT_COST_PARAMS;
  const sat = analyze({ voters, observers, readRatio, offeredOpsPerSec: 0 }, params).saturated;
  const point = { voters, observers, readRatio, offeredOpsPerSec: sat.opsPerSec * offeredShare };
  const sim = measureCapacity({
    point,
    params,
    load,
    seed,
    warmupMs: CAPACITY_WARMUP_MS,
    measureMs: CAPACITY_MEASURE_MS,
  });
  return { sim, ana: analyze(point, params) };
}

const GRID: [number, number, number][] = [];
for (const voters of [3, 5])
  for (const observers of [0, 1]) for (const r of [0, 0.5, 0.9]) GRID.push([voters, observers, r]);

describe('measureCapacity against the analytic model, offered load', () => {
  it.each(GRID)('%i voters, %i observers, read ratio %f', (voters, observers, r) => {
    for (const seed of [1, 2]) {
      const { sim, ana } = run(voters, observers, r, 'offered', seed);
      const offered = ana.point.offeredOpsPerSec;
      expect(Math.abs(sim.throughputOpsPerSec / offered - 1)).toBeLessThan(0.05);
      expect(Math.abs(sim.readOpsPerSec - offered * r)).toBeLessThan(offered * 0.05);
      for (const [id, u] of Object.entries(ana.utilization) as [ResourceId, number][]) {
        if (id.endsWith('disk')) continue; // group commit: see the disk test below
        const measured = sim.utilization[id];
        if (u === 0) continue;
        expect(measured, id).toBeDefined();
        expect(Math.abs((measured as number) - u), id).toBeLessThan(0.03 + 0.08 * u);
      }
      if (r > 0) {
        const read = ana.latency!.read!;
        expect(Math.abs(sim.readLatencyMs!.p50 / read.p50Ms - 1)).toBeLessThan(0.15);
      }
      const write = ana.latency!.write!;
      expect(Math.abs(sim.writeLatencyMs!.mean / write.meanMs - 1)).toBeLessThan(0.3);
      expect(sim.writeLatencyMs!.p50).toBeLessThanOrEqual(sim.writeLatencyMs!.p99);
    }
  });

  it('keeps the txn log busy fsyncing back to back where the model counts a share of a batch', () => {
    // The model's disk demand is fsyncMs / maxBatchSize per txn (its capacity); the simulation's
    // busy share is the time an fsync is in progress, which group commit makes nearly all of it
    // once writes arrive faster than one per fsync.
    const { sim, ana } = run(3, 0, 0, 'offered', 1);
    expect(ana.utilization['leader.disk']).toBeLessThan(0.2);
    expect(sim.utilization['leader.disk']).toBeGreaterThan(0.9);
  });
});

describe('measureCapacity against the analytic model, saturated', () => {
  const cases: [number, number, number][] = [];
  for (const voters of [3, 5])
    for (const r of [0, 0.5, 1]) cases.push([voters, voters === 5 ? 1 : 0, r]);
  it.each(cases)('%i voters, %i observers, read ratio %f', (voters, observers, r) => {
    const { sim, ana } = run(voters, observers, r, 'saturated', 1);
    const ratio = sim.throughputOpsPerSec / ana.saturated.opsPerSec;
    if (r === 0 || r === 1) expect(Math.abs(ratio - 1)).toBeLessThan(0.12);
    else {
      expect(ratio).toBeGreaterThan(0.95);
      expect(ratio).toBeLessThan(1.6);
    }
    // The bottleneck the model names is the busiest resource of the simulation too.
    const bottleneck = ana.saturated.bottleneck as ResourceId;
    expect(sim.utilization[bottleneck]).toBeGreaterThan(0.97);
  });
});

describe('measureCapacity, determinism and cancelling', () => {
  it('gives the same measurement for the same seed and another for another seed', () => {
    const a = run(3, 1, 0.5, 'offered', 7).sim;
    const b = run(3, 1, 0.5, 'offered', 7).sim;
    const c = run(3, 1, 0.5, 'offered', 8).sim;
    expect(b).toEqual(a);
    expect(c.completedOps).not.toBe(a.completedOps);
  });

  it('stops when asked, returning what it counted, and reports progress that only grows', () => {
    const done: number[] = [];
    let asked = 0;
    const capacityRun = {
      point: { voters: 3, observers: 0, readRatio: 0.5, offeredOpsPerSec: 0 },
      params: DEFAULT_COST_PARAMS,
      load: 'saturated' as const,
      seed: 1,
      warmupMs: 10,
      measureMs: 100,
    };
    const full = measureCapacity(capacityRun);
    const cut = measureCapacity(
      capacityRun,
      (doneMs, totalMs) => {
        expect(totalMs).toBe(110);
        done.push(doneMs);
      },
      () => ++asked > 5,
    );
    expect(done.length).toBeGreaterThan(1);
    expect([...done].sort((x, y) => x - y)).toEqual(done);
    expect(cut.events).toBeLessThan(full.events);
    expect(cut.completedOps).toBeLessThan(full.completedOps);
    expect(cut.completedOps).toBeGreaterThan(0);
  });
});
