// Proves the ring layout: ascending sid order clockwise from the top; for every ensemble size the
// app allows and the screen spaces it meets, every card and its tag band lie inside the box and no
// two overlap; cards are never drawn below their size (their smallest text is 12 px), the box
// growing taller instead; fewer servers get larger cards.
import { describe, expect, it } from 'vitest';
import { CARD, CARD_BOX, TAG_BAND, cardsOverlap, ringLayout, viewBoxFor } from './ringLayout';

const sids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('ringLayout', () => {
  it('puts the lowest sid at the top and goes clockwise', () => {
    const { places, box } = ringLayout([3, 1, 2]);
    expect(places[0]?.sid).toBe(1);
    expect(places[0]?.x).toBeCloseTo(box.width / 2);
    expect(places[0]?.y).toBeLessThan(box.height / 2);
    expect(places[1]?.sid).toBe(2);
    expect(places[1]?.x).toBeGreaterThan(box.width / 2);
  });

  // The stage's ensemble area on a laptop (1440x900), a projector (1024x768), a wide screen.
  for (const screen of [
    { width: 850, height: 430 },
    { width: 990, height: 460 },
    { width: 1200, height: 700 },
  ]) {
    it.each([1, 2, 3, 4, 5, 6, 7, 8, 9])(
      `lays out %i servers in ${screen.width} x ${screen.height} px`,
      (n) => {
        const { places, scale, box } = ringLayout(sids(n), screen);
        expect(scale).toBeGreaterThanOrEqual(1);
        expect(box.width).toBeGreaterThanOrEqual(screen.width);
        expect(box.height).toBeGreaterThanOrEqual(screen.height);
        if (n <= 5) expect(box).toEqual(screen);
        const card = { width: CARD.width * scale, height: CARD.height * scale };
        for (const p of places) {
          expect(p.x - card.width / 2).toBeGreaterThanOrEqual(0);
          expect(p.x + card.width / 2).toBeLessThanOrEqual(box.width);
          expect(p.y - card.height / 2 - TAG_BAND * scale).toBeGreaterThanOrEqual(0);
          expect(p.y + card.height / 2).toBeLessThanOrEqual(box.height);
        }
        const withBand = { width: CARD_BOX.width * scale, height: CARD_BOX.height * scale };
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++)
            expect(cardsOverlap(places[i]!, places[j]!, withBand)).toBe(false);
      },
    );
  }

  it('five servers fit a laptop screen without scrolling; nine make the box taller', () => {
    expect(ringLayout(sids(5), { width: 850, height: 430 }).box.height).toBe(430);
    expect(ringLayout(sids(9), { width: 850, height: 430 }).box.height).toBeGreaterThan(430);
  });

  // Beside the space-time diagram at 1440x900 the ring has about 570 x 480 px: three servers
  // showed only S1 when the lower two needed more width than the box (issue 18).
  it.each([3, 4])('fits %i servers beside the space-time diagram without scrolling', (n) => {
    for (const screen of [
      { width: 570, height: 480 },
      { width: 560, height: 470 },
    ]) {
      const { places, scale, box } = ringLayout(sids(n), screen);
      expect(box).toEqual(screen);
      expect(scale).toBeGreaterThanOrEqual(1);
      const half = (CARD.width * scale) / 2;
      for (const p of places) {
        expect(p.x - half).toBeGreaterThanOrEqual(0);
        expect(p.x + half).toBeLessThanOrEqual(box.width);
      }
    }
  });

  it('gives fewer servers larger cards', () => {
    const box = { width: 1400, height: 800 };
    expect(ringLayout(sids(3), box).scale).toBeGreaterThan(ringLayout(sids(9), box).scale);
  });

  it('takes the box from the screen, in px, never below a minimum', () => {
    expect(viewBoxFor(1000, 600)).toEqual({ width: 1000, height: 600 });
    expect(viewBoxFor(850.6, 430.2)).toEqual({ width: 850, height: 430 });
    expect(viewBoxFor(0, 0)).toEqual({ width: 320, height: 240 });
  });
});
