// Proves the ring layout: ascending sid order clockwise from the top; for every ensemble size the
// app allows and every view box shape it uses, every card lies inside the box and no two cards
// overlap; fewer servers get larger cards; the view box follows the screen's aspect, clamped.
import { describe, expect, it } from 'vitest';
import {
  CARD,
  VIEW_HEIGHT_MAX,
  VIEW_HEIGHT_MIN,
  cardsOverlap,
  ringLayout,
  viewBoxFor,
} from './ringLayout';

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

  for (const height of [VIEW_HEIGHT_MIN, 620, VIEW_HEIGHT_MAX]) {
    it.each([1, 2, 3, 4, 5, 6, 7, 8, 9])(`lays out %i servers in a 1000 x ${height} box`, (n) => {
      const { places, scale, box } = ringLayout(sids(n), { width: 1000, height });
      const card = { width: CARD.width * scale, height: CARD.height * scale };
      for (const p of places) {
        expect(p.x - card.width / 2).toBeGreaterThanOrEqual(0);
        expect(p.x + card.width / 2).toBeLessThanOrEqual(box.width);
        expect(p.y - card.height / 2).toBeGreaterThanOrEqual(0);
        expect(p.y + card.height / 2).toBeLessThanOrEqual(box.height);
      }
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++)
          expect(cardsOverlap(places[i]!, places[j]!, card)).toBe(false);
      }
    });
  }

  it('gives fewer servers larger cards', () => {
    const box = { width: 1000, height: 620 };
    expect(ringLayout(sids(3), box).scale).toBeGreaterThan(ringLayout(sids(9), box).scale);
  });

  it('shapes the view box like the screen, within bounds', () => {
    expect(viewBoxFor(1000, 600)).toEqual({ width: 1000, height: 600 });
    expect(viewBoxFor(1600, 400)).toEqual({ width: 1000, height: VIEW_HEIGHT_MIN });
    expect(viewBoxFor(800, 1600)).toEqual({ width: 1000, height: VIEW_HEIGHT_MAX });
    expect(viewBoxFor(0, 0).width).toBe(1000);
  });
});
