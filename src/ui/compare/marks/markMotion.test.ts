/**
 * The marks' geometry at chosen ages: a request travels from the balancer to the top edge of its
 * backend, then a dropped one falls below the box and fades, a failed one stays as a cross at the
 * backend and fades, an admitted one ends; with reduced motion nothing moves.
 */
import { describe, expect, it } from 'vitest';
import {
  FAIL_FADE_MS,
  FAIL_HOLD_MS,
  FALL_BELOW_PX,
  FALL_MS,
  FLASH_MS,
  TRAVEL_MS,
  easeInOut,
  hasLanded,
  landing,
  markLifeMs,
  markPose,
  type Box,
} from './markMotion';

const from = { x: 100, y: 20 };
const box: Box = { x: 10, y: 60, w: 100, h: 50 };

describe('markPose', () => {
  it('is hidden before its start and after its life', () => {
    expect(markPose('admitted', from, box, 0.5, -1, false)).toBeNull();
    expect(markPose('admitted', from, box, 0.5, TRAVEL_MS, false)).toBeNull();
    expect(markPose('failed', from, box, 0.5, markLifeMs('failed', false), false)).toBeNull();
  });

  it('travels from the balancer to the lane on the box top, easing in and out', () => {
    expect(markPose('admitted', from, box, 0.5, 0, false)).toEqual({
      ...from,
      alpha: 1,
      shape: 'dot',
    });
    const mid = markPose('dropped', from, box, 0.5, TRAVEL_MS / 2, false)!;
    expect(mid.shape).toBe('dot');
    expect(mid.x).toBeCloseTo((100 + 60) / 2);
    expect(mid.y).toBeCloseTo((20 + 60) / 2);
    const near = markPose('admitted', from, box, 0, TRAVEL_MS - 1, false)!;
    expect(near.x).toBeCloseTo(landing(box, 0).x, 0);
    expect(landing(box, 0)).toEqual({ x: 25, y: 60 });
    expect(landing(box, 0.999).x).toBeLessThan(box.x + box.w);
  });

  it('drops fall past the box bottom and fade out', () => {
    const start = markPose('dropped', from, box, 0.2, TRAVEL_MS, false)!;
    expect(start).toMatchObject({ shape: 'drop', alpha: 1, y: box.y });
    const end = markPose('dropped', from, box, 0.2, TRAVEL_MS + FALL_MS - 1, false)!;
    expect(end.y).toBeCloseTo(box.y + box.h + FALL_BELOW_PX, 0);
    expect(end.alpha).toBeLessThan(0.01);
    expect(end.x).toBeLessThan(start.x);
  });

  it('failures hold a cross at the backend, then fade', () => {
    const held = markPose('failed', from, box, 0.5, TRAVEL_MS + FAIL_HOLD_MS - 1, false)!;
    expect(held).toEqual({ x: 60, y: 60, alpha: 1, shape: 'cross' });
    const fading = markPose(
      'failed',
      from,
      box,
      0.5,
      TRAVEL_MS + FAIL_HOLD_MS + FAIL_FADE_MS / 2,
      false,
    )!;
    expect(fading.alpha).toBeCloseTo(0.5);
  });

  it('with reduced motion, flashes in place without travelling', () => {
    for (const o of ['admitted', 'dropped', 'failed'] as const) {
      expect(markLifeMs(o, true)).toBe(FLASH_MS[o]);
      const a = markPose(o, from, box, 0.5, 0, true)!;
      const b = markPose(o, from, box, 0.5, FLASH_MS[o] - 1, true)!;
      expect(b).toEqual(a);
      expect(a.alpha).toBe(1);
    }
    expect(markPose('dropped', from, box, 0.5, 0, true)!.y).toBeGreaterThan(box.y + box.h);
    expect(markPose('failed', from, box, 0.5, 0, true)!.shape).toBe('cross');
    expect(hasLanded(0, true)).toBe(true);
    expect(hasLanded(TRAVEL_MS - 1, false)).toBe(false);
  });

  it('eases symmetrically from 0 to 1', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5);
    expect(easeInOut(0.25) + easeInOut(0.75)).toBeCloseTo(1);
  });
});
