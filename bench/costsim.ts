/**
 * The simulated cost model (src/sim/costsim, issue 17): events per second and wall ms of one
 * saturated point (the default warmup and measuring window, default cost parameters, 0% reads so
 * that the ZAB broadcast path does all the work) at 3 and 13 voters, plus 13 voters at 100%
 * reads (the most operations per simulated second). A warm-up run first, so that the figures are
 * for optimized code. Figures, never assertions.
 *
 * Run alone: node --import tsx bench/costsim.ts
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DEFAULT_COST_PARAMS } from '../src/sim/cost/params';
import {
  CAPACITY_MEASURE_MS,
  CAPACITY_WARMUP_MS,
  measureCapacity,
} from '../src/sim/costsim/measure';

interface PointFigures {
  voters: number;
  readRatio: number;
  events: number;
  eventsPerSimSecond: number;
  eventsPerSecond: number;
  wallMs: number;
  throughputOpsPerSec: number;
}

function point(voters: number, readRatio: number): PointFigures {
  const run = {
    point: { voters, observers: 0, readRatio, offeredOpsPerSec: 0 },
    params: DEFAULT_COST_PARAMS,
    load: 'saturated' as const,
    seed: 1,
    warmupMs: CAPACITY_WARMUP_MS,
    measureMs: CAPACITY_MEASURE_MS,
  };
  const t0 = performance.now();
  const m = measureCapacity(run);
  const wallMs = performance.now() - t0;
  const simSeconds = (CAPACITY_WARMUP_MS + CAPACITY_MEASURE_MS) / 1000;
  return {
    voters,
    readRatio,
    events: m.events,
    eventsPerSimSecond: Math.round(m.events / simSeconds),
    eventsPerSecond: Math.round(m.events / (wallMs / 1000)),
    wallMs: Math.round(wallMs),
    throughputOpsPerSec: Math.round(m.throughputOpsPerSec),
  };
}

export function benchCostsim(): Record<string, unknown> {
  point(5, 0.5); // warm-up
  return {
    simulatedMsPerPoint: CAPACITY_WARMUP_MS + CAPACITY_MEASURE_MS,
    saturated: [point(3, 0), point(13, 0), point(13, 1)],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(benchCostsim(), null, 2));
}
