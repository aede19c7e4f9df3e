// Proves the ring layout: ascending sid order clockwise from the top, every card inside the view
// box, and no two cards overlapping for any ensemble size the app allows (1 to 9 servers).
import { describe, expect, it } from 'vitest';
import { CARD, VIEW_BOX, cardsOverlap, ringLayout } from './ringLayout';

describe('ringLayout', () => {
  it('puts the lowest sid at the top and goes clockwise', () => {
    const [first, second] = ringLayout([3, 1, 2]);
    expect(first?.sid).toBe(1);
    expect(first?.x).toBeCloseTo(VIEW_BOX.width / 2);
    expect(first?.y).toBeLessThan(VIEW_BOX.height / 2);
    expect(second?.sid).toBe(2);
    expect(second?.x).toBeGreaterThan(VIEW_BOX.width / 2);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9])('lays out %i servers inside the box without overlap', (n) => {
    const places = ringLayout(Array.from({ length: n }, (_, i) => i + 1));
    for (const p of places) {
      expect(p.x - CARD.width / 2).toBeGreaterThanOrEqual(0);
      expect(p.x + CARD.width / 2).toBeLessThanOrEqual(VIEW_BOX.width);
      expect(p.y - CARD.height / 2).toBeGreaterThanOrEqual(0);
      expect(p.y + CARD.height / 2).toBeLessThanOrEqual(VIEW_BOX.height);
    }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) expect(cardsOverlap(places[i]!, places[j]!)).toBe(false);
    }
  });
});
