/**
 * The messages between the UI thread's capacity pool (src/ui/bridge/capacityPool.ts) and a
 * capacity worker (src/worker/capacity/capacity.worker.ts). A job is one run of one of the Plan
 * view's checks by simulation, one seed: a plan point on the cost model ("Check by simulation",
 * `capacity`) or a sizing point on the lab (the Backends section, `backends`). One worker entry
 * runs either kind, so both checks share the pool, its scheduling, progress and cancel. Stamped
 * and checked with the simulation worker's protocol version (messages.ts `versioned` /
 * `receive`), so a stale cached worker fails loudly here too.
 *
 * There is no cancel message: a run is one synchronous call that reads no message until it
 * returns, so the pool cancels by terminating its workers (which also frees their memory).
 */
import type {
  BackendCheckResult,
  BackendCheckRun,
  CapacityMeasurement,
  CapacityRun,
} from '../sim/index';

/** What each kind of job is given and what it answers with. */
export interface CheckJobKinds {
  /** measureCapacity: one plan point on the cost model's event simulation. */
  capacity: { run: CapacityRun; result: CapacityMeasurement };
  /** runBackendCheck: one backends sizing point on the load-balancing lab. */
  backends: { run: BackendCheckRun; result: BackendCheckResult };
}

export type CheckJobKind = keyof CheckJobKinds;
export type CheckRunOf<K extends CheckJobKind> = CheckJobKinds[K]['run'];
export type CheckResultOf<K extends CheckJobKind> = CheckJobKinds[K]['result'];

/** One run to do, tagged with its kind. */
export type CheckTask = { [K in CheckJobKind]: { kind: K; run: CheckRunOf<K> } }[CheckJobKind];
/** Its answer, tagged with the same kind. */
export type CheckOutcome = {
  [K in CheckJobKind]: { kind: K; result: CheckResultOf<K> };
}[CheckJobKind];

export type ToCapacityWorkerBody = { type: 'run'; job: number; task: CheckTask };

export type FromCapacityWorkerBody =
  /** Simulated ms done of the job's run (warmup + measure, and a kill run's window). */
  | { type: 'progress'; job: number; doneMs: number; totalMs: number }
  | { type: 'measured'; job: number; outcome: CheckOutcome }
  /** The run threw: `message` is the error's name and message, for the console. */
  | { type: 'failed'; job: number; message: string };
