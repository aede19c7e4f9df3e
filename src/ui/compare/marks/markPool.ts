/**
 * A fixed pool of request marks for one panel: objects are allocated once and reused, so a
 * stream of hundreds of marks a second makes no garbage. Live marks are the first `size`
 * entries; a finished one is swapped with the last live one (draw order does not matter).
 */
import type { MarkOutcome } from './markPlan';

export interface Mark {
  backend: string;
  outcome: MarkOutcome;
  /** Wall-clock start (performance.now() milliseconds); the mark is hidden until then. */
  startMs: number;
  /** Where along the box's top edge it lands, in [0, 1). */
  lane: number;
  /** Whether its outcome has been shown (a failed mark is counted once, when it lands). */
  landed: boolean;
}

/** Marks alive at once per panel, at most: beyond it new marks are skipped. */
export const POOL_MAX = 1200;

export class MarkPool {
  readonly marks: Mark[] = [];
  size = 0;
  /** Marks skipped because the pool was full. */
  skipped = 0;

  constructor(readonly capacity = POOL_MAX) {}

  /** A recycled (or new) mark, already live; null when the pool is full. */
  spawn(backend: string, outcome: MarkOutcome, startMs: number, lane: number): Mark | null {
    if (this.size >= this.capacity) {
      this.skipped++;
      return null;
    }
    let m = this.marks[this.size];
    if (m === undefined) {
      m = { backend, outcome, startMs, lane, landed: false };
      this.marks.push(m);
    } else {
      m.backend = backend;
      m.outcome = outcome;
      m.startMs = startMs;
      m.lane = lane;
      m.landed = false;
    }
    this.size++;
    return m;
  }

  /** Retires the live mark at index i (the caller's loop must revisit index i). */
  retire(i: number): void {
    const last = this.size - 1;
    if (i !== last) {
      const m = this.marks[i]!;
      this.marks[i] = this.marks[last]!;
      this.marks[last] = m;
    }
    this.size = last;
  }

  clear(): void {
    this.size = 0;
  }
}
