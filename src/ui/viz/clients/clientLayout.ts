/**
 * Pure geometry of the clients in the ensemble view: chips in rows in a band below the ring
 * (outside it, so they never cover a server card), in the scenario's order, and the point of a
 * client message between a chip and a server card at a display time.
 */
import { progress } from '../geometry';
import type { CardPlace } from '../ringLayout';

export const CHIP = { width: 220, height: 60 };
const GAP = 10;
const PAD = 12;

export interface ChipPlace {
  id: string;
  /** Centre of the chip. */
  x: number;
  y: number;
}

/** How tall the band must be for `count` chips in a box `width` wide (0 without clients). */
export function clientBandHeight(count: number, width: number): number {
  if (count === 0) return 0;
  const perRow = Math.max(1, Math.floor((width - PAD) / (CHIP.width + GAP)));
  return PAD * 2 + Math.ceil(count / perRow) * (CHIP.height + GAP);
}

/** The chips' centres in a band that starts at `top`, rows centred in the width. */
export function chipPlaces(ids: readonly string[], width: number, top: number): ChipPlace[] {
  const perRow = Math.max(1, Math.floor((width - PAD) / (CHIP.width + GAP)));
  return ids.map((id, i) => {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, ids.length - row * perRow);
    const left = (width - inRow * (CHIP.width + GAP) + GAP) / 2;
    const col = i % perRow;
    return {
      id,
      x: left + col * (CHIP.width + GAP) + CHIP.width / 2,
      y: top + PAD + row * (CHIP.height + GAP) + CHIP.height / 2,
    };
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
