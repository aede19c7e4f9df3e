/**
 * A paused client process (client-freeze, a long GC pause): its timers fire but nothing handles
 * them, and what arrives from the network waits in the socket, unread. The record's `paused` list
 * keeps both in order; client-unfreeze hands them back to be run at once, in that order, which is
 * what a JVM does when its threads wake (the read timeout is then long past, so the client
 * disconnects, and learns on reconnecting whether its session survived).
 */
import type { ClientBacklogEntry, ClientRecord } from './world';

export function isPaused(rec: ClientRecord): boolean {
  return rec.paused !== undefined;
}

/** Keeps `entry` for later when the process is paused; false when it should run now. */
export function holdIfPaused(rec: ClientRecord, entry: ClientBacklogEntry): boolean {
  if (!rec.paused) return false;
  rec.paused.push(entry);
  return true;
}

export function pause(rec: ClientRecord): void {
  rec.paused = [];
}

/** Ends the pause; returns what waited, oldest first. */
export function resume(rec: ClientRecord): ClientBacklogEntry[] {
  const backlog = rec.paused ?? [];
  delete rec.paused;
  return backlog;
}
