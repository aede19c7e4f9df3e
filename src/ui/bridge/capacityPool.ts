/**
 * The capacity workers of the Plan view's checks by simulation, "Check by simulation" and the
 * Backends section's (the only UI code besides simBridge.ts that touches `Worker`): ONE pool for
 * the page, of at most one module worker per logical core, each running capacity.worker.ts, which
 * runs either kind of run. Both checks start their runs on it, so running them together shares
 * the cores instead of putting two workers on each. The scheduling is capacityScheduler.ts's;
 * this file only adapts `Worker`.
 */
import type {
  BackendCheckResult,
  BackendCheckRun,
  CapacityMeasurement,
  CapacityRun,
} from '../../sim/index';
import {
  createCapacityPool,
  workerCount,
  type CapacityPool,
  type CapacityPort,
  type CheckCallbacks,
  type RunningCheck,
} from './capacityScheduler';

function spawnWorker(index: number): CapacityPort {
  // Written inline so that Vite recognises the pattern and bundles the worker.
  const worker = new Worker(new URL('../../worker/capacity/capacity.worker.ts', import.meta.url), {
    type: 'module',
    name: `zabscope-capacity-${index}`,
  });
  const port: CapacityPort = {
    post: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
    onMessage: null,
    onError: null,
  };
  worker.onmessage = (e: MessageEvent<unknown>) => port.onMessage?.(e.data);
  worker.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    port.onError?.(`capacity worker ${index}: ${e.message || 'failed to start or crashed'}`);
  };
  worker.onmessageerror = () =>
    port.onError?.(`capacity worker ${index}: a message could not be read`);
  return port;
}

/** Logical cores the page may use (1 when the browser does not say). */
export function capacityCores(): number {
  return navigator.hardwareConcurrency || 1;
}

/** How many workers a check of `runs` runs will use at most on this machine. */
export function capacityWorkers(runs: number): number {
  return workerCount(capacityCores(), runs);
}

/** Made on first use: a page that never checks anything starts no worker and holds no pool. */
let shared: CapacityPool | null = null;
function pool(): CapacityPool {
  shared ??= createCapacityPool(capacityCores(), spawnWorker);
  return shared;
}

/** "Check by simulation": plan points x seeds on the cost model. */
export function startCapacityCheck(
  runs: readonly CapacityRun[],
  cb: CheckCallbacks<CapacityMeasurement>,
): RunningCheck {
  return pool().start('capacity', runs, cb);
}

/** The Backends section's check: sizing points x seeds on the load-balancing lab. */
export function startBackendsCheck(
  runs: readonly BackendCheckRun[],
  cb: CheckCallbacks<BackendCheckResult>,
): RunningCheck {
  return pool().start('backends', runs, cb);
}
