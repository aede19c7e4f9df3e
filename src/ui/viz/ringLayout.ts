/**
 * Pure geometry of the ensemble view: server cards evenly spaced on an ellipse, the first at the
 * top, going clockwise in ascending sid order (so the picture never depends on arrival order).
 * The ellipse is as large as the box allows with every card inside it.
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

export const VIEW_BOX: Box = { width: 1000, height: 680 };
export const CARD: CardSize = { width: 200, height: 118 };
const MARGIN = 8;

export function ringLayout(sids: readonly number[], box: Box = VIEW_BOX, card: CardSize = CARD): CardPlace[] {
  const cx = box.width / 2;
  const cy = box.height / 2;
  const rx = box.width / 2 - card.width / 2 - MARGIN;
  const ry = box.height / 2 - card.height / 2 - MARGIN;
  const sorted = [...sids].sort((a, b) => a - b);
  return sorted.map((sid, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / sorted.length;
    return { sid, x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle), angle };
  });
}

/** Do two cards overlap? Used by the tests to prove every ensemble size lays out cleanly. */
export function cardsOverlap(a: CardPlace, b: CardPlace, card: CardSize = CARD): boolean {
  return Math.abs(a.x - b.x) < card.width && Math.abs(a.y - b.y) < card.height;
}
