/**
 * Pure geometry of messages: where a link between two cards starts and ends (on the cards'
 * borders, not their centres), where a message is at a given display time, and where a dropped
 * message falls. Positions depend only on (frame data, display time), never on a running
 * animation, so stepping back or scrubbing shows exactly the right picture.
 */
export interface Point {
  x: number;
  y: number;
}

/** Where the ray from a card's centre toward `toward` leaves the card (half sizes hw, hh). */
export function rectExit(center: Point, toward: Point, hw: number, hh: number): Point {
  const dx = toward.x - center.x;
  const dy = toward.y - center.y;
  if (dx === 0 && dy === 0) return { ...center };
  const sx = dx === 0 ? Infinity : hw / Math.abs(dx);
  const sy = dy === 0 ? Infinity : hh / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: center.x + dx * s, y: center.y + dy * s };
}

export interface Segment {
  a: Point;
  b: Point;
}

/**
 * The link from one card to another, shifted sideways by `offset` so that the two directions of
 * a pair travel on parallel lanes and never hide each other.
 */
export function linkSegment(
  from: Point,
  to: Point,
  hw: number,
  hh: number,
  offset: number,
): Segment {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const nx = (-dy / len) * offset;
  const ny = (dx / len) * offset;
  const a = rectExit(from, to, hw, hh);
  const b = rectExit(to, from, hw, hh);
  return { a: { x: a.x + nx, y: a.y + ny }, b: { x: b.x + nx, y: b.y + ny } };
}

/** Progress of a message in [0, 1]: (display - sent) / (delivery - sent). */
export function progress(displayMs: number, sentAtMs: number, atMs: number): number {
  if (atMs <= sentAtMs) return displayMs >= atMs ? 1 : 0;
  return Math.max(0, Math.min(1, (displayMs - sentAtMs) / (atMs - sentAtMs)));
}

export function lerp(s: Segment, f: number): Point {
  return { x: s.a.x + (s.b.x - s.a.x) * f, y: s.a.y + (s.b.y - s.a.y) * f };
}

/** Where a message dropped at the receiver's end is drawn, `ageMs` after the drop, over `windowMs`. */
export function dropPoint(
  s: Segment,
  ageMs: number,
  windowMs: number,
  fallPx: number,
): { p: Point; fade: number } {
  const f = windowMs <= 0 ? 1 : Math.max(0, Math.min(1, ageMs / windowMs));
  const start = lerp(s, 0.88);
  return { p: { x: start.x, y: start.y + fallPx * f * f }, fade: 1 - f };
}

/** Fraction of a heartbeat bar: time left of a learner's read timeout, or the leader's ping phase. */
export function heartbeatFraction(
  displayMs: number,
  dueMs: number,
  spanMs: number,
  role: 'learner' | 'leader',
): number {
  if (spanMs <= 0) return 0;
  const left = Math.max(0, Math.min(1, (dueMs - displayMs) / spanMs));
  return role === 'learner' ? left : 1 - left;
}
