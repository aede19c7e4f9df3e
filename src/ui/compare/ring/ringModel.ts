/**
 * Pure geometry of the consistent-hashing ring (DESIGN.md section 7: D3 computes, Node tests it,
 * the component only renders). Angles follow d3.arc: 0 at twelve o'clock, growing clockwise, so
 * ring position 0 is at the top and keys travel clockwise to their owner, as the strategy looks
 * them up. Point j owns the arc from the previous point (exclusive) to itself; the first point's
 * arc wraps past 2^32 - 1. Each backend's arcs and ticks are joined into one path, so 16 backends
 * with 100 virtual nodes each are 32 SVG elements, not 3 200.
 */
import { arc } from 'd3';
import type { RingChangeView, RingView } from '../../../protocol/frame';

export const RING_SIZE = 2 ** 32;

/** The SVG's square box and radii: the key dots inside the band, the ticks just outside it. */
export const RING_BOX = {
  size: 320,
  outer: 126,
  inner: 104,
  keys: 93,
  tickFrom: 129,
  tickTo: 136,
  label: 150,
} as const;

/**
 * Backend colours by the backend's stable slot: Okabe-Ito's colour-blind-safe set (the strategy
 * colours of the charts come from it too), then the same hues darker, so 16 backends still get 16
 * distinct fills that differ in lightness where hue alone would not tell them apart.
 */
export const BACKEND_COLOURS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#f0e442',
  '#8c96a0',
  '#004a75',
  '#9a6a00',
  '#00664b',
  '#8a4a72',
  '#2b7aa8',
  '#8f3e00',
  '#a89d1a',
  '#4d5660',
] as const;

export function backendColour(slot: number): string {
  const n = BACKEND_COLOURS.length;
  return BACKEND_COLOURS[((slot % n) + n) % n] ?? '#0072b2';
}

/** Radians, 0 at the top, clockwise. */
export function angleOf(pos: number): number {
  return (pos / RING_SIZE) * 2 * Math.PI;
}

/** Cartesian point at `angle` and radius r around the centre (the component translates it). */
export function pointAt(angle: number, r: number): { x: number; y: number } {
  return { x: round2(r * Math.sin(angle)), y: round2(-r * Math.cos(angle)) };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export interface RingPath {
  /** Index in ring.members. */
  member: number;
  d: string;
}

export interface KeyDot {
  key: number;
  x: number;
  y: number;
  moved: boolean;
}

export interface RingGeometry {
  arcs: RingPath[];
  ticks: RingPath[];
  /** Thinner as the ring fills with points, so ticks stay separate instead of merging; 0: none. */
  tickWidth: number;
  keys: KeyDot[];
}

/**
 * Tick stroke width for a ring of `points` virtual nodes in all; 0 (no ticks) past 1 000 points,
 * where ticks only blur into a grey band and the coloured arcs alone show the ranges.
 */
export function tickWidthFor(points: number): number {
  if (points <= 400) return 1;
  if (points <= 1000) return 0.5;
  return 0;
}

/** Every path and dot of the ring, centred on (0, 0). */
export function ringGeometry(ring: RingView): RingGeometry {
  const arcParts: string[][] = ring.members.map(() => []);
  const tickParts: string[][] = ring.members.map(() => []);
  const tickWidth = tickWidthFor(ring.points.length);
  const path = arc<{ startAngle: number; endAngle: number }>()
    .innerRadius(RING_BOX.inner)
    .outerRadius(RING_BOX.outer)
    .digits(2);
  const last = ring.points.length - 1;
  ring.points.forEach((p, j) => {
    const o = ring.owners[j] as number;
    const prev =
      j === 0 ? (ring.points[last] as number) - RING_SIZE : (ring.points[j - 1] as number);
    const d = path({ startAngle: angleOf(prev), endAngle: angleOf(p) });
    if (d) arcParts[o]?.push(d);
    if (tickWidth > 0) {
      const a = pointAt(angleOf(p), RING_BOX.tickFrom);
      const b = pointAt(angleOf(p), RING_BOX.tickTo);
      tickParts[o]?.push(`M${a.x},${a.y}L${b.x},${b.y}`);
    }
  });
  const flags = ring.change?.keyMovedCh ?? [];
  return {
    arcs: arcParts.flatMap((parts, member) =>
      parts.length > 0 ? [{ member, d: parts.join('') }] : [],
    ),
    ticks: tickParts.flatMap((parts, member) =>
      parts.length > 0 ? [{ member, d: parts.join('') }] : [],
    ),
    tickWidth,
    keys: ring.keys.map((key, i) => {
      const at = pointAt(angleOf(ring.keyPos[i] as number), RING_BOX.keys);
      return { key, x: at.x, y: at.y, moved: flags[i] ?? false };
    }),
  };
}

/** "21%", or "6.3%" below 10% where a whole percent would hide the difference from 1/N. */
export function percentText(fraction: number): string {
  const p = fraction * 100;
  return p > 0 && p < 10 ? `${p.toFixed(1)}%` : `${Math.round(p)}%`;
}

/**
 * What a perfect scheme moves: only the keys of the one backend that joined or left, 1/N of them,
 * N being the larger of the two views.
 */
export function idealShare(change: RingChangeView): { n: number; fraction: number } {
  const n = Math.max(change.before.length, change.after.length);
  return { n, fraction: n === 0 ? 0 : 1 / n };
}

export function countTrue(flags: readonly boolean[]): number {
  let k = 0;
  for (const f of flags) if (f) k++;
  return k;
}
