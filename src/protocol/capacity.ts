/**
 * The messages between the UI thread's capacity pool (src/ui/bridge/capacityPool.ts) and a
 * capacity worker (src/worker/capacity/capacity.worker.ts): one measurement of one plan point
 * with one seed per job. Stamped and checked with the simulation worker's protocol version
 * (messages.ts `versioned` / `receive`), so a stale cached worker fails loudly here too.
 *
 * There is no cancel message: a measurement is one synchronous call that reads no message until
 * it returns, so the pool cancels by terminating its workers (which also frees their memory).
 */
import type { CapacityMeasurement, CapacityRun } from '../sim/index';

export type ToCapacityWorkerBody = { type: 'measure'; job: number; run: CapacityRun };

export type FromCapacityWorkerBody =
  /** Simulated ms done of the job's warmup + measure. */
  | { type: 'progress'; job: number; doneMs: number; totalMs: number }
  | { type: 'measured'; job: number; measurement: CapacityMeasurement }
  /** The measurement threw: `message` is the error's name and message, for the console. */
  | { type: 'failed'; job: number; message: string };
