/**
 * The queues the cost model's simulation is made of: an event loop over the kernel's event queue,
 * a FIFO single-server station (a CPU or one direction of a NIC) and a txn-log disk with group
 * commit. Every station keeps its busy time inside the measuring window, for the utilization law.
 *
 * A FIFO station with known service times needs no queue of its own: a job submitted now starts
 * when the previous one ends (jobs are submitted in time order), so its end is known at once and
 * one event (its continuation) is all it costs.
 */
import { createQueue, pop, push, type EventQueue } from '../kernel/eventQueue';

interface LoopEvent {
  timeMs: number;
  seq: number;
  run: () => void;
}

/** The measuring window, in simulated ms. */
export interface Window {
  startMs: number;
  endMs: number;
}

/** The part of [a, b] inside the window. */
export function overlapMs(a: number, b: number, w: Window): number {
  const lo = a > w.startMs ? a : w.startMs;
  const hi = b < w.endMs ? b : w.endMs;
  return hi > lo ? hi - lo : 0;
}

export class Loop {
  private readonly queue: EventQueue<LoopEvent> = createQueue<LoopEvent>();
  nowMs = 0;
  events = 0;

  at(timeMs: number, run: () => void): void {
    push(this.queue, { timeMs, run });
  }

  /** Runs one event; false when none is left or the next is past `untilMs`. */
  step(untilMs: number): boolean {
    const head = this.queue.heap[0];
    if (head === undefined || head.timeMs > untilMs) return false;
    const e = pop(this.queue) as LoopEvent;
    this.nowMs = e.timeMs;
    this.events++;
    e.run();
    return true;
  }
}

/** One server serving jobs first come, first served (a CPU, or a NIC's sending side). */
export class Station {
  private freeAtMs = 0;
  busyMs = 0;

  constructor(
    private readonly loop: Loop,
    private readonly window: Window,
  ) {}

  /** Queues a job of `serviceMs`; returns when it ends. */
  serve(serviceMs: number): number {
    const now = this.loop.nowMs;
    const start = this.freeAtMs > now ? this.freeAtMs : now;
    const end = start + serviceMs;
    this.freeAtMs = end;
    this.busyMs += overlapMs(start, end, this.window);
    return end;
  }

  /** Queues a job and runs `then` when it ends. */
  run(serviceMs: number, then: () => void): void {
    this.loop.at(this.serve(serviceMs), then);
  }
}

/**
 * The txn log's disk under SyncRequestProcessor's group commit: while an fsync runs, appended
 * txns wait; when it ends, one fsync covers every txn waiting (at most maxBatchSize), costing
 * fsyncMs plus the batch's bytes at the disk's bandwidth. Each txn's `done` runs when its fsync
 * ends (the follower then sends its ACK).
 */
export class GroupCommitDisk {
  private waiting: (() => void)[] = [];
  private syncing = false;
  busyMs = 0;
  fsyncs = 0;

  constructor(
    private readonly loop: Loop,
    private readonly window: Window,
    private readonly fsyncMs: number,
    private readonly msPerTxn: number,
    private readonly maxBatchSize: number,
  ) {}

  append(done: () => void): void {
    this.waiting.push(done);
    if (!this.syncing) this.flush();
  }

  private flush(): void {
    const batch =
      this.waiting.length <= this.maxBatchSize
        ? this.waiting
        : this.waiting.slice(0, this.maxBatchSize);
    this.waiting = batch === this.waiting ? [] : this.waiting.slice(this.maxBatchSize);
    const start = this.loop.nowMs;
    const end = start + this.fsyncMs + batch.length * this.msPerTxn;
    this.syncing = true;
    this.fsyncs++;
    this.busyMs += overlapMs(start, end, this.window);
    this.loop.at(end, () => {
      this.syncing = false;
      for (const done of batch) done();
      if (this.waiting.length > 0) this.flush();
    });
  }
}
