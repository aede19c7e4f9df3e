/**
 * One message by hand (issue 16, part 4): a person or a scenario drops, or holds back, one
 * particular message in flight, named by its send number (the network's `nextMessageId` when it
 * was sent), which is the same at every replay of the same run.
 *
 * ZooKeeper's servers talk over TCP, and TCP never loses one segment of a live connection and
 * then delivers the next: it retransmits, and if the path stays dead the connection breaks. So a
 * drop here means what a lost message means on TCP:
 * - on a connection (a learner connection's packets, its ACCEPT, a client's requests and replies)
 *   the connection breaks with it: nothing more is delivered on it, and the next packet either
 *   end sends is answered with a reset (CLOSE), exactly as when a partition swallows a packet
 *   (engine/simulation.ts, `deliver`). Both ends then do what ZooKeeper does on a broken socket:
 *   a learner goes back to LOOKING and synchronizes again, the leader drops its LearnerHandler.
 * - a Notification travels on the election channels (QuorumCnxManager), which the simulation does
 *   not model as connections, as for a partition: the message is lost, and Fast Leader Election
 *   recovers through its notification back-off (`timer.notification`), which sends the vote again.
 * - a CONNECT is a connection attempt that never arrives (no connection exists yet to break).
 * A delay holds the message for `byMs` more, and with it every later message on the same directed
 * link: a TCP stream is FIFO, so what was sent after it waits behind it (head-of-line blocking).
 */
import { push } from '../kernel/eventQueue';
import type { HandNoop } from '../scenario/whyInput';
import type { KernelEvent, World } from './world';

type Deliver = Extract<KernelEvent, { kind: 'deliver' }>;

/** What a message by hand found: the message (its ends and kind), or why nothing happened. */
export type HandResult =
  | { ok: true; from: number; to: number; label: string; deliverAtMs: number }
  | { ok: false; noop: HandNoop };

/** The kind a person reads: a packet's own type, or the message's. */
export function labelOf(ev: Deliver): string {
  return ev.msg.kind === 'PACKET' ? ev.msg.packet.kind : ev.msg.kind;
}

/** The queued delivery of message `id`, or why there is none. */
export function findInFlight(world: World, id: number): Deliver | HandNoop {
  if (!Number.isSafeInteger(id) || id < 0 || id >= world.net.nextMessageId)
    return 'no-such-message';
  for (const ev of world.queue.heap)
    if (ev.kind === 'deliver' && ev.id === id) return ev.from === ev.to ? 'loopback' : ev;
  return 'not-in-flight';
}

/** Whether the message can be acted on now (the worker refuses a person's command otherwise). */
export function checkInFlight(world: World, id: number): HandResult {
  const ev = findInFlight(world, id);
  if (typeof ev === 'string') return { ok: false, noop: ev };
  return { ok: true, from: ev.from, to: ev.to, label: labelOf(ev), deliverAtMs: ev.timeMs };
}

/**
 * Queued events are shared with checkpoints (eventQueue.ts: immutable once queued), so events are
 * never changed in place: the ones to change are taken out, the heap is rebuilt (a sorted array
 * is a valid heap), and their replacements are pushed again.
 */
function takeOut(world: World, keep: (ev: KernelEvent) => boolean): void {
  const q = world.queue;
  q.heap = q.heap.filter(keep);
  q.heap.sort((a, b) => a.timeMs - b.timeMs || a.seq - b.seq);
}

/** Does the message travel on an established TCP connection (which its loss breaks)? */
function connOf(ev: Deliver): number | null {
  const m = ev.msg;
  if (m.kind === 'CONNECT' || m.kind === 'ZK_CONNECT' || m.kind === 'Notification') return null;
  return 'conn' in m && typeof m.conn === 'number' ? m.conn : null;
}

/** Drops message `id`; the caller writes the trace (a `drop` entry with reason 'dropped by hand'). */
export function dropMessage(world: World, id: number): HandResult {
  const ev = findInFlight(world, id);
  if (typeof ev === 'string') return { ok: false, noop: ev };
  takeOut(world, (e) => e !== ev);
  const conn = connOf(ev);
  if (conn !== null) delete world.conns[String(conn)];
  return { ok: true, from: ev.from, to: ev.to, label: labelOf(ev), deliverAtMs: ev.timeMs };
}

/**
 * Delivers message `id` `byMs` later than planned, and every message sent after it on the same
 * directed link no earlier than that (FIFO). The link's later sends queue behind it as well.
 */
export function delayMessage(world: World, id: number, byMs: number): HandResult {
  const ev = findInFlight(world, id);
  if (typeof ev === 'string') return { ok: false, noop: ev };
  const heldUntil = ev.timeMs + byMs;
  const behind = (e: KernelEvent): e is Deliver =>
    e.kind === 'deliver' && e.from === ev.from && e.to === ev.to && e.id >= id;
  const moved = world.queue.heap.filter(behind).sort((a, b) => a.id - b.id);
  takeOut(world, (e) => !behind(e));
  for (const e of moved) {
    const { seq: _seq, ...rest } = e;
    push(world.queue, { ...rest, timeMs: Math.max(e.timeMs, heldUntil) } as Omit<
      KernelEvent,
      'seq'
    >);
  }
  const key = `${ev.from}>${ev.to}`;
  world.net.lastDeliveryMs[key] = Math.max(world.net.lastDeliveryMs[key] ?? 0, heldUntil);
  return { ok: true, from: ev.from, to: ev.to, label: labelOf(ev), deliverAtMs: heldUntil };
}
