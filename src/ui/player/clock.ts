/**
 * The display clock, as a pure function: how far display time moves in one animation tick. At a
 * rate, simulated time advances by rate x real time. Below real time (rates under
 * SKIP_BELOW_RATE), while nothing is in flight it moves at QUIET_RATE (quiet stretches, such as
 * the wait for the next ping or a timeout, would otherwise last minutes at slow speeds), but never
 * past the next event, so no message is skipped; the output says when it does, and the speed
 * control shows it. At 1x and above the rate is exact: 1x is real time. In event mode, display
 * time glides from the current event to the next one and then asks for exactly one event.
 */
import type { Speed } from './speeds';

/** Simulated ms per real ms, at least, while nothing is in flight (below real time only). */
export const QUIET_RATE = 2;
/** Quiet stretches are skipped only at rates below this: 1x is real time, always. */
export const SKIP_BELOW_RATE = 1;
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
  /** True while a quiet stretch passes faster than the chosen rate. */
  skipping: boolean;
}

export function tickClock(c: ClockInput): ClockOutput {
  const dt = Math.max(0, Math.min(c.dtMs, MAX_TICK_MS));
  if (c.speed.kind === 'event') {
    const target = c.nextEventMs ?? c.untilMs;
    const glideMs = c.glideMs + dt;
    const f = Math.min(1, glideMs / c.speed.intervalMs);
    const displayMs = c.nowMs + (target - c.nowMs) * f;
    if (f < 1 || c.nextEventMs === null)
      return { displayMs, glideMs, request: null, skipping: false };
    const request = { displayMs: target, maxEvents: 1 };
    return { displayMs: target, glideMs: 0, request, skipping: false };
  }
  const chosen = c.speed.rate;
  const quiet = c.inFlight === 0 && c.nextEventMs !== null && c.nextEventMs > c.displayMs;
  const skipping = c.skipQuiet && quiet && chosen < SKIP_BELOW_RATE && QUIET_RATE > chosen;
  let displayMs = c.displayMs + dt * (skipping ? QUIET_RATE : chosen);
  // The quiet speed-up stops at the next event, but never makes time slower than the chosen
  // rate: a run whose events are dense but carry no message (the load-balancing lab's requests)
  // would otherwise crawl from one event to the next.
  if (skipping)
    displayMs = Math.max(c.displayMs + dt * chosen, Math.min(displayMs, c.nextEventMs as number));
  displayMs = Math.min(displayMs, c.untilMs);
  return { displayMs, glideMs: 0, request: { displayMs, maxEvents: null }, skipping };
}
