// The ring's geometry in exact numbers: positions map to angles clockwise from twelve o'clock,
// each backend's arcs and ticks are one path with one segment per virtual node, the first arc
// wraps through position 0, key dots carry the moved flags, and the texts round as promised.
import { describe, expect, it } from 'vitest';
import type { RingView } from '../../../protocol/frame';
import {
  angleOf,
  BACKEND_COLOURS,
  backendColour,
  countTrue,
  idealShare,
  percentText,
  pointAt,
  RING_BOX,
  RING_SIZE,
  ringGeometry,
  tickWidthFor,
} from './ringModel';

const Q = RING_SIZE / 4;

function ring(over: Partial<RingView> = {}): RingView {
  return {
    vnodes: 2,
    members: [
      { id: 'b1', share: 0.5, slot: 0, leaving: false },
      { id: 'b2', share: 0.5, slot: 1, leaving: false },
    ],
    points: [Q, 2 * Q, 3 * Q, 3.5 * Q],
    owners: [0, 1, 0, 1],
    keys: [1, 2, 3],
    keyPos: [0, Q, 2.5 * Q],
    joining: [],
    change: null,
    ...over,
  };
}

const segments = (d: string) => d.split('M').length - 1;

describe('angles and points', () => {
  it('put position 0 at the top and go clockwise', () => {
    expect(angleOf(0)).toBe(0);
    expect(angleOf(RING_SIZE / 2)).toBeCloseTo(Math.PI, 12);
    expect(pointAt(0, 10)).toEqual({ x: 0, y: -10 });
    expect(pointAt(Math.PI / 2, 10)).toEqual({ x: 10, y: -0 });
    expect(pointAt(Math.PI, 10)).toEqual({ x: 0, y: 10 });
  });
});

describe('ringGeometry', () => {
  const geo = ringGeometry(ring());

  it('joins each backend’s arcs and ticks into one path, one segment per point', () => {
    expect(geo.arcs.map((a) => [a.member, segments(a.d)])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(geo.ticks.map((a) => [a.member, segments(a.d)])).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('starts the first arc at the last point, a quarter turn before the top (it wraps)', () => {
    // Point 0 (at 90°) owns the arc from the last point (315°, i.e. -45°) to itself; d3.arc
    // starts a path on the outer radius at the start angle.
    const r = RING_BOX.outer;
    const x = Math.round(r * Math.sin(-Math.PI / 4) * 100) / 100;
    const y = Math.round(-r * Math.cos(-Math.PI / 4) * 100) / 100;
    expect(geo.arcs[0]?.d.startsWith(`M${x},${y}`)).toBe(true);
  });

  it('draws a tick at each point from just outside the band', () => {
    expect(geo.ticks[0]?.d.startsWith(`M${RING_BOX.tickFrom},0L${RING_BOX.tickTo},0`)).toBe(true);
  });

  it('places key dots inside the band and carries the moved flags', () => {
    expect(geo.keys.map((k) => k.moved)).toEqual([false, false, false]);
    expect(geo.keys[0]).toMatchObject({ key: 1, x: 0, y: -RING_BOX.keys });
    expect(geo.keys[1]).toMatchObject({ x: RING_BOX.keys });
    const change = {
      atMs: 1000,
      kind: 'added' as const,
      backend: 'b2',
      before: ['b1'],
      after: ['b1', 'b2'],
      movedCh: 0.5,
      movedMod: 0.5,
      sampleKeys: 3,
      keyMovedCh: [true, false, true],
      keyMovedMod: [true, true, true],
    };
    expect(ringGeometry(ring({ change })).keys.map((k) => k.moved)).toEqual([true, false, true]);
  });

  it('draws nothing for an empty view', () => {
    const empty = ringGeometry(ring({ members: [], points: [], owners: [] }));
    expect(empty.arcs).toEqual([]);
    expect(empty.ticks).toEqual([]);
  });

  it('thins the ticks as the ring fills up, and leaves only the arcs past 1 000 points', () => {
    expect(tickWidthFor(400)).toBeGreaterThan(tickWidthFor(800));
    expect(tickWidthFor(800)).toBeGreaterThan(0);
    expect(tickWidthFor(1600)).toBe(0);
    const many = Array.from({ length: 1200 }, (_, j) => (j + 1) * 3_000_000);
    const geo = ringGeometry(ring({ points: many, owners: many.map((_, j) => j % 2) }));
    expect(geo.ticks).toEqual([]);
    expect(geo.arcs.map((a) => segments(a.d))).toEqual([600, 600]);
  });
});

describe('texts and colours', () => {
  it('rounds to whole percents, with one decimal below 10%', () => {
    expect(percentText(0.21)).toBe('21%');
    expect(percentText(0.7949)).toBe('79%');
    expect(percentText(0.0625)).toBe('6.3%');
    expect(percentText(0)).toBe('0%');
    expect(percentText(1)).toBe('100%');
  });

  it('takes the ideal share from the larger view', () => {
    const c = { before: ['a', 'b', 'c', 'd'], after: ['a', 'b', 'c', 'd', 'e'] };
    expect(idealShare(c as never)).toEqual({ n: 5, fraction: 0.2 });
    expect(idealShare({ before: c.after, after: c.before } as never)).toEqual({
      n: 5,
      fraction: 0.2,
    });
  });

  it('gives 16 backends 16 distinct colours, then wraps', () => {
    const colours = Array.from({ length: 16 }, (_, i) => backendColour(i));
    expect(new Set(colours).size).toBe(16);
    expect(backendColour(16)).toBe(BACKEND_COLOURS[0]);
  });

  it('counts moved flags', () => {
    expect(countTrue([true, false, true])).toBe(2);
  });
});
