/**
 * Spreads a check's runs over a few workers and gathers their results, in the order the runs
 * were given whatever order they finish in. Both of the Plan view's checks by simulation use it:
 * `capacity` (plan points x seeds on the cost model) and `backends` (sizing points x seeds on the
 * lab); a check is of one kind, and a worker runs either (protocol/capacity.ts). Pure: it talks
 * to workers through `CapacityPort`, so the scheduling, the progress arithmetic, cancel and
 * failures are tested in Node with fake workers (capacityScheduler.test.ts); capacityPool.ts
 * gives it real `Worker`s.
 *
 * A worker gets its next run only when it has answered the last, so a fast worker takes more
 * runs than a slow one (no run waits behind a long one while a worker is idle). Any failure
 * (a measurement that throws, a worker that dies, a message of another protocol version) stops
 * the whole check with the run it happened in: a check with a hole would draw bands from fewer
 * seeds than it says, and waiting for an answer that never comes would hang the progress bar.
 */
import { receive, versioned, type Versioned } from '../../protocol/messages';
import type {
  CheckJobKind,
  CheckResultOf,
  CheckRunOf,
  CheckTask,
  FromCapacityWorkerBody,
  ToCapacityWorkerBody,
} from '../../protocol/capacity';

/** At most this many workers, however many cores the machine reports. */
export const CAPACITY_WORKERS_MAX = 16;

/** One worker as the scheduler sees it. */
export interface CapacityPort {
  post(message: Versioned<ToCapacityWorkerBody>): void;
  terminate(): void;
  /** Set by the scheduler: called with each message the worker posts. */
  onMessage: ((data: unknown) => void) | null;
  /** Set by the scheduler: called when the worker itself fails (its script, its memory). */
  onError: ((message: string) => void) | null;
}

export interface CheckProgress {
  /** Share of all runs' simulated time done, from 0 to 1. */
  share: number;
  /** Runs finished, of `total`. */
  finished: number;
  total: number;
}

export interface CheckFailure {
  /** The run it happened in (an index into the runs), or null when no run can be named. */
  run: number | null;
  message: string;
}

export interface CheckCallbacks<R> {
  progress(p: CheckProgress): void;
  /** Every run's result, in the order of the runs. */
  done(results: R[]): void;
  failed(failure: CheckFailure): void;
}

export interface RunningCheck {
  /** How many workers the check was spread over. */
  workers: number;
  /** Stops every worker at once; no callback follows. */
  cancel(): void;
}

/** How many workers for `runs` runs on a machine with `cores` logical cores. */
export function workerCount(cores: number, runs: number): number {
  const c = Number.isFinite(cores) && cores >= 1 ? Math.floor(cores) : 1;
  return Math.max(1, Math.min(c, runs, CAPACITY_WORKERS_MAX));
}

export function startCheck<K extends CheckJobKind>(
  kind: K,
  runs: readonly CheckRunOf<K>[],
  cores: number,
  spawn: (index: number) => CapacityPort,
  cb: CheckCallbacks<CheckResultOf<K>>,
): RunningCheck {
  const total = runs.length;
  const results: CheckResultOf<K>[] = new Array(total);
  /** Share of each run done (1 once measured). */
  const shares = new Array<number>(total).fill(0);
  let next = 0;
  let finished = 0;
  let over = false;
  const ports: CapacityPort[] = [];
  /** The run each worker is on, by worker index (-1: idle). */
  const current: number[] = [];

  const stop = () => {
    over = true;
    for (const p of ports) {
      p.onMessage = null;
      p.onError = null;
      p.terminate();
    }
  };
  const fail = (failure: CheckFailure) => {
    if (over) return;
    stop();
    cb.failed(failure);
  };
  const report = () => {
    const sum = shares.reduce((a, b) => a + b, 0);
    cb.progress({ share: total === 0 ? 1 : sum / total, finished, total });
  };
  const feed = (w: number) => {
    if (next >= total) {
      current[w] = -1;
      return;
    }
    const job = next++;
    current[w] = job;
    // The union's member for K: TypeScript cannot narrow a generic key to one member by itself.
    const task = { kind, run: runs[job]! } as CheckTask;
    ports[w]!.post(versioned({ type: 'run', job, task }));
  };
  const onMessage = (w: number, data: unknown) => {
    if (over) return;
    const got = receive<FromCapacityWorkerBody>(data);
    if (!got.ok) return fail({ run: current[w]! >= 0 ? current[w]! : null, message: got.error });
    const m = got.message;
    if (m.job !== current[w]) {
      return fail({
        run: current[w]! >= 0 ? current[w]! : null,
        message: `capacity worker ${w} answered run ${m.job} while on run ${current[w]}`,
      });
    }
    switch (m.type) {
      case 'progress':
        shares[m.job] = m.totalMs > 0 ? Math.min(1, Math.max(0, m.doneMs / m.totalMs)) : 0;
        report();
        return;
      case 'failed':
        return fail({ run: m.job, message: m.message });
      case 'measured':
        if (m.outcome.kind !== kind)
          return fail({
            run: m.job,
            message: `capacity worker ${w} answered a ${m.outcome.kind} run for a ${kind} check`,
          });
        results[m.job] = m.outcome.result as CheckResultOf<K>;
        shares[m.job] = 1;
        finished++;
        report();
        if (finished === total) {
          stop();
          cb.done(results);
          return;
        }
        feed(w);
        return;
    }
  };

  const n = workerCount(cores, total);
  if (total === 0) {
    over = true;
    cb.done([]);
    return { workers: 0, cancel: () => {} };
  }
  try {
    for (let w = 0; w < n; w++) {
      const port = spawn(w);
      ports.push(port);
      current.push(-1);
      port.onMessage = (data) => onMessage(w, data);
      port.onError = (message) => fail({ run: current[w]! >= 0 ? current[w]! : null, message });
    }
  } catch (e) {
    fail({ run: null, message: e instanceof Error ? e.message : String(e) });
    return { workers: 0, cancel: () => {} };
  }
  for (let w = 0; w < n && !over; w++) feed(w);
  return {
    workers: n,
    cancel: () => {
      if (!over) stop();
    },
  };
}
