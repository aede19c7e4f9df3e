// Proves label picking: labels that would overlap an earlier one are hidden, distant ones are
// all shown, and the cap on the number of labels holds.
import { describe, expect, it } from 'vitest';
import { pickLabels } from './labels';

describe('pickLabels', () => {
  it('hides a label that overlaps an earlier one', () => {
    expect(
      pickLabels([
        { x: 0, y: 0, text: 'PROPOSAL 1:3' },
        { x: 10, y: 2, text: 'ACK 1:3' },
      ]),
    ).toEqual([true, false]);
  });
  it('shows labels that are apart', () => {
    expect(
      pickLabels([
        { x: 0, y: 0, text: 'PING' },
        { x: 0, y: 40, text: 'PING' },
        { x: 200, y: 0, text: 'PING' },
      ]),
    ).toEqual([true, true, true]);
  });
  it('hides a label over an obstacle', () => {
    expect(
      pickLabels([{ x: 0, y: 0, text: 'ACK 1:1' }], Infinity, [
        { x0: 10, x1: 100, y0: -20, y1: 20 },
      ]),
    ).toEqual([false]);
  });
  it('caps the count', () => {
    expect(
      pickLabels(
        [
          { x: 0, y: 0, text: 'A' },
          { x: 100, y: 0, text: 'B' },
        ],
        1,
      ),
    ).toEqual([true, false]);
  });
  it('places drop labels below their mark and measures with the given width', () => {
    const wide = () => 200;
    expect(
      pickLabels(
        [
          { x: 0, y: 0, text: 'ACK', dy: 16 },
          { x: 150, y: 0, text: 'ACK', dy: 16 },
        ],
        Infinity,
        [],
        wide,
      ),
    ).toEqual([true, false]);
    // Below its mark, a drop's label clears an obstacle just above the mark.
    expect(
      pickLabels([{ x: 0, y: 0, text: 'ACK', dy: 16 }], Infinity, [
        { x0: -50, x1: 50, y0: -30, y1: -2 },
      ]),
    ).toEqual([true]);
  });
});
