// Proves the message geometry with exact values: links start and end on card borders, the two
// directions of a pair travel on opposite lanes, a message's position is the fraction of its
// flight time elapsed (clamped), drops fall and fade over their window, heartbeats deplete.
import { describe, expect, it } from 'vitest';
import { dropPoint, heartbeatFraction, lerp, linkSegment, progress, rectExit } from './geometry';

describe('rectExit', () => {
  it('leaves through the side the ray points at', () => {
    expect(rectExit({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 5)).toEqual({ x: 10, y: 0 });
    expect(rectExit({ x: 0, y: 0 }, { x: 0, y: -100 }, 10, 5)).toEqual({ x: 0, y: -5 });
    expect(rectExit({ x: 0, y: 0 }, { x: 100, y: 100 }, 10, 5)).toEqual({ x: 5, y: 5 });
  });
  it('stays at the centre for a zero-length ray', () => {
    expect(rectExit({ x: 3, y: 4 }, { x: 3, y: 4 }, 10, 5)).toEqual({ x: 3, y: 4 });
  });
});

describe('linkSegment', () => {
  it('runs border to border, shifted to its lane', () => {
    const s = linkSegment({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 5, 4);
    expect(s).toEqual({ a: { x: 10, y: 4 }, b: { x: 90, y: 4 } });
    const back = linkSegment({ x: 100, y: 0 }, { x: 0, y: 0 }, 10, 5, 4);
    expect(back.a.y).toBe(-4);
  });
});

describe('progress', () => {
  it('is the elapsed fraction of the flight, clamped', () => {
    expect(progress(10, 10, 20)).toBe(0);
    expect(progress(15, 10, 20)).toBe(0.5);
    expect(progress(25, 10, 20)).toBe(1);
    expect(progress(5, 10, 20)).toBe(0);
  });
  it('handles a zero-delay message', () => {
    expect(progress(10, 10, 10)).toBe(1);
    expect(progress(9, 10, 10)).toBe(0);
  });
  it('places a message on its segment', () => {
    expect(lerp({ a: { x: 0, y: 0 }, b: { x: 10, y: 20 } }, 0.25)).toEqual({ x: 2.5, y: 5 });
  });
});

describe('dropPoint', () => {
  it('falls with the square of its age and fades out', () => {
    const s = { a: { x: 0, y: 0 }, b: { x: 100, y: 0 } };
    expect(dropPoint(s, 0, 10, 40)).toEqual({ p: { x: 88, y: 0 }, fade: 1 });
    expect(dropPoint(s, 5, 10, 40)).toEqual({ p: { x: 88, y: 10 }, fade: 0.5 });
    expect(dropPoint(s, 20, 10, 40)).toEqual({ p: { x: 88, y: 40 }, fade: 0 });
  });
});

describe('heartbeatFraction', () => {
  it('depletes a learner read timeout and fills the leader ping phase', () => {
    expect(heartbeatFraction(0, 10_000, 10_000, 'learner')).toBe(1);
    expect(heartbeatFraction(7_500, 10_000, 10_000, 'learner')).toBe(0.25);
    expect(heartbeatFraction(12_000, 10_000, 10_000, 'learner')).toBe(0);
    expect(heartbeatFraction(750, 1_000, 1_000, 'leader')).toBe(0.75);
  });
});
