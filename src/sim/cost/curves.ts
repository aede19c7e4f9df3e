/**
 * The series the Plan view's charts draw, computed here so that the view stays a view: saturated
 * throughput against the read ratio for several ensemble sizes, latency against offered load up
 * to saturation, and where two sizes' throughput curves cross.
 */
import { saturation } from './analytic';
import type { Ensemble } from './load';
import { latencyAt, type LatencyAtLoad } from './latency';
import type { CostParams } from './params';

export interface ThroughputPoint {
  readRatio: number;
  opsPerSec: number;
}

/** Saturated throughput at `steps + 1` read ratios from 0 to 1. */
export function throughputByReadRatio(
  e: Ensemble,
  p: CostParams,
  steps: number,
): ThroughputPoint[] {
  const points: ThroughputPoint[] = [];
  for (let i = 0; i <= steps; i++) {
    const readRatio = i / steps;
    points.push({ readRatio, opsPerSec: saturation(e, readRatio, p).opsPerSec });
  }
  return points;
}

export interface LatencyPoint extends LatencyAtLoad {
  offeredOpsPerSec: number;
}

/**
 * Latency at `steps` loads spread evenly below the resources' limit (the last at
 * (steps - 1/2) / steps of it, since the limit itself has unbounded queues).
 */
export function latencyByLoad(
  e: Ensemble,
  readRatio: number,
  p: CostParams,
  steps: number,
): LatencyPoint[] {
  const limit = saturation(e, readRatio, p).resourceLimitOpsPerSec;
  const points: LatencyPoint[] = [];
  for (let i = 1; i <= steps; i++) {
    const offeredOpsPerSec = (limit * (i - 0.5)) / steps;
    points.push({ offeredOpsPerSec, ...latencyAt(e, readRatio, offeredOpsPerSec, p)! });
  }
  return points;
}

/**
 * The lowest read ratio where `a` and `b` have the same saturated throughput, or null if neither
 * ever overtakes the other: a scan over 100 steps finds the first change of sign, bisection
 * refines it.
 */
export function crossoverReadRatio(a: Ensemble, b: Ensemble, p: CostParams): number | null {
  const sign = (r: number): number =>
    Math.sign(saturation(a, r, p).opsPerSec - saturation(b, r, p).opsPerSec);
  const steps = 100;
  let lastRatio = 0;
  let lastSign = 0;
  for (let i = 0; i <= steps; i++) {
    const ratio = i / steps;
    const s = sign(ratio);
    if (s === 0) continue;
    if (lastSign !== 0 && s !== lastSign) {
      let lo = lastRatio;
      let hi = ratio;
      for (let k = 0; k < 40; k++) {
        const mid = (lo + hi) / 2;
        if (sign(mid) === lastSign) lo = mid;
        else hi = mid;
      }
      return (lo + hi) / 2;
    }
    lastRatio = ratio;
    lastSign = s;
  }
  return null;
}
