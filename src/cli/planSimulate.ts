/**
 * The planner's measured columns (`"simulate": { "seeds": n }` in a planner file): each row's
 * point run on the simulated cost model (src/sim/costsim) with seeds 1..n, saturated (its
 * throughput: n, mean, min, max and the mean's 95 % t interval over the seeds) and at the row's
 * offered load (latency p50 and p99 and the busy shares, means over the seeds), beside the
 * analytic figures of the same row. The statistics are the Plan view's (seedStats, src/sim/cost).
 */
import {
  seedMean,
  seedStats,
  type CostParams,
  type PlanRow,
  type PlanSimulate,
  type ResourceId,
  type SeedStats,
} from '../sim/cost';
import {
  CAPACITY_MEASURE_MS,
  CAPACITY_WARMUP_MS,
  measureCapacity,
  type CapacityLatencySummary,
  type CapacityLoad,
  type CapacityMeasurement,
} from '../sim/index';

export interface SimulatedColumns {
  seeds: number;
  warmupMs: number;
  measureMs: number;
  /** Saturated, over the seeds (ci95 null for one seed). */
  throughputOpsPerSec: SeedStats;
  readOpsPerSec: number;
  writeOpsPerSec: number;
  /** At the row's offered load, means over the seeds; null when no such request completed. */
  writeLatencyMs: { p50: number; p99: number } | null;
  readLatencyMs: { p50: number; p99: number } | null;
  utilization: Partial<Record<ResourceId, number>>;
  events: number;
}

function latencyMean(
  runs: CapacityMeasurement[],
  pick: (m: CapacityMeasurement) => CapacityLatencySummary | null,
): { p50: number; p99: number } | null {
  const got = runs.map(pick).filter((l): l is CapacityLatencySummary => l !== null);
  if (got.length === 0) return null;
  return { p50: seedMean(got.map((l) => l.p50)), p99: seedMean(got.map((l) => l.p99)) };
}

export function simulatedColumns(
  row: PlanRow,
  params: CostParams,
  simulate: PlanSimulate,
): SimulatedColumns {
  const warmupMs = simulate.warmupMs ?? CAPACITY_WARMUP_MS;
  const measureMs = simulate.measureMs ?? CAPACITY_MEASURE_MS;
  const point = {
    voters: row.voters,
    observers: row.observers,
    readRatio: row.readRatio,
    offeredOpsPerSec: row.offeredOpsPerSec,
  };
  const runs = (load: CapacityLoad): CapacityMeasurement[] =>
    Array.from({ length: simulate.seeds }, (_, i) =>
      measureCapacity({ point, params, load, seed: i + 1, warmupMs, measureMs }),
    );
  const saturated = runs('saturated');
  const offered = runs('offered');
  const throughput = saturated.map((m) => m.throughputOpsPerSec);
  const utilization: Partial<Record<ResourceId, number>> = {};
  for (const id of Object.keys(offered[0]?.utilization ?? {}) as ResourceId[])
    utilization[id] = seedMean(offered.map((m) => m.utilization[id] ?? 0));
  return {
    seeds: simulate.seeds,
    warmupMs,
    measureMs,
    throughputOpsPerSec: seedStats(throughput),
    readOpsPerSec: seedMean(saturated.map((m) => m.readOpsPerSec)),
    writeOpsPerSec: seedMean(saturated.map((m) => m.writeOpsPerSec)),
    writeLatencyMs: latencyMean(offered, (m) => m.writeLatencyMs),
    readLatencyMs: latencyMean(offered, (m) => m.readLatencyMs),
    utilization,
    events: [...saturated, ...offered].reduce((a, m) => a + m.events, 0),
  };
}
