/**
 * Long work in the worker (a seek far ahead, the next change after a quiet minute, opening a link
 * at a distant event) runs as a generator that yields every SLICE_MS of wall-clock time with how
 * far it has got. The worker's job runner resumes it between messages, so the work always reaches
 * its target however slow the machine is, shows its progress, and can be cancelled; tests and
 * Node drain it at once with `finish`. Only the slicing depends on the wall clock: the
 * simulation's steps, and so the result, never do.
 */

/** How far a long request has got: simulated ms of a target time, or events of a target index. */
export interface WorkProgress {
  unit: 'ms' | 'events' | 'bytes';
  done: number;
  total: number;
}

export type Work<R> = Generator<WorkProgress, R, void>;

/** Wall-clock ms of work between two yields: short enough for a cancel to land promptly. */
export const SLICE_MS = 40;
/** Steps between two looks at the clock (the clock costs more than a step of the lab). */
export const CLOCK_EVERY = 128;

/** Runs a piece of work to its end, ignoring its progress. */
export function finish<R>(work: Work<R>): R {
  for (;;) {
    const r = work.next();
    if (r.done) return r.value;
  }
}

/**
 * Counts steps and says when a slice of wall-clock time is used up; `reset` starts the next
 * slice. With a clock that never moves (tests), a slice never ends.
 */
export class Slicer {
  private n = 0;
  private t0: number;

  constructor(private readonly clock: () => number) {
    this.t0 = clock();
  }

  /** Call once per step; true when the slice is over (then yield, then reset). */
  tick(): boolean {
    this.n++;
    return (this.n & (CLOCK_EVERY - 1)) === 0 && this.clock() - this.t0 > SLICE_MS;
  }

  reset(): void {
    this.t0 = this.clock();
  }
}
