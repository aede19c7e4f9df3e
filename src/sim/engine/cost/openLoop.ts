/**
 * The open loop's bookkeeping (costSection.ts `workload: "open"`), pure operations on its plain
 * data (costState.ts OpenLoop); workload.ts runs the requests. Requests arrive as a Poisson
 * process at the offered rate, each for a client drawn uniformly among the clients that own
 * in-flight slots, as the cost model's own simulation draws them (costsim/measure.ts `offered`).
 * A client whose slots are all in flight queues the request in FIFO order and sends it when a
 * reply frees a slot: ZooKeeper's client queues whatever the application submits
 * (ClientCnxn.submitRequest puts the packet on outgoingQueue; nothing there refuses it), so the
 * request's latency counts its wait in the queue. Past COST_QUEUED_MAX waiting in all, an arrival
 * is refused and counted, the simulation's bound on memory where a JVM would run out of heap.
 */
import { nextExponential, nextInt } from '../../kernel/prng';
import type { OpenLoop, QueuedRequest } from './costState';
import { nsRound } from './stations';

/**
 * The open loop's requests waiting in the clients' queues, at most, in all. ZooKeeper's client
 * queues without a bound (until its JVM runs out of heap); the simulation keeps one so that a run
 * far past saturation holds bounded memory: an arrival finding the queues full is refused and
 * counted (`refused` in the report). 100,000 is 25 simulated seconds of a 4,000 ops/s overload.
 */
export const COST_QUEUED_MAX = 100_000;

/** When the arrival after one at `nowMs` comes. */
export function nextArrivalMs(open: OpenLoop, nowMs: number, offeredOpsPerSec: number): number {
  return nsRound(nowMs + nextExponential(open.rng, 1000 / offeredOpsPerSec));
}

/** The client an arrival is for. */
export function drawOwner(open: OpenLoop): number {
  return nextInt(open.rng, 0, open.owners - 1);
}

/** A free slot of the client, taken; or null when all its slots are in flight. */
export function takeFreeSlot(open: OpenLoop, owner: number): number | null {
  return (open.free[owner] as number[]).pop() ?? null;
}

/** Queues a request at its client; false when the queues hold COST_QUEUED_MAX already. */
export function enqueue(open: OpenLoop, owner: number, request: QueuedRequest): boolean {
  if (open.queued >= COST_QUEUED_MAX) {
    open.refused++;
    return false;
  }
  (open.queues[owner] as QueuedRequest[]).push(request);
  open.queued++;
  if (open.queued > open.queuedMax) open.queuedMax = open.queued;
  return true;
}

/** The client's oldest waiting request, taken off its queue; or null when none waits. */
export function dequeue(open: OpenLoop, owner: number): QueuedRequest | null {
  const queue = open.queues[owner] as QueuedRequest[];
  const head = open.heads[owner] as number;
  if (head >= queue.length) return null;
  const request = queue[head] as QueuedRequest;
  open.queued--;
  // Drop the taken part once it is most of the array: amortized O(1) per request.
  if (head + 1 === queue.length) {
    open.queues[owner] = [];
    open.heads[owner] = 0;
  } else if (head + 1 >= 1024 && (head + 1) * 2 >= queue.length) {
    open.queues[owner] = queue.slice(head + 1);
    open.heads[owner] = 0;
  } else {
    open.heads[owner] = head + 1;
  }
  return request;
}

/** Gives a slot back to its client (nothing of its waited). */
export function freeSlot(open: OpenLoop, owner: number, slot: number): void {
  (open.free[owner] as number[]).push(slot);
}
