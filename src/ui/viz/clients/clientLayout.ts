/**
 * Pure geometry of the clients in the ensemble view: chips outside the ring (so they never cover a
 * server card or the ring's inside, where the servers' messages fly), first in the free corners
 * of the drawing beside the ring, then in rows in a band below it, in the scenario's order; and
 * the point of a client message between a chip and a server card at a display time.
 *
 * At 1440x900 a band alone did not fit: five cards need 440 px of height at scale 1, so ten chips
 * in four rows below pushed the drawing far taller than the stage and most chips sat out of sight
 * behind the legend. The corners beside the top card take the first ones, and the chips are as
 * small as their three lines of text allow; what is still taller than the stage scrolls.
 */
import { progress } from '../geometry';
import {
  CARD,
  TAG_BAND,
  ringLayout,
  type Box,
  type CardPlace,
  type RingLayout,
} from '../ringLayout';

/** Three lines of 12-13 px text (id and state, session and server, a tag). */
export const CHIP = { width: 178, height: 48 };
const GAP = 5;
const PAD = 6;
/** The focus outline drawn around a card (ServerCard's card-focus), at scale 1. */
const FOCUS_RING = 5;
/** The ring keeps at least this share of the screen's height when a band of chips is below it. */
const RING_SHARE_MIN = 0.6;

export interface ChipPlace {
  id: string;
  /** Centre of the chip. */
  x: number;
  y: number;
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const apart = (a: Rect, b: Rect, gap: number) =>
  a.x1 + gap <= b.x0 || b.x1 + gap <= a.x0 || a.y1 + gap <= b.y0 || b.y1 + gap <= a.y0;

/** A card with its tag band above it, at the layout's scale. */
function cardRect(p: CardPlace, scale: number): Rect {
  const w = (CARD.width * scale) / 2;
  const h = (CARD.height * scale) / 2;
  return { x0: p.x - w, x1: p.x + w, y0: p.y - h - TAG_BAND * scale, y1: p.y + h };
}

/**
 * Does the rectangle reach into the ellipse through the cards' centres (the ring's inside)? Its
 * point nearest the centre tells.
 */
function insideRing(r: Rect, ring: RingLayout): boolean {
  const cx = ring.box.width / 2;
  const cy = ring.box.height / 2;
  const rx = Math.max(1, ...ring.places.map((p) => Math.abs(p.x - cx)));
  const ry = Math.max(1, ...ring.places.map((p) => Math.abs(p.y - cy)));
  const px = Math.min(Math.max(cx, r.x0), r.x1);
  const py = Math.min(Math.max(cy, r.y0), r.y1);
  return ((px - cx) / rx) ** 2 + ((py - cy) / ry) ** 2 < 1;
}

/**
 * Free places for chips in the ring's box, top to bottom then left to right: on a grid anchored
 * at the left edge and on one anchored at the right edge (so both corners fill), clear of every
 * card, of the ring's inside and of each other.
 */
export function cornerSlots(ring: RingLayout): Rect[] {
  if (ring.places.length === 0) return [];
  const { width, height } = ring.box;
  const cards = ring.places.map((p) => cardRect(p, ring.scale));
  const candidates: Rect[] = [];
  for (let y = PAD; y + CHIP.height <= height - PAD; y += CHIP.height + GAP) {
    for (let x = PAD; x + CHIP.width <= width - PAD; x += CHIP.width + GAP) {
      candidates.push({ x0: x, y0: y, x1: x + CHIP.width, y1: y + CHIP.height });
      const xr = width - x - CHIP.width;
      candidates.push({ x0: xr, y0: y, x1: xr + CHIP.width, y1: y + CHIP.height });
    }
  }
  candidates.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const taken: Rect[] = [];
  for (const c of candidates) {
    if (cards.some((card) => !apart(c, card, GAP))) continue;
    if (insideRing(c, ring)) continue;
    if (taken.some((t) => !apart(c, t, GAP))) continue;
    taken.push(c);
  }
  return taken;
}

/** Chips per row of the band in a box `width` wide. */
function perRowIn(width: number): number {
  return Math.max(1, Math.floor((width - PAD) / (CHIP.width + GAP)));
}

/** Centres of `count` chips in rows whose first starts at `top`, rows centred in the width. */
function bandPlaces(count: number, width: number, top: number): { x: number; y: number }[] {
  const perRow = perRowIn(width);
  return Array.from({ length: count }, (_, i) => {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, count - row * perRow);
    const left = (width - inRow * (CHIP.width + GAP) + GAP) / 2;
    return {
      x: left + (i % perRow) * (CHIP.width + GAP) + CHIP.width / 2,
      y: top + row * (CHIP.height + GAP) + CHIP.height / 2,
    };
  });
}

/**
 * Where the band's first row may start: just below the lowest card and corner chip, but never
 * lower than PAD below the ring's box. The lowest cards of a ring seldom reach its box's bottom
 * (with five servers the two lower cards sit at sin 54° of the radius), and the band used to
 * start below the box all the same: at 1440x900 ten clients beside five servers came out 20 px
 * taller than the picture (issue 15, item 6).
 */
function bandTop(ring: RingLayout, corners: readonly Rect[]): number {
  const below = [
    ...ring.places.map((p) => cardRect(p, ring.scale).y1 + FOCUS_RING * ring.scale),
    ...corners.map((c) => c.y1),
  ];
  if (below.length === 0) return ring.box.height + PAD;
  return Math.min(ring.box.height + PAD, Math.max(...below) + GAP);
}
export interface EnsembleLayout {
  ring: RingLayout;
  /**
   * How far the band of chips that found no corner reaches below the ring's box (0 when all
   * found one). The band starts below the lowest card, which may be inside the box.
   */
  bandHeight: number;
  /** Centres of the chips, in the scenario's order. */
  chips: { x: number; y: number }[];
}

function withRing(ring: RingLayout, count: number): EnsembleLayout {
  const corners = cornerSlots(ring).slice(0, count);
  const rest = count - corners.length;
  const band = bandPlaces(rest, ring.box.width, bandTop(ring, corners));
  const lowest = Math.max(0, ...band.map((c) => c.y + CHIP.height / 2 + PAD));
  return {
    ring,
    bandHeight: rest > 0 ? Math.max(0, Math.ceil(lowest - ring.box.height)) : 0,
    chips: [...corners.map((r) => ({ x: (r.x0 + r.x1) / 2, y: (r.y0 + r.y1) / 2 })), ...band],
  };
}

/**
 * The ring and `count` chips in a screen box: the ring takes the whole height and chips the
 * corners it leaves; when some are left over, the ring gives the band below them the height it
 * can spare (keeping RING_SHARE_MIN of the screen), and the corners are counted again. The band's
 * height depends on where the ring puts its lowest cards, so the ring's height is trimmed by the
 * overshoot a few times until ring and band fit (or nothing gets shorter).
 */
export function ensembleLayout(
  sids: readonly number[],
  count: number,
  screen: Box,
): EnsembleLayout {
  const full = withRing(ringLayout(sids, screen), count);
  if (full.bandHeight === 0) return full;
  const total = (l: EnsembleLayout) => l.ring.box.height + l.bandHeight;
  const floor = screen.height * RING_SHARE_MIN;
  let best = full;
  let height = screen.height - full.bandHeight;
  for (let i = 0; i < 8 && total(best) > screen.height; i++) {
    const next = withRing(
      ringLayout(sids, { width: screen.width, height: Math.max(floor, height) }),
      count,
    );
    if (total(next) < total(best)) best = next;
    if (height <= floor) break;
    height -= Math.max(1, total(next) - screen.height);
  }
  return best;
}

/** The chips' centres with their ids. */
export function chipPlaces(
  ids: readonly string[],
  centres: readonly { x: number; y: number }[],
): ChipPlace[] {
  return ids.flatMap((id, i) => {
    const c = centres[i];
    return c ? [{ id, x: c.x, y: c.y }] : [];
  });
}

export interface Point {
  x: number;
  y: number;
}

/** A message's point between its two ends at displayMs (its ends are a chip and a card). */
export function clientMarkAt(
  from: Point,
  to: Point,
  sentAtMs: number,
  atMs: number,
  displayMs: number,
): Point {
  const f = progress(displayMs, sentAtMs, atMs);
  return { x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f };
}

/** The end of a message at a server: its card's centre. */
export function cardPoint(place: CardPlace): Point {
  return { x: place.x, y: place.y };
}
