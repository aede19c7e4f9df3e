// Proves the client chips' geometry (clientLayout.ts) on the sizes the app meets: every chip has a
// place, no chip overlaps another, a server card (with its tag band) or the ring's inside, the
// corners beside the ring are used before the band below it, and without clients nothing changes.
import { describe, expect, it } from 'vitest';
import { CARD, TAG_BAND, ringLayout } from '../ringLayout';
import { CHIP, cornerSlots, ensembleLayout } from './clientLayout';

type Rect = { x0: number; y0: number; x1: number; y1: number };
const chipRect = (c: { x: number; y: number }): Rect => ({
  x0: c.x - CHIP.width / 2,
  x1: c.x + CHIP.width / 2,
  y0: c.y - CHIP.height / 2,
  y1: c.y + CHIP.height / 2,
});
const overlap = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const sids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('ensembleLayout', () => {
  for (const [servers, clients, width, height] of [
    [5, 10, 855, 526],
    [5, 10, 951, 440],
    [3, 4, 855, 526],
    [7, 20, 855, 526],
    [9, 3, 1200, 700],
  ] as const) {
    it(`${servers} servers, ${clients} clients in ${width}x${height}: every chip clear`, () => {
      const l = ensembleLayout(sids(servers), clients, { width, height });
      expect(l.chips).toHaveLength(clients);
      const chips = l.chips.map(chipRect);
      const cards = l.ring.places.map((p) => ({
        x0: p.x - (CARD.width * l.ring.scale) / 2,
        x1: p.x + (CARD.width * l.ring.scale) / 2,
        y0: p.y - (CARD.height * l.ring.scale) / 2 - TAG_BAND * l.ring.scale,
        y1: p.y + (CARD.height * l.ring.scale) / 2,
      }));
      chips.forEach((c, i) => {
        expect(c.x0, `chip ${i} left`).toBeGreaterThanOrEqual(0);
        expect(c.x1, `chip ${i} right`).toBeLessThanOrEqual(l.ring.box.width);
        expect(c.y1, `chip ${i} bottom`).toBeLessThanOrEqual(l.ring.box.height + l.bandHeight);
        for (const card of cards) expect(overlap(c, card), `chip ${i} on a card`).toBe(false);
        for (let j = i + 1; j < chips.length; j++)
          expect(overlap(c, chips[j]!), `chips ${i} and ${j}`).toBe(false);
      });
    });
  }

  it('puts the first chips in the corners beside the top card, the rest in a band below', () => {
    const l = ensembleLayout(sids(5), 10, { width: 855, height: 526 });
    const corners = l.chips.slice(0, cornerSlots(l.ring).length);
    expect(corners.length).toBeGreaterThanOrEqual(2);
    // A corner chip lies left or right of the top card, never between the cards of the ring.
    const top = l.ring.places[0]!;
    for (const c of corners) expect(Math.abs(c.x - top.x)).toBeGreaterThan(CARD.width / 2);
    expect(l.bandHeight).toBeGreaterThan(0);
  });

  it('fits ten clients and five servers in the picture at 1440x900 (855x526): no scrolling', () => {
    // The band starts below the lowest card, not below the ring's box: before, the drawing came
    // out 20 px taller than the picture and the last row of chips hid behind the legend.
    const l = ensembleLayout(sids(5), 10, { width: 855, height: 526 });
    expect(l.ring.box.height + l.bandHeight).toBeLessThanOrEqual(526);
    // Below the lowest card's focus outline (5 px around it at scale 1), too.
    const lowestCard = Math.max(
      ...l.ring.places.map((p) => p.y + ((CARD.height + 10) * l.ring.scale) / 2),
    );
    const band = l.chips.slice(cornerSlots(l.ring).length);
    expect(band.length).toBeGreaterThan(0);
    for (const c of band) expect(chipRect(c).y0).toBeGreaterThan(lowestCard);
  });

  it('changes nothing without clients', () => {
    const l = ensembleLayout(sids(5), 0, { width: 855, height: 526 });
    expect(l).toEqual({
      ring: ringLayout(sids(5), { width: 855, height: 526 }),
      bandHeight: 0,
      chips: [],
    });
  });

  it('finds no corner in an empty ring', () => {
    expect(cornerSlots(ringLayout([], { width: 855, height: 526 }))).toEqual([]);
  });
});
