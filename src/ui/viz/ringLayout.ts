/**
 * Pure geometry of the ensemble view: server cards evenly spaced on an ellipse, the first at the
 * top, going clockwise in ascending sid order (so the picture never depends on arrival order).
 *
 * The view box is the space on screen in CSS pixels (one unit, one pixel), and cards are never
 * drawn smaller than CARD: their smallest text is then 12 px, on a laptop or a projector alike.
 * They take the largest scale up to SCALE_MAX at which they all fit without touching; when even
 * scale 1 does not fit, the box grows taller than the screen's space (and, for many servers on a
 * narrow screen, wider too: side by side at the bottom of the ring two cards need their width)
 * and the view scrolls, rather than shrink text below what a reader can read.
 *
 * Above each card is a band for its tags (observer, partition group), part of the space the
 * layout keeps free, so a tag never sits on another card.
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
  /** Centre of the card (its tag band is above it). */
  x: number;
  y: number;
  /** Angle on the ellipse, radians, 0 = right, clockwise (SVG's y points down). */
  angle: number;
}

export interface RingLayout {
  places: CardPlace[];
  /** Cards are drawn at CARD size times this. */
  scale: number;
  /** The box used: the screen's, or taller when the cards need it. */
  box: Box;
}

/** A card at scale 1, in px. */
export const CARD: CardSize = { width: 250, height: 126 };
/** The band above a card for its tags, at scale 1. */
export const TAG_BAND = 16;
/** A card with its tag band: what must not overlap. */
export const CARD_BOX: CardSize = { width: CARD.width, height: CARD.height + TAG_BAND };
/** The smallest box worth drawing in, whatever the screen gives. */
export const BOX_MIN: Box = { width: 320, height: 240 };
const MARGIN = 8;
const GAP = 8;
const SCALE_MIN = 1;
const SCALE_MAX = 1.3;
const GROW_STEP = 20;

/** The view box for a container of this size on screen (px), at least BOX_MIN. */
export function viewBoxFor(width: number, height: number): Box {
  return {
    width: Math.max(BOX_MIN.width, Math.floor(width)),
    height: Math.max(BOX_MIN.height, Math.floor(height)),
  };
}

/** Centres of the card boxes (card plus tag band) on the ellipse. */
function placeBoxes(sids: readonly number[], box: Box, cardBox: CardSize): CardPlace[] {
  const cx = box.width / 2;
  const cy = box.height / 2;
  const sorted = [...sids].sort((a, b) => a - b);
  const angles = sorted.map((_, i) => -Math.PI / 2 + (2 * Math.PI * i) / sorted.length);
  // The ellipse is stretched so the outermost cards reach the margin: with three servers the two
  // lower cards sit at cos 30° of the radius, and without the stretch they would need a box 15%
  // wider to stand side by side (in a narrow stage, beside the space-time diagram, the ring then
  // grew wider than the screen and showed only S1: issue 18).
  const reach = (f: (a: number) => number) => {
    const most = Math.max(0, ...angles.map((a) => Math.abs(f(a))));
    return most > 0.01 ? most : 1;
  };
  const rx = Math.max(0, box.width / 2 - cardBox.width / 2 - MARGIN) / reach(Math.cos);
  const ry = Math.max(0, box.height / 2 - cardBox.height / 2 - MARGIN) / reach(Math.sin);
  return sorted.map((sid, i) => {
    const angle = angles[i] as number;
    return { sid, x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle), angle };
  });
}

/** Do two card boxes overlap (or come closer than `gap`)? */
export function cardsOverlap(
  a: CardPlace,
  b: CardPlace,
  card: CardSize = CARD_BOX,
  gap = 0,
): boolean {
  return Math.abs(a.x - b.x) < card.width + gap && Math.abs(a.y - b.y) < card.height + gap;
}

function fits(places: CardPlace[], cardBox: CardSize, box: Box): boolean {
  if (cardBox.width + 2 * MARGIN > box.width || cardBox.height + 2 * MARGIN > box.height)
    return false;
  for (let i = 0; i < places.length; i++) {
    for (let j = i + 1; j < places.length; j++) {
      if (cardsOverlap(places[i] as CardPlace, places[j] as CardPlace, cardBox, GAP)) return false;
    }
  }
  return true;
}

const scaled = (size: CardSize, k: number): CardSize => ({
  width: size.width * k,
  height: size.height * k,
});

/** Card centres from box centres: the card sits below its tag band. */
function cardsAt(sids: readonly number[], box: Box, scale: number): CardPlace[] {
  return placeBoxes(sids, box, scaled(CARD_BOX, scale)).map((p) => ({
    ...p,
    y: p.y + (TAG_BAND * scale) / 2,
  }));
}

/** The largest card scale (steps of 0.02, at least 1) at which the ring fits without overlap. */
export function ringLayout(
  sids: readonly number[],
  screen: Box = { width: 1000, height: 680 },
): RingLayout {
  const box = viewBoxFor(screen.width, screen.height);
  for (let scale = SCALE_MAX; scale >= SCALE_MIN; scale = Math.round((scale - 0.02) * 100) / 100) {
    if (fits(placeBoxes(sids, box, scaled(CARD_BOX, scale)), scaled(CARD_BOX, scale), box))
      return { places: cardsAt(sids, box, scale), scale, box };
  }
  const grown = grownBox(sids, box);
  return { places: cardsAt(sids, grown, SCALE_MIN), scale: SCALE_MIN, box: grown };
}

/** Not even at scale 1: first a taller box (up to 2.5 times), then a larger one of its shape. */
function grownBox(sids: readonly number[], box: Box): Box {
  const ok = (b: Box) => fits(placeBoxes(sids, b, CARD_BOX), CARD_BOX, b);
  for (let h = box.height; h <= box.height * 2.5; h += GROW_STEP)
    if (ok({ width: box.width, height: h })) return { width: box.width, height: h };
  const tall = Math.round(box.height * 2.5);
  for (let k = 1; k < 200; k++) {
    const b = {
      width: box.width + k * GROW_STEP,
      height: tall + Math.round((k * GROW_STEP * tall) / box.width),
    };
    if (ok(b)) return b;
  }
  return { width: box.width * 4, height: tall * 4 };
}
