/**
 * How much faster "Check by simulation" gets with cores: a fixed check (5 voters, read shares
 * 0, 0.5 and 1, saturated, and three loads of the latency curve at 90 % reads; 4 seeds each:
 * 24 runs) measured with 1 worker and with one worker per core, each a worker_threads thread
 * running the browser worker's job runner (src/worker/capacity/runJob.ts), fed one run at a time
 * as the UI's pool does (the next run goes to whichever worker answers first). Prints the wall
 * time of each, the speedup and the core count. Figures only; nothing asserts a time.
 *
 * Each run is measureCapacity (src/sim/costsim), the cost model's event simulation.
 *
 * Run alone: node --import tsx bench/capacity.ts
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FromCapacityWorkerBody, ToCapacityWorkerBody } from '../src/protocol/capacity';
import { DEFAULT_COST_PARAMS, latencyAt, saturation } from '../src/sim/cost';
import type { CapacityRun } from '../src/sim/index';

const SEEDS = 4;
const MEASURE_MS = 1000;
const WARMUP_MS = 1000;

export function fixedCheck(): CapacityRun[] {
  const e = { voters: 5, observers: 0 };
  const p = DEFAULT_COST_PARAMS;
  const points: { readRatio: number; offered: number | null }[] = [0, 0.5, 1].map((r) => ({
    readRatio: r,
    offered: null,
  }));
  const limit = saturation(e, 0.9, p).resourceLimitOpsPerSec;
  for (const f of [0.3, 0.6, 0.9])
    if (latencyAt(e, 0.9, f * limit, p)) points.push({ readRatio: 0.9, offered: f * limit });
  return points.flatMap((pt) =>
    Array.from({ length: SEEDS }, (_, i) => ({
      point: { ...e, readRatio: pt.readRatio, offeredOpsPerSec: pt.offered ?? 0 },
      params: p,
      load: pt.offered === null ? ('saturated' as const) : ('offered' as const),
      seed: i + 1,
      warmupMs: WARMUP_MS,
      measureMs: MEASURE_MS,
    })),
  );
}

/**
 * Node 20 resolves a worker's entry before its `--import` hooks load, so a .ts entry is imported
 * from a one-line script that registers tsx first.
 */
function spawn(): Worker {
  const entry = new URL('./capacityWorker.ts', import.meta.url).href;
  const script = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(script, { eval: true });
}

/** The message the UI's pool sends for one capacity run (protocol/capacity.ts). */
function job(index: number, run: CapacityRun): ToCapacityWorkerBody {
  return { type: 'run', job: index, task: { kind: 'capacity', run } };
}

/** Wall ms to measure every run over `n` workers (started and warmed before the clock). */
async function timeCheck(runs: readonly CapacityRun[], n: number): Promise<number> {
  const workers = Array.from({ length: n }, spawn);
  // Warm each worker (module loading, JIT) on a short run before timing.
  await Promise.all(
    workers.map(
      (w, i) =>
        new Promise<void>((resolve, reject) => {
          w.once('message', () => resolve());
          w.once('error', reject);
          w.postMessage(job(-1 - i, { ...runs[0]!, warmupMs: 50, measureMs: 50 }));
        }),
    ),
  );
  for (const w of workers) w.removeAllListeners('message');
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    let next = 0;
    let finished = 0;
    const feed = (w: Worker) => {
      if (next < runs.length) w.postMessage(job(next, runs[next++]!));
    };
    for (const w of workers) {
      w.on('message', (m: FromCapacityWorkerBody) => {
        if (m.type === 'failed') reject(new Error(`run ${m.job}: ${m.message}`));
        if (m.type !== 'measured') return;
        if (++finished === runs.length) resolve();
        else feed(w);
      });
      w.on('error', reject);
      feed(w);
    }
  });
  const ms = performance.now() - t0;
  await Promise.all(workers.map((w) => w.terminate()));
  return ms;
}

export async function benchCapacity(): Promise<Record<string, unknown>> {
  const runs = fixedCheck();
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const oneMs = await timeCheck(runs, 1);
  const allMs = cores > 1 ? await timeCheck(runs, Math.min(cores, runs.length)) : oneMs;
  return {
    runs: runs.length,
    cores,
    oneWorkerMs: Math.round(oneMs),
    allCoresMs: Math.round(allMs),
    speedup: Number((oneMs / allMs).toFixed(2)),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchCapacity(), null, 2));
}
