/**
 * Pure geometry for the ensemble view: servers evenly spaced on a circle, the first at the top,
 * going clockwise in ascending sid order (so the picture never depends on arrival order).
 */
export interface RingPoint {
  sid: number;
  x: number;
  y: number;
}

export interface RingBox {
  width: number;
  height: number;
  /** Circle radius as a fraction of half the smaller side. */
  radiusFraction: number;
}

export function ringLayout(sids: readonly number[], box: RingBox): RingPoint[] {
  const cx = box.width / 2;
  const cy = box.height / 2;
  const r = (Math.min(box.width, box.height) / 2) * box.radiusFraction;
  const sorted = [...sids].sort((a, b) => a - b);
  return sorted.map((sid, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / sorted.length;
    return { sid, x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
  });
}
