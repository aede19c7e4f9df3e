// Proves the scrubber's scale: positions are clamped percentages, tick labels are round times
// about a fifth of the track apart, and labels read naturally.
import { describe, expect, it } from 'vitest';
import { markerLanes, percentOf, tickLabel, timeTicks } from './scrubberScale';

describe('scrubberScale', () => {
  it('places times on the track', () => {
    expect(percentOf(7500, 30_000)).toBe(25);
    expect(percentOf(-1, 30_000)).toBe(0);
    expect(percentOf(40_000, 30_000)).toBe(100);
    expect(percentOf(5, 0)).toBe(0);
  });
  it('picks round ticks', () => {
    expect(timeTicks(30_000)).toEqual([0, 5000, 10_000, 15_000, 20_000, 25_000, 30_000]);
    expect(timeTicks(60_000)).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000, 60_000]);
    expect(timeTicks(1000)).toEqual([0, 200, 400, 600, 800, 1000]);
  });
  it('labels ticks', () => {
    expect(tickLabel(0)).toBe('0 s');
    expect(tickLabel(2500)).toBe('2.5 s');
    expect(tickLabel(90_000)).toBe('1 min 30 s');
    expect(tickLabel(120_000)).toBe('2 min');
  });
  it('puts markers that would touch in lanes of their own', () => {
    expect(markerLanes([0, 50, 100], 22)).toEqual([0, 0, 0]);
    // 8.000 s and 8.231 s on a 1000 px track of 30 s are 8 px apart.
    expect(markerLanes([267, 275, 300, 480], 22)).toEqual([0, 1, 0, 0]);
    expect(markerLanes([10, 12, 14, 40], 22)).toEqual([0, 1, 2, 0]);
  });
});
