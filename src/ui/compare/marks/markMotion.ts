/**
 * Where a request mark is, and how it looks, at a given age: pure geometry, tested in Node.
 *
 * Every mark first travels from the balancer to the top edge of the backend that got it, as a
 * dot, so a person sees a request go out before its outcome. Then:
 * - admitted: it has arrived; the backend's own slot and queue bars take over.
 * - dropped (queue full): it turns into a small downward triangle and falls past the backend,
 *   accelerating and fading, like a packet falling off a full queue.
 * - failed (backend dead or removed, or lost to a kill): it turns into a cross that stays at the
 *   backend a moment, so failures pile up visibly at the dead backend, then fades.
 *
 * With reduced motion nothing travels: each mark is a brief static flash at its outcome's place.
 * Ages are in wall-clock milliseconds: this is an illustration of counters that already changed,
 * not simulation state, and a 10x playback would otherwise make every request invisible.
 */
import type { MarkOutcome } from './markPlan';

export interface Point {
  x: number;
  y: number;
}

/** A backend box in the stage's coordinates (CSS pixels, origin at the stage's top left). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type MarkShape = 'dot' | 'drop' | 'cross';

export interface MarkPose {
  x: number;
  y: number;
  alpha: number;
  shape: MarkShape;
}

export const TRAVEL_MS = 450;
export const FALL_MS = 520;
/** How far below the box's bottom edge a dropped mark ends. */
export const FALL_BELOW_PX = 16;
export const FAIL_HOLD_MS = 700;
export const FAIL_FADE_MS = 300;
export const FLASH_MS: Record<MarkOutcome, number> = { admitted: 220, dropped: 450, failed: 900 };

/** Total life of a mark, after which it is recycled. */
export function markLifeMs(outcome: MarkOutcome, reduced: boolean): number {
  if (reduced) return FLASH_MS[outcome];
  if (outcome === 'dropped') return TRAVEL_MS + FALL_MS;
  if (outcome === 'failed') return TRAVEL_MS + FAIL_HOLD_MS + FAIL_FADE_MS;
  return TRAVEL_MS;
}

/** Ease in and out (cubic): the mark leaves gently, speeds up, and settles on the box. */
export function easeInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/**
 * Where along the box's top edge a mark lands: `lane` in [0, 1) spreads marks over the middle
 * 70% of the edge, so a stream of them does not collapse into one dot.
 */
export function landing(box: Box, lane: number): Point {
  return { x: box.x + box.w * (0.15 + 0.7 * lane), y: box.y };
}

/** True once the mark shows its outcome (at arrival; at once with reduced motion). */
export function hasLanded(ageMs: number, reduced: boolean): boolean {
  return reduced ? ageMs >= 0 : ageMs >= TRAVEL_MS;
}

/** The mark's pose at `ageMs`, or null before its start and after its life. */
export function markPose(
  outcome: MarkOutcome,
  from: Point,
  box: Box,
  lane: number,
  ageMs: number,
  reduced: boolean,
): MarkPose | null {
  if (ageMs < 0 || ageMs >= markLifeMs(outcome, reduced)) return null;
  const to = landing(box, lane);
  if (reduced) {
    if (outcome === 'admitted') return { ...to, alpha: 1, shape: 'dot' };
    if (outcome === 'dropped') return { x: to.x, y: box.y + box.h + 8, alpha: 1, shape: 'drop' };
    return { ...to, alpha: 1, shape: 'cross' };
  }
  if (ageMs < TRAVEL_MS) {
    const e = easeInOut(ageMs / TRAVEL_MS);
    return {
      x: from.x + (to.x - from.x) * e,
      y: from.y + (to.y - from.y) * e,
      alpha: 1,
      shape: 'dot',
    };
  }
  const after = ageMs - TRAVEL_MS;
  if (outcome === 'dropped') {
    const t = after / FALL_MS;
    const drift = (lane < 0.5 ? -1 : 1) * 8 * t;
    return {
      x: to.x + drift,
      y: to.y + (box.h + FALL_BELOW_PX) * t * t,
      alpha: 1 - t,
      shape: 'drop',
    };
  }
  const fade = Math.max(0, after - FAIL_HOLD_MS) / FAIL_FADE_MS;
  return { ...to, alpha: 1 - fade, shape: 'cross' };
}
