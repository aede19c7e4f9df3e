/**
 * The analytic form of the cost model: for one ensemble, read/write mix and offered load, the
 * saturated throughput and what limits it, each resource's utilization, request latency, the knee
 * of the latency curve, and what a leader failure costs. docs/CAPACITY.md states every formula.
 *
 * Saturated throughput is the balanced asymptotic bound of operational analysis:
 *   X_max = min(1 / D_max, N / R_0)
 * with D_max the largest per-operation demand at any resource (load.ts), N the requests the
 * clients keep in flight (clients x clientsMaxOutstanding) and R_0 the mean latency of an
 * operation on an idle ensemble: closed-loop clients cannot drive more than N requests per R_0.
 */
import {
  bottleneckOf,
  demandsPerOp,
  resourceIds,
  type Demands,
  type Ensemble,
  type ResourceId,
} from './load';
import { latencyAt, meanLatencyMsAt, type LatencyAtLoad } from './latency';
import type { CostParams } from './params';
import { faultTolerance, failover, type Failover, type FaultTolerance } from './timing';

export interface PlanPoint extends Ensemble {
  /** Share of reads in the clients' requests, from 0 to 1. */
  readRatio: number;
  /** Operations per second the clients offer (reads and writes together). */
  offeredOpsPerSec: number;
}

/** A resource, or the clients themselves when too few requests are in flight to load any. */
export type Bottleneck = ResourceId | 'clients';

export interface Throughput {
  opsPerSec: number;
  readOpsPerSec: number;
  writeOpsPerSec: number;
}

export interface Saturation extends Throughput {
  bottleneck: Bottleneck;
  /** 1 / D_max: where the busiest resource reaches utilization 1. */
  resourceLimitOpsPerSec: number;
  /** N / R_0: the most the clients' outstanding requests can drive. */
  clientLimitOpsPerSec: number;
}

export interface Knee {
  /** The offered load where throughput / mean latency (Kleinrock's power) is largest. */
  opsPerSec: number;
  meanLatencyMs: number;
}

export interface PlanResult {
  point: PlanPoint;
  faultTolerance: FaultTolerance;
  saturated: Saturation;
  offered: Throughput & { overCapacity: boolean };
  /** Each resource's utilization at the offered load; above 1 means overloaded. */
  utilization: Record<ResourceId, number>;
  /** At the offered load; null when it is at or past the resources' limit (unbounded queues). */
  latency: LatencyAtLoad | null;
  knee: Knee;
  failover: { crash: Failover; silent: Failover };
}

function split(opsPerSec: number, readRatio: number): Throughput {
  return {
    opsPerSec,
    readOpsPerSec: opsPerSec * readRatio,
    writeOpsPerSec: opsPerSec * (1 - readRatio),
  };
}

/** The balanced bound X_max = min(1 / D_max, N / R_0), and which term wins. */
export function saturation(e: Ensemble, readRatio: number, p: CostParams, d?: Demands): Saturation {
  const demands = d ?? demandsPerOp(e, readRatio, p);
  const resource = bottleneckOf(demands);
  const resourceLimitOpsPerSec = 1 / demands[resource];
  const idleMs = meanLatencyMsAt(e, readRatio, 0, p)!;
  const clientLimitOpsPerSec = (p.clients * p.clientsMaxOutstanding) / (idleMs / 1000);
  const clientsBind = clientLimitOpsPerSec < resourceLimitOpsPerSec;
  return {
    ...split(Math.min(resourceLimitOpsPerSec, clientLimitOpsPerSec), readRatio),
    bottleneck: clientsBind ? 'clients' : resource,
    resourceLimitOpsPerSec,
    clientLimitOpsPerSec,
  };
}

/**
 * The knee: the load that maximizes power, X / R(X) (Kleinrock), found by golden-section search
 * below the resources' limit. Past it, each extra operation per second costs more latency than it
 * earns; for a single M/M/1 queue it sits at utilization 1/2, later when fixed delays dominate.
 */
export function knee(e: Ensemble, readRatio: number, limitOpsPerSec: number, p: CostParams): Knee {
  const power = (x: number): number => x / meanLatencyMsAt(e, readRatio, x, p)!;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = 0;
  let b = limitOpsPerSec * (1 - 1e-6);
  while (b - a > limitOpsPerSec * 1e-4) {
    const c = b - ratio * (b - a);
    const d = a + ratio * (b - a);
    if (power(c) >= power(d)) b = d;
    else a = c;
  }
  const opsPerSec = (a + b) / 2;
  return { opsPerSec, meanLatencyMs: meanLatencyMsAt(e, readRatio, opsPerSec, p)! };
}

export function analyze(point: PlanPoint, p: CostParams): PlanResult {
  const { readRatio, offeredOpsPerSec } = point;
  const e: Ensemble = { voters: point.voters, observers: point.observers };
  const demands = demandsPerOp(e, readRatio, p);
  const saturated = saturation(e, readRatio, p, demands);
  const utilization = {} as Record<ResourceId, number>;
  for (const id of resourceIds()) utilization[id] = demands[id] * offeredOpsPerSec;
  return {
    point,
    faultTolerance: faultTolerance(e.voters, e.observers),
    saturated,
    offered: {
      ...split(offeredOpsPerSec, readRatio),
      overCapacity: offeredOpsPerSec >= saturated.opsPerSec,
    },
    utilization,
    latency: latencyAt(e, readRatio, offeredOpsPerSec, p),
    knee: knee(e, readRatio, saturated.resourceLimitOpsPerSec, p),
    failover: { crash: failover('crash', p), silent: failover('silent', p) },
  };
}
