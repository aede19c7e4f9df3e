// Proves the ring geometry with exact values: four servers land on the top, right, bottom and
// left of the circle in ascending sid order, whatever order the sids are given in.
import { describe, expect, it } from 'vitest';
import { ringLayout } from './ringLayout';

const box = { width: 200, height: 100, radiusFraction: 0.8 };

describe('ringLayout', () => {
  it('places four servers clockwise from the top', () => {
    const points = ringLayout([3, 1, 4, 2], box).map(({ sid, x, y }) => ({
      sid,
      x: Math.round(x * 1e9) / 1e9,
      y: Math.round(y * 1e9) / 1e9,
    }));
    expect(points).toEqual([
      { sid: 1, x: 100, y: 10 },
      { sid: 2, x: 140, y: 50 },
      { sid: 3, x: 100, y: 90 },
      { sid: 4, x: 60, y: 50 },
    ]);
  });

  it('handles the empty ensemble', () => {
    expect(ringLayout([], box)).toEqual([]);
  });
});
