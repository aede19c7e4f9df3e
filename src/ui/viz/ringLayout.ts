/**
 * Pure geometry of the ensemble view: server cards evenly spaced on an ellipse, the first at the
 * top, going clockwise in ascending sid order (so the picture never depends on arrival order).
 * The view box takes the shape of the space on screen, and the cards take the largest scale at
 * which they all fit inside it without touching: big on a projector, never overlapping.
 */
export interface Box {
  width: number;
  height: number;
}

export interface CardSize {
  width: number;
  height: number;
}

export interface CardPlace {
  sid: number;
  /** Centre of the card. */
  x: number;
  y: number;
  /** Angle on the ellipse, radians, 0 = right, clockwise (SVG's y points down). */
  angle: number;
}

export interface RingLayout {
  places: CardPlace[];
  /** Cards are drawn at CARD size times this. */
  scale: number;
  box: Box;
}

/** The view box is always 1000 units wide; its height follows the screen, within these bounds. */
export const VIEW_WIDTH = 1000;
export const VIEW_HEIGHT_MIN = 500;
export const VIEW_HEIGHT_MAX = 760;
export const CARD: CardSize = { width: 218, height: 118 };
const MARGIN = 8;
const GAP = 10;
const SCALE_MIN = 0.6;
const SCALE_MAX = 1.3;

/** The view box for a container of this size (its aspect ratio, clamped). */
export function viewBoxFor(width: number, height: number): Box {
  if (width <= 0 || height <= 0) return { width: VIEW_WIDTH, height: 680 };
  const h = Math.round((VIEW_WIDTH * height) / width);
  return { width: VIEW_WIDTH, height: Math.max(VIEW_HEIGHT_MIN, Math.min(VIEW_HEIGHT_MAX, h)) };
}

export function placeOnRing(sids: readonly number[], box: Box, card: CardSize): CardPlace[] {
  const cx = box.width / 2;
  const cy = box.height / 2;
  const rx = Math.max(0, box.width / 2 - card.width / 2 - MARGIN);
  const ry = Math.max(0, box.height / 2 - card.height / 2 - MARGIN);
  const sorted = [...sids].sort((a, b) => a - b);
  return sorted.map((sid, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / sorted.length;
    return { sid, x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle), angle };
  });
}

/** Do two cards overlap (or come closer than `gap`)? */
export function cardsOverlap(a: CardPlace, b: CardPlace, card: CardSize = CARD, gap = 0): boolean {
  return Math.abs(a.x - b.x) < card.width + gap && Math.abs(a.y - b.y) < card.height + gap;
}

function fits(places: CardPlace[], card: CardSize): boolean {
  for (let i = 0; i < places.length; i++) {
    for (let j = i + 1; j < places.length; j++) {
      if (cardsOverlap(places[i] as CardPlace, places[j] as CardPlace, card, GAP)) return false;
    }
  }
  return true;
}

/** The largest card scale (in steps of 0.02) at which the ring fits the box without overlap. */
export function ringLayout(
  sids: readonly number[],
  box: Box = { width: VIEW_WIDTH, height: 680 },
): RingLayout {
  let scale = SCALE_MAX;
  for (; scale > SCALE_MIN; scale = Math.round((scale - 0.02) * 100) / 100) {
    const card = { width: CARD.width * scale, height: CARD.height * scale };
    const inside = card.width + 2 * MARGIN <= box.width && card.height + 2 * MARGIN <= box.height;
    if (inside && fits(placeOnRing(sids, box, card), card)) break;
  }
  const card = { width: CARD.width * scale, height: CARD.height * scale };
  return { places: placeOnRing(sids, box, card), scale, box };
}
