/**
 * One pool of capacity workers serving every check by simulation of the Plan view at once:
 * `capacity` (plan points x seeds on the cost model, "Check by simulation") and `backends`
 * (sizing points x seeds on the lab, the Backends section). A worker runs either kind
 * (protocol/capacity.ts). Before, each check started its own workers, one per core, so running
 * both at once put two workers on every core; now the pool never holds more workers than cores,
 * and the checks share them. Pure: it talks to workers through `CapacityPort`, so the
 * scheduling, the progress arithmetic, cancel and failures are tested in Node with fake workers
 * (capacityScheduler.test.ts); capacityPool.ts gives it real `Worker`s.
 *
 * A worker gets its next run only when it has answered the last, so a fast worker takes more
 * runs than a slow one. When a worker is free, the checks with runs left take turns (round
 * robin, one run each), so a check started second is not stuck behind the whole of the first:
 * it waits at most for one run to end. Each check gathers its results in the order its runs were
 * given, whatever order they finish in, and has its own progress, cancel and failure.
 *
 * Cancelling a check, or its failure (a measurement that throws, a worker that dies, a message of
 * another protocol version), terminates only the workers busy with its runs (a run is one
 * synchronous call with no way to stop it but terminating its worker); the other checks' runs go
 * on, and a new worker is started for them if there are runs to give it. When no check is left,
 * every worker is terminated, so nothing runs unseen and their memory is freed.
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
  /** How many workers the check may use at most (it shares them with any other check). */
  workers: number;
  /** Stops the check's runs at once; no callback follows. Other checks go on. */
  cancel(): void;
}

export interface CapacityPool {
  start<K extends CheckJobKind>(
    kind: K,
    runs: readonly CheckRunOf<K>[],
    cb: CheckCallbacks<CheckResultOf<K>>,
  ): RunningCheck;
  /** Workers alive now. */
  readonly size: number;
}

/** How many workers for `runs` runs on a machine with `cores` logical cores. */
export function workerCount(cores: number, runs: number): number {
  const c = Number.isFinite(cores) && cores >= 1 ? Math.floor(cores) : 1;
  return Math.max(1, Math.min(c, runs, CAPACITY_WORKERS_MAX));
}

/** A check as the pool keeps it; the kind's types are checked at `start`, where they are known. */
interface Check {
  kind: CheckJobKind;
  runs: readonly unknown[];
  results: unknown[];
  /** Share of each run done (1 once measured). */
  shares: number[];
  /** The next run to hand out. */
  next: number;
  finished: number;
  over: boolean;
  /** When it was last given a run (the pool's job id), -1 before its first. */
  servedAt: number;
  cb: CheckCallbacks<unknown>;
}

interface Slot {
  port: CapacityPort;
  /** The worker's number, for messages. */
  index: number;
  /** What it is running: the pool-wide job id, its check and the run's index in it. */
  job: { id: number; check: Check; run: number } | null;
}

export function createCapacityPool(
  cores: number,
  spawn: (index: number) => CapacityPort,
): CapacityPool {
  const limit = workerCount(cores, Number.POSITIVE_INFINITY);
  let slots: Slot[] = [];
  /** Checks with runs left or in flight, in the order they were started. */
  let checks: Check[] = [];
  let spawned = 0;
  let nextJob = 0;

  const kill = (slot: Slot) => {
    slot.port.onMessage = null;
    slot.port.onError = null;
    slot.port.terminate();
    slots = slots.filter((s) => s !== slot);
  };
  /** Ends a check: its busy workers are stopped. The caller calls back, then pumps. */
  const end = (check: Check) => {
    check.over = true;
    checks = checks.filter((c) => c !== check);
    for (const s of slots.filter((x) => x.job?.check === check)) kill(s);
  };
  const fail = (check: Check, failure: CheckFailure) => {
    if (check.over) return;
    end(check);
    check.cb.failed(failure);
  };
  const report = (c: Check) => {
    const sum = c.shares.reduce((a, b) => a + b, 0);
    c.cb.progress({ share: sum / c.runs.length, finished: c.finished, total: c.runs.length });
  };
  const spawnSlot = (): Slot => {
    const slot: Slot = { port: spawn(spawned), index: spawned, job: null };
    spawned++;
    slots.push(slot);
    slot.port.onMessage = (data) => onMessage(slot, data);
    slot.port.onError = (message) => onError(slot, message);
    return slot;
  };
  /** Gives free (or new) workers runs, the checks taking turns; stops every worker when idle. */
  const pump = () => {
    for (;;) {
      // The check with runs left that was served longest ago (a new one first).
      let check: Check | undefined;
      for (const c of checks)
        if (c.next < c.runs.length && (check === undefined || c.servedAt < check.servedAt))
          check = c;
      if (check === undefined) break;
      let slot = slots.find((s) => s.job === null);
      if (slot === undefined) {
        if (slots.length >= limit) break;
        try {
          slot = spawnSlot();
        } catch (e) {
          fail(check, { run: null, message: e instanceof Error ? e.message : String(e) });
          continue;
        }
      }
      const run = check.next++;
      const id = nextJob++;
      slot.job = { id, check, run };
      check.servedAt = id;
      const task = { kind: check.kind, run: check.runs[run] } as CheckTask;
      slot.port.post(versioned({ type: 'run', job: id, task }));
    }
    if (checks.length === 0) for (const s of slots.slice()) kill(s);
  };
  const onError = (slot: Slot, message: string) => {
    const job = slot.job;
    kill(slot);
    if (job !== null) fail(job.check, { run: job.run, message });
    pump();
  };
  const onMessage = (slot: Slot, data: unknown) => {
    const job = slot.job;
    const got = receive<FromCapacityWorkerBody>(data);
    if (job === null || !got.ok || got.message.job !== job.id) {
      // A worker that speaks out of turn is not trusted with another run.
      kill(slot);
      if (job !== null)
        fail(job.check, {
          run: job.run,
          message: got.ok
            ? `capacity worker ${slot.index} answered run ${got.message.job} while on run ${job.id}`
            : got.error,
        });
      pump();
      return;
    }
    const m = got.message;
    const check = job.check;
    switch (m.type) {
      case 'progress':
        check.shares[job.run] = m.totalMs > 0 ? Math.min(1, Math.max(0, m.doneMs / m.totalMs)) : 0;
        report(check);
        return;
      case 'failed':
        fail(check, { run: job.run, message: m.message });
        pump();
        return;
      case 'measured':
        if (m.outcome.kind !== check.kind) {
          fail(check, {
            run: job.run,
            message: `capacity worker ${slot.index} answered a ${m.outcome.kind} run for a ${check.kind} check`,
          });
          pump();
          return;
        }
        slot.job = null;
        check.results[job.run] = m.outcome.result;
        check.shares[job.run] = 1;
        check.finished++;
        report(check);
        if (check.finished === check.runs.length) {
          end(check);
          check.cb.done(check.results);
        }
        pump();
        return;
    }
  };

  return {
    start<K extends CheckJobKind>(
      kind: K,
      runs: readonly CheckRunOf<K>[],
      cb: CheckCallbacks<CheckResultOf<K>>,
    ): RunningCheck {
      if (runs.length === 0) {
        cb.done([]);
        return { workers: 0, cancel: () => {} };
      }
      const check: Check = {
        kind,
        runs,
        results: new Array(runs.length),
        shares: new Array<number>(runs.length).fill(0),
        next: 0,
        finished: 0,
        over: false,
        servedAt: -1,
        // The results stored for this check are its kind's: `measured` answers are checked
        // against `kind` before they are kept.
        cb: cb as CheckCallbacks<unknown>,
      };
      checks.push(check);
      pump();
      return {
        workers: workerCount(cores, runs.length),
        cancel: () => {
          if (check.over) return;
          end(check);
          pump();
        },
      };
    },
    get size() {
      return slots.length;
    },
  };
}
