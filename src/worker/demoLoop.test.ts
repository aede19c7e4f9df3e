// Proves the wiring check's loop is a pure function of its seed: two loops with the same seed
// produce the same frames, tick numbers count up from 1, and every draw names an existing server.
import { describe, expect, it } from 'vitest';
import { createDemoLoop, stepDemoLoop } from './demoLoop';

function run(seed: number, ticks: number) {
  const loop = createDemoLoop(seed, 5);
  return Array.from({ length: ticks }, () => stepDemoLoop(loop));
}

describe('demoLoop', () => {
  it('replays the same frames for the same seed', () => {
    expect(run(42, 50)).toEqual(run(42, 50));
    expect(run(42, 50).map((f) => f.pickedSid)).not.toEqual(run(43, 50).map((f) => f.pickedSid));
  });

  it('counts ticks and draws only existing servers', () => {
    const frames = run(7, 200);
    expect(frames.map((f) => f.tick)).toEqual(frames.map((_, i) => i + 1));
    for (const f of frames) {
      expect(f.sids).toEqual([1, 2, 3, 4, 5]);
      expect(f.pickedSid).toBeGreaterThanOrEqual(1);
      expect(f.pickedSid).toBeLessThanOrEqual(5);
    }
    expect(new Set(frames.map((f) => f.pickedSid)).size).toBe(5);
  });

  it('starts with no pick', () => {
    expect(createDemoLoop(1, 3).frame).toEqual({ tick: 0, sids: [1, 2, 3], pickedSid: 0 });
  });
});
