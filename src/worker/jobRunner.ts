/**
 * Runs one piece of long work (work.ts) at a time, a slice per turn of the worker's event loop, so
 * that messages from the page (a cancel, a newer seek) are read between slices. It reports
 * progress after every slice; the page decides when that is worth showing. Cancelling calls the
 * job's own `cancelled`, which puts back what was there; aborting (a newer request replaces the
 * job) drops it without a word.
 */
import type { JobKind } from '../protocol/messages';
import type { Work, WorkProgress } from './work';

export interface Job<R> {
  seq: number;
  kind: JobKind;
  work: Work<R>;
  done: (result: R) => void;
  cancelled: () => void;
}

export interface JobRunnerHooks {
  /** Runs fn on a later turn of the event loop (after pending messages). */
  schedule: (fn: () => void) => void;
  clock: () => number;
  progress: (seq: number, kind: JobKind, p: WorkProgress, elapsedMs: number) => void;
  /** The runner has nothing left to do: queued requests may go on. */
  idle: () => void;
}

interface Running {
  job: Job<unknown>;
  startedAt: number;
}

export class JobRunner {
  private running: Running | null = null;

  constructor(private readonly hooks: JobRunnerHooks) {}

  get busy(): boolean {
    return this.running !== null;
  }

  get kind(): JobKind | null {
    return this.running?.job.kind ?? null;
  }

  /** Starts a job (replacing any other) and runs its first slice now: short work ends here. */
  start<R>(job: Job<R>): void {
    this.abort();
    this.running = { job: job as Job<unknown>, startedAt: this.hooks.clock() };
    this.pump();
  }

  /** Cancels the job with this seq, if it is the one running; true if it was. */
  cancel(seq: number): boolean {
    const r = this.running;
    if (!r || r.job.seq !== seq) return false;
    this.running = null;
    r.job.work.return(undefined as never);
    r.job.cancelled();
    this.hooks.idle();
    return true;
  }

  /** Drops the running job: a newer request replaces it, and its own answer will follow. */
  abort(): void {
    const r = this.running;
    if (!r) return;
    this.running = null;
    r.job.work.return(undefined as never);
  }

  private pump(): void {
    const r = this.running;
    if (!r) return;
    const step = r.job.work.next();
    if (this.running !== r) return;
    if (step.done) {
      this.running = null;
      r.job.done(step.value);
      this.hooks.idle();
      return;
    }
    this.hooks.progress(r.job.seq, r.job.kind, step.value, this.hooks.clock() - r.startedAt);
    this.hooks.schedule(() => {
      if (this.running === r) this.pump();
    });
  }
}
