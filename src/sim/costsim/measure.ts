// TEMPORARY stand-in, replaced by h/costsim17 at merge
/**
 * A stand-in for the simulated cost model's measurement, so that the Plan view's "Check by
 * simulation", its worker pool and the bench can be built and tested before the engine runs the
 * cost model's queues (h/costsim17). It answers the analytic model's figures with a small seeded
 * deviation, after spending step-like work over the simulated window so that progress and
 * cancel are exercised. Nothing may rely on its numbers: only on the signature of the contract.
 */
import { analyze, saturation } from '../cost/analytic';
import { nextFloat, prngFor, type Prng } from '../kernel/prng';
import type { CapacityMeasurement, CapacityProgress, CapacityRun, LatencySummary } from './types';

/** Simulated ms advanced per step of the stand-in's loop. */
const STEP_MS = 1;
/** Draws per simulated ms: the stand-in's stand-in for the engine's events. */
const DRAWS_PER_MS = 2000;
/** Progress is reported every this many simulated ms. */
const PROGRESS_EVERY_MS = 20;

/** A deviation of about +-4 % (the sum of three uniforms, centred). */
function deviation(p: Prng): number {
  return ((nextFloat(p) + nextFloat(p) + nextFloat(p)) / 3 - 0.5) * 0.16;
}

function summary(p50: number, p99: number, mean: number, p: Prng): LatencySummary {
  const f = 1 + deviation(p);
  return { p50: p50 * f, p99: p99 * f * (1 + deviation(p) / 2), mean: mean * f };
}

export function measureCapacity(
  run: CapacityRun,
  progress?: CapacityProgress,
  shouldStop?: () => boolean,
): CapacityMeasurement {
  const prng = prngFor(run.seed, 'costsim-standin');
  const totalMs = run.warmupMs + run.measureMs;
  let events = 0;
  for (let ms = 0; ms < totalMs; ms += STEP_MS) {
    for (let i = 0; i < DRAWS_PER_MS * STEP_MS; i++) nextFloat(prng);
    events += DRAWS_PER_MS * STEP_MS;
    if (shouldStop?.()) throw new Error('RunStoppedError: run stopped');
    if (progress && ms % PROGRESS_EVERY_MS === 0) progress(ms, totalMs);
  }
  progress?.(totalMs, totalMs);
  const { point, params } = run;
  const sat = saturation(point, point.readRatio, params);
  const rate =
    run.load === 'saturated' ? sat.opsPerSec : Math.min(point.offeredOpsPerSec, sat.opsPerSec);
  const result = analyze({ ...point, offeredOpsPerSec: rate * 0.999 }, params);
  const ops = rate * (1 + deviation(prng));
  const lat = result.latency;
  return {
    seed: run.seed,
    completedOps: Math.round((ops * run.measureMs) / 1000),
    throughputOpsPerSec: ops,
    readOpsPerSec: ops * point.readRatio,
    writeOpsPerSec: ops * (1 - point.readRatio),
    readLatencyMs:
      lat?.read != null ? summary(lat.read.p50Ms, lat.read.p99Ms, lat.read.meanMs, prng) : null,
    writeLatencyMs:
      lat?.write != null ? summary(lat.write.p50Ms, lat.write.p99Ms, lat.write.meanMs, prng) : null,
    utilization: Object.fromEntries(
      Object.entries(result.utilization).map(([k, u]) => [k, Math.min(1, u)]),
    ),
    events,
  };
}
