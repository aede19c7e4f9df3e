/**
 * Read-only views of a run for code above the simulation (the worker's projections, the CLI): the
 * world without its kernel queue (Simulation.view, a WorldView), and functions of a Simulation for
 * what the queue holds that a view draws (the live timers, the messages in flight, one message by
 * its id). The queue's layout (a binary heap of kernel events) and the World type stay the
 * engine's own business: they may change without touching anything outside src/sim, and lint
 * keeps src/worker and src/ui from reading `Simulation.world` (eslint.config.js).
 */
import type { ClientMessage } from '../client/clientMessages';
import type { Message } from '../zab/messages';
import type { TimerName } from '../zab/port';
import { checkInFlight as checkInFlightIn, type HandResult } from './handMessages';
import type { Simulation } from './simulation';
import type { KernelEvent, WorldView } from './world';
import type { CostReport } from '../scenario/types';
import { costReport } from './cost/costReport';

export type { ServerRecordView, WorldView } from './world';

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
export function liveTimers(sim: Simulation): LiveTimer[] {
  const world = sim.world;
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
export function pendingMessages(sim: Simulation): PendingMessage[] {
  const out: PendingMessage[] = [];
  for (const ev of sim.world.queue.heap as KernelEvent[]) {
    if (ev.kind !== 'deliver') continue;
    const { id, from, to, msg, sentAtMs } = ev;
    out.push({ id, from, to, msg, sentAtMs, atMs: ev.timeMs });
  }
  return out;
}

/** Whether message `id` is in flight, so a person may drop or delay it (engine/handMessages.ts). */
export function checkInFlight(sim: Simulation, id: number): HandResult {
  return checkInFlightIn(sim.world, id);
}

/**
 * The report's cost block as it stands at the view's moment (the measuring window then ends at
 * nowMs, not untilMs), or null when the scenario has no cost section. Before measureFromMs the
 * window is empty and every rate and share is 0.
 */
export function costSoFar(view: WorldView): CostReport | null {
  return view.cost && view.scenario.cost ? costReport(view) : null;
}
