/**
 * The capacity workers of the Plan view's checks by simulation, "Check by simulation" and the
 * Backends section's (the only UI code besides simBridge.ts that touches `Worker`): one module
 * worker per logical core, up to the number of runs, each running capacity.worker.ts, which runs
 * either kind of run. The scheduling is capacityScheduler.ts's; this file only adapts `Worker`.
 */
import type {
  BackendCheckResult,
  BackendCheckRun,
  CapacityMeasurement,
  CapacityRun,
} from '../../sim/index';
import {
  startCheck,
  workerCount,
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

/** How many workers a check of `runs` runs will use on this machine. */
export function capacityWorkers(runs: number): number {
  return workerCount(capacityCores(), runs);
}

/** "Check by simulation": plan points x seeds on the cost model. */
export function startCapacityCheck(
  runs: readonly CapacityRun[],
  cb: CheckCallbacks<CapacityMeasurement>,
): RunningCheck {
  return startCheck('capacity', runs, capacityCores(), spawnWorker, cb);
}

/** The Backends section's check: sizing points x seeds on the load-balancing lab. */
export function startBackendsCheck(
  runs: readonly BackendCheckRun[],
  cb: CheckCallbacks<BackendCheckResult>,
): RunningCheck {
  return startCheck('backends', runs, capacityCores(), spawnWorker, cb);
}
