/**
 * The contract between the simulated cost model (issue 17: the engine runs the cost model's
 * queues as events) and whoever asks it to confirm the analytic model (the Plan view's "Check by
 * simulation", the planner CLI, the unit tests that compare the two). One call measures one point
 * of the plan with one seed; the caller spreads points and seeds over workers and aggregates.
 */
import type { PlanPoint } from '../cost/analytic';
import type { ResourceId } from '../cost/load';
import type { CostParams } from '../cost/params';

/**
 * How the clients load the ensemble: `saturated` keeps every client's `clientsMaxOutstanding`
 * requests in flight (closed loop: the saturated throughput); `offered` issues
 * `point.offeredOpsPerSec` as seeded Poisson arrivals (open loop: latency at that load).
 */
export type CapacityLoad = 'saturated' | 'offered';

export interface CapacityRun {
  point: PlanPoint;
  params: CostParams;
  load: CapacityLoad;
  seed: number;
  /** Simulated ms before measuring starts (queues fill, the leader is established). */
  warmupMs: number;
  /** Simulated ms over which operations that complete are counted. */
  measureMs: number;
}

export interface LatencySummary {
  p50: number;
  p99: number;
  mean: number;
}

export interface CapacityMeasurement {
  seed: number;
  /** Operations completed inside the measuring window. */
  completedOps: number;
  throughputOpsPerSec: number;
  readOpsPerSec: number;
  writeOpsPerSec: number;
  /** From the client's submit to its reply, in ms; null when no such operation completed. */
  readLatencyMs: LatencySummary | null;
  writeLatencyMs: LatencySummary | null;
  /** Busy share of each resource over the window (the busiest server of each role). */
  utilization: Partial<Record<ResourceId, number>>;
  /** Kernel events the run processed (what its cost in wall time follows). */
  events: number;
}

/** Progress of a long measurement, for a bar: simulated ms done out of warmup + measure. */
export type CapacityProgress = (doneMs: number, totalMs: number) => void;
