import { describe, expect, it } from 'vitest';
import type { LabSeriesView, LabStrategyView } from '../../protocol/frame';
import {
  dashOf,
  LATENCY_BOX as B,
  latencyGeometry,
  LOAD_BOX,
  loadGeometry,
  spreadLabels,
} from './chartModel';

function series(id: string, p99: number[], completed = p99.map(() => 5)): LabSeriesView {
  return {
    id,
    endMs: p99.map((_, i) => (i + 1) * 1000),
    completed,
    p50: p99.map((v) => v / 4),
    p95: p99.map((v) => v / 2),
    p99,
  };
}

const right = B.width - B.right;
const bottom = B.height - B.bottom;

describe('latencyGeometry', () => {
  it('puts every strategy on shared axes: time over the whole run, latency from 0', () => {
    const g = latencyGeometry([series('a', [10, 40]), series('b', [20, 80])], 'p99', 10000, []);
    expect(g.xTicks[0]).toEqual({ pos: B.left, value: 0 });
    expect(g.xTicks.at(-1)).toEqual({ pos: right, value: 10000 });
    expect(g.yTicks[0]).toEqual({ pos: bottom, value: 0 });
    expect(g.yTicks.at(-1)?.value).toBeGreaterThanOrEqual(80);
    expect(g.yTicks.at(-1)?.pos).toBeCloseTo(B.top);
    const [a, b] = g.lines;
    expect(a?.d.startsWith(`M${B.left + (right - B.left) / 10},`)).toBe(true);
    expect(a?.last).toBe(40);
    expect(b?.last).toBe(80);
    expect(a?.dash).not.toBe(b?.dash);
  });

  it('draws the chosen percentile', () => {
    const s = [series('a', [40, 80])];
    expect(latencyGeometry(s, 'p50', 2000, []).lines[0]?.last).toBe(20);
    expect(latencyGeometry(s, 'p95', 2000, []).lines[0]?.last).toBe(40);
  });

  it('breaks the line at a window without completions instead of dropping to 0', () => {
    const g = latencyGeometry([series('a', [10, 0, 30], [5, 0, 5])], 'p99', 3000, []);
    const d = g.lines[0]?.d ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
    expect(g.lines[0]?.last).toBe(30);
    const empty = latencyGeometry([series('a', [0], [0])], 'p99', 3000, []);
    expect(empty.lines[0]).toMatchObject({ last: null, label: null });
  });

  it('labels each line at its end, never two labels on top of each other', () => {
    const g = latencyGeometry([series('a', [50]), series('b', [50])], 'p99', 1000, []);
    const [la, lb] = g.lines.map((l) => l.label!);
    expect(la?.x).toBe(right + 6);
    expect(Math.abs((la?.y ?? 0) - (lb?.y ?? 0))).toBeGreaterThanOrEqual(13);
  });

  it('places markers in time order, alternating label rows when they are close', () => {
    const g = latencyGeometry([], 'p99', 60000, [
      { atMs: 26000, kind: 'removed', backend: 'b2' },
      { atMs: 20000, kind: 'kill-backend', backend: 'b2' },
      { atMs: 50000, kind: 'added', backend: 'b5' },
    ]);
    expect(g.markers.map((m) => [m.kind, m.row])).toEqual([
      ['kill-backend', 0],
      ['removed', 1],
      ['added', 0],
    ]);
    expect(g.markers[0]?.x).toBeCloseTo(B.left + ((right - B.left) * 20) / 60);
  });
});

describe('spreadLabels', () => {
  it('keeps order, spaces labels by the gap and stays inside the bounds', () => {
    expect(spreadLabels([50, 50, 50], 10, 0, 100)).toEqual([50, 60, 70]);
    expect(spreadLabels([98, 99], 10, 0, 100)).toEqual([90, 100]);
    expect(spreadLabels([30, 5], 10, 0, 100)).toEqual([30, 5]);
  });
});

describe('dashOf', () => {
  it('gives each of four strategies its own pattern', () => {
    expect(new Set([0, 1, 2, 3].map(dashOf)).size).toBe(4);
  });
});

describe('loadGeometry', () => {
  const backend = (id: string, served: number) => ({
    id,
    state: 'alive' as const,
    slots: 4,
    inUse: 0,
    queue: 0,
    queueMax: 50,
    served,
    meanServiceMs: id === 'b4' ? 80 : 20,
    slowFactor: 1,
    admitted: served,
    dropped: 0,
    failed: 0,
  });
  const row = (id: string, served: number[]): LabStrategyView => ({
    id,
    offered: 0,
    completed: 0,
    dropped: 0,
    failed: 0,
    p50: 0,
    p95: 0,
    p99: 0,
    imbalance: 1,
    recent: [],
    backends: served.map((n, i) => backend(`b${i + 1}`, n)),
  });

  it('puts every strategy on one scale of served requests, with shares', () => {
    const g = loadGeometry([row('rr', [100, 100, 100, 100]), row('lc', [150, 150, 150, 50])]);
    const full = LOAD_BOX.width - LOAD_BOX.labelWidth - LOAD_BOX.valueWidth;
    expect(g.groups.map((x) => x.bars.map((b) => b.share))).toEqual([
      [25, 25, 25, 25],
      [30, 30, 30, 10],
    ]);
    expect(g.groups[1]?.bars[0]?.width).toBeCloseTo(full);
    expect(g.groups[0]?.bars[0]?.width).toBeCloseTo((full * 100) / 150);
    expect(g.groups[1]?.bars[3]?.meanServiceMs).toBe(80);
    expect(g.groups[1]!.y).toBeGreaterThan(g.groups[0]!.bars.at(-1)!.y);
  });

  it('draws empty bars before any completion', () => {
    const g = loadGeometry([row('rr', [0, 0])]);
    expect(g.groups[0]?.bars.map((b) => [b.width, b.share])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});
