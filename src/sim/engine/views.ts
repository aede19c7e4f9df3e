/**
 * Read-only views of a run for code above the simulation (the worker's projections, the CLI): the
 * world without its kernel queue, and functions for what the queue holds that a view draws (the
 * live timers, the messages in flight). The queue's layout (a binary heap of kernel events) stays
 * the engine's own business: it may change without touching anything outside src/sim.
 */
import type { ClientMessage } from '../client/clientMessages';
import type { Message } from '../zab/messages';
import type { TimerName } from '../zab/port';
import type { KernelEvent, ServerRecord, World } from './world';

/**
 * One server's record as the views read it; of the events held while frozen, only how many (the
 * events themselves are kernel events, the engine's own).
 */
export type ServerRecordView = Readonly<Omit<ServerRecord, 'backlog'>> & {
  readonly backlog: { readonly length: number };
};

/**
 * The world as the views read it: everything but the kernel queue, the PRNG streams and the
 * checker's working state. Read-only by type at its first level; the nested data is read-only by
 * convention (DESIGN.md section 3: the worker projects, it never changes the run).
 */
export type WorldView = Readonly<Omit<World, 'queue' | 'rng' | 'checker' | 'servers'>> & {
  readonly servers: readonly ServerRecordView[];
};

/** A timer that will fire: its server still holds the token the queued event carries. */
export interface LiveTimer {
  sid: number;
  name: TimerName;
  dueMs: number;
}

/** A message sent and not yet delivered or dropped. */
export interface PendingMessage {
  id: number;
  from: number;
  to: number;
  msg: Readonly<Message | ClientMessage>;
  sentAtMs: number;
  /** When the kernel will deliver it (or drop it, if a partition or a crash intervenes). */
  atMs: number;
}

/**
 * The timers that will fire, in queue order (not sorted). A re-armed or cancelled timer leaves
 * its old event in the queue; it is live only while the server still holds its token.
 */
export function liveTimers(world: World): LiveTimer[] {
  const out: LiveTimer[] = [];
  for (const ev of world.queue.heap as KernelEvent[]) {
    if (ev.kind !== 'timer') continue;
    const rec = world.servers[ev.sid - 1];
    if (!rec || !rec.up || rec.timers[ev.name] !== ev.token) continue;
    out.push({ sid: ev.sid, name: ev.name, dueMs: ev.timeMs });
  }
  return out;
}

/** Every message in flight, in queue order (not sorted). */
export function pendingMessages(world: World): PendingMessage[] {
  const out: PendingMessage[] = [];
  for (const ev of world.queue.heap as KernelEvent[]) {
    if (ev.kind !== 'deliver') continue;
    const { id, from, to, msg, sentAtMs } = ev;
    out.push({ id, from, to, msg, sentAtMs, atMs: ev.timeMs });
  }
  return out;
}
