/**
 * One strategy's copy of the backend pool: what happens to a request once the strategy has picked
 * a backend. A backend has `slots` servers working first come, first served, and a queue of at
 * most `queueMax` requests in front of them.
 *
 * - Picked onto a dead backend (killed, but still in the balancer's view because its session has
 *   not expired yet), or onto one that was removed (it takes no new requests): failed at once.
 * - A free slot: service starts now and lasts work × meanServiceMs × slowFactor, rounded to a
 *   whole millisecond (the kernel's clock is integer ms), at least 1.
 * - All slots busy: the request waits in the queue; with a full queue it is dropped at once.
 *
 * Outcomes go through the host, which hands them to the strategy (observe) and the metrics. Each
 * backend's load also counts what happened to the requests picked onto it (admitted, dropped,
 * failed), so the app can show where each strategy's requests went.
 */
import type { Outcome } from '../lb/types';
import type { BackendLoad, LabBackend, QueuedJob, StrategyRun } from './labTypes';

export interface PoolHost {
  readonly nowMs: number;
  /** Schedules the completion of job `job` on backend `backend` of run `run`. */
  scheduleDone(atMs: number, run: number, backend: number, job: number, incarnation: number): void;
  /** A request of `run` ended. */
  finish(run: StrategyRun, outcome: Outcome): void;
}

export function serviceMs(b: LabBackend, work: number): number {
  return Math.max(1, Math.round(work * b.spec.meanServiceMs * b.slowFactor));
}

function startService(
  host: PoolHost,
  r: number,
  load: BackendLoad,
  k: number,
  b: LabBackend,
  job: QueuedJob,
): void {
  const now = host.nowMs;
  load.serving.push({ id: job.id, arrivedMs: job.arrivedMs, startMs: now });
  host.scheduleDone(now + serviceMs(b, job.work), r, k, job.id, b.incarnation);
}

/** A request the strategy of run `r` sent to backend `k`. */
export function admit(
  host: PoolHost,
  runs: StrategyRun[],
  r: number,
  backends: LabBackend[],
  k: number,
  job: QueuedJob,
): void {
  const run = runs[r] as StrategyRun;
  const b = backends[k] as LabBackend;
  const load = run.load[k] as BackendLoad;
  const id = b.spec.id;
  if (!b.alive || b.removed) {
    load.failed++;
    return host.finish(run, { backend: id, latencyMs: 0, ok: false, kind: 'failed' });
  }
  if (load.serving.length < b.spec.slots) {
    load.admitted++;
    return startService(host, r, load, k, b, job);
  }
  if (load.queue.length >= b.spec.queueMax) {
    load.dropped++;
    return host.finish(run, { backend: id, latencyMs: 0, ok: false, kind: 'dropped' });
  }
  load.admitted++;
  load.queue.push(job);
  if (load.queue.length > load.queuePeak) load.queuePeak = load.queue.length;
}

/** A completion event; void if the backend was killed since the service started. */
export function complete(
  host: PoolHost,
  runs: StrategyRun[],
  r: number,
  backends: LabBackend[],
  k: number,
  job: number,
  incarnation: number,
): void {
  const run = runs[r] as StrategyRun;
  const b = backends[k] as LabBackend;
  const load = run.load[k] as BackendLoad;
  if (b.incarnation !== incarnation) return;
  const i = load.serving.findIndex((s) => s.id === job);
  if (i < 0) return;
  const s = load.serving[i]!;
  load.serving.splice(i, 1);
  const now = host.nowMs;
  load.busyMs += now - s.startMs;
  load.served++;
  host.finish(run, {
    backend: b.spec.id,
    latencyMs: now - s.arrivedMs,
    ok: true,
    kind: 'completed',
  });
  // A removed backend still drains its queue; a dead one has none.
  const next = load.queue.shift();
  if (next !== undefined) startService(host, r, load, k, b, next);
}

/** kill-backend, in one run's pool: what it was serving and what was queued fail now. */
export function failAllOn(host: PoolHost, run: StrategyRun, b: LabBackend, k: number): void {
  const load = run.load[k] as BackendLoad;
  const now = host.nowMs;
  const serving = load.serving;
  const queue = load.queue;
  load.serving = [];
  load.queue = [];
  load.failed += serving.length + queue.length;
  for (const s of serving) {
    load.busyMs += now - s.startMs;
    host.finish(run, {
      backend: b.spec.id,
      latencyMs: now - s.arrivedMs,
      ok: false,
      kind: 'failed',
    });
  }
  for (const q of queue)
    host.finish(run, {
      backend: b.spec.id,
      latencyMs: now - q.arrivedMs,
      ok: false,
      kind: 'failed',
    });
}

/** Slot-ms busy up to now, the services in progress included. */
export function busyMsAt(load: BackendLoad, nowMs: number): number {
  let busy = load.busyMs;
  for (const s of load.serving) busy += nowMs - s.startMs;
  return busy;
}
