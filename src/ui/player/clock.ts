/**
 * The display clock, as a pure function: how far display time moves in one animation tick. At a
 * rate, simulated time advances by rate x real time; while nothing is in flight it may move at
 * least QUIET_RATE (quiet stretches, such as the wait for the next ping or a timeout, would
 * otherwise last minutes at slow speeds), but never past the next event, so no message is
 * skipped. In event mode, display time glides from the current event to the next one and then
 * asks for exactly one event.
 */
import type { Speed } from './speeds';

/** Simulated ms per real ms, at least, while nothing is in flight. */
export const QUIET_RATE = 2;
/** A longer gap between two animation ticks (a background tab) is not caught up. */
export const MAX_TICK_MS = 100;

export interface ClockInput {
  speed: Speed;
  displayMs: number;
  /** Real ms since the previous tick. */
  dtMs: number;
  nowMs: number;
  nextEventMs: number | null;
  untilMs: number;
  inFlight: number;
  skipQuiet: boolean;
  /** Event mode: real ms spent gliding toward the next event so far. */
  glideMs: number;
}

export interface ClockOutput {
  displayMs: number;
  glideMs: number;
  /** Ask the worker for events due by displayMs (at most one in event mode). */
  request: { displayMs: number; maxEvents: number | null } | null;
}

export function tickClock(c: ClockInput): ClockOutput {
  const dt = Math.max(0, Math.min(c.dtMs, MAX_TICK_MS));
  if (c.speed.kind === 'event') {
    const target = c.nextEventMs ?? c.untilMs;
    const glideMs = c.glideMs + dt;
    const f = Math.min(1, glideMs / c.speed.intervalMs);
    const displayMs = c.nowMs + (target - c.nowMs) * f;
    if (f < 1 || c.nextEventMs === null) return { displayMs, glideMs, request: null };
    return { displayMs: target, glideMs: 0, request: { displayMs: target, maxEvents: 1 } };
  }
  let rate = c.speed.rate;
  const quiet = c.inFlight === 0 && c.nextEventMs !== null && c.nextEventMs > c.displayMs;
  if (c.skipQuiet && quiet) rate = Math.max(rate, QUIET_RATE);
  let displayMs = c.displayMs + dt * rate;
  // The quiet speed-up stops at the next event, but never makes time slower than the chosen
  // rate: a run whose events are dense but carry no message (the load-balancing lab's requests)
  // would otherwise crawl from one event to the next, a millisecond per tick at 1x.
  if (c.skipQuiet && quiet && rate > c.speed.rate)
    displayMs = Math.max(
      c.displayMs + dt * c.speed.rate,
      Math.min(displayMs, c.nextEventMs as number),
    );
  displayMs = Math.min(displayMs, c.untilMs);
  return { displayMs, glideMs: 0, request: { displayMs, maxEvents: null } };
}
