/**
 * The space-time diagram's geometry, pure so it can be tested: one lane per server (x), time
 * flowing down (y), each lane cut into segments by its state, each message an arrow from send to
 * receipt, elections as rules across the lanes. Labels are placed top-down and one that would
 * overlap the previous one in its column is left out (its segment or rule still shows, with its
 * dash pattern and glyph), so labels never overlap.
 */
import { scaleLinear, scalePoint } from 'd3';
import type { SpaceTimeArrow, SpaceTimeMark, SpaceTimeView } from '../../../protocol/frame';

/** Vertical room one label line needs (12 px type plus leading). */
export const LABEL_GAP_PX = 15;
const TOP = 30;
const BOTTOM = 12;
const SIDE = 34;
/** The lane spacing below which state labels are glyphs, not words. */
export const WORD_PX = 110;
/** A label's estimated width per character at 12 px (bold-free sans). */
const CHAR_PX = 7.5;

export interface Segment {
  sid: number;
  x: number;
  y0: number;
  y1: number;
  state: SpaceTimeMark['state'];
}

export interface Label {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface ArrowGeom {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** solid: send and receipt known; receipt: only the receipt (no send time logged); open: in flight. */
  kind: 'solid' | 'receipt' | 'open' | 'lost';
  cat: SpaceTimeArrow['cat'];
}

export interface Layout {
  lanes: { sid: number; x: number }[];
  segments: Segment[];
  arrows: ArrowGeom[];
  stateLabels: Label[];
  rules: { y: number; sid: number; epoch: number | null }[];
  ruleLabels: (Label & { sid: number; epoch: number | null })[];
  ticks: { y: number; ms: number }[];
}

/** Keeps labels (sorted by y) at least LABEL_GAP_PX apart within the same column key. */
export function dropOverlaps<L extends { y: number }>(labels: L[], key: (l: L) => string): L[] {
  const last = new Map<string, number>();
  const out: L[] = [];
  for (const l of [...labels].sort((a, b) => a.y - b.y)) {
    const k = key(l);
    const prev = last.get(k);
    if (prev !== undefined && l.y - prev < LABEL_GAP_PX) continue;
    last.set(k, l.y);
    out.push(l);
  }
  return out;
}

export function layoutSpaceTime(
  v: SpaceTimeView,
  width: number,
  height: number,
  stateWord: (state: SpaceTimeMark['state'], short: boolean) => string,
): Layout {
  const x = scalePoint<number>()
    .domain(v.lanes)
    .range([SIDE, width - SIDE])
    .padding(0.5);
  const y = scaleLinear()
    .domain([v.fromMs, Math.max(v.toMs, v.fromMs + 1)])
    .range([TOP, height - BOTTOM])
    .clamp(true);
  const xs = (sid: number) => x(sid) ?? SIDE;
  // A state word is about 7 px a letter at 12 px: lanes closer than a word get its glyph only.
  const short = x.step() < WORD_PX;
  const segments: Segment[] = [];
  const labels: Label[] = [];
  for (const sid of v.lanes) {
    const marks = [
      v.initial.find((m) => m.sid === sid) ?? {
        sid,
        atMs: v.fromMs,
        state: 'UNKNOWN',
        phase: null,
      },
      ...v.marks.filter((m) => m.sid === sid),
    ] as SpaceTimeMark[];
    marks.forEach((m, i) => {
      const next = marks[i + 1];
      const y0 = y(m.atMs);
      const y1 = next ? y(next.atMs) : y(v.toMs);
      const prev = segments[segments.length - 1];
      // Repeated lines of the same state (ZooKeeper prints some twice) extend one segment.
      if (prev && prev.sid === sid && prev.state === m.state) prev.y1 = y1;
      else {
        segments.push({ sid, x: xs(sid), y0, y1, state: m.state });
        // A word that would leave the drawing on the right (the last lane) becomes its glyph.
        const long = stateWord(m.state, short);
        const fits = xs(sid) + 5 + long.length * CHAR_PX <= width;
        const text = fits ? long : stateWord(m.state, true);
        labels.push({ x: xs(sid) + 5, y: y0 + 11, text, anchor: 'start' });
      }
    });
  }
  const arrows: ArrowGeom[] = v.arrows.map((a) => {
    const x1 = xs(a.from);
    const x2 = xs(a.to);
    if (a.atMs === null)
      return {
        x1,
        y1: y(a.sentAtMs ?? v.fromMs),
        x2: (x1 + x2) / 2,
        y2: y(v.toMs),
        kind: 'open',
        cat: a.cat,
      };
    if (a.sentAtMs === null)
      // Only the receipt is known: a short level stub into the receiver, never a guessed slope.
      return {
        x1: x2 + (x1 - x2) * 0.35,
        y1: y(a.atMs),
        x2,
        y2: y(a.atMs),
        kind: 'receipt',
        cat: a.cat,
      };
    return {
      x1,
      y1: y(a.sentAtMs),
      x2,
      y2: y(a.atMs),
      kind: a.lost ? 'lost' : 'solid',
      cat: a.cat,
    };
  });
  const rules = v.elections.map((e) => ({ y: y(e.atMs), sid: e.sid, epoch: e.epoch }));
  const ruleLabels = dropOverlaps(
    rules.map((r) => ({
      x: width - 4,
      y: r.y - 3,
      text: '',
      anchor: 'end' as const,
      sid: r.sid,
      epoch: r.epoch,
    })),
    () => 'rules',
  );
  const tickStep = niceStep((v.toMs - v.fromMs) / 6);
  const ticks: Layout['ticks'] = [];
  for (let ms = Math.ceil(v.fromMs / tickStep) * tickStep; ms <= v.toMs; ms += tickStep)
    ticks.push({ y: y(ms), ms });
  return {
    lanes: v.lanes.map((sid) => ({ sid, x: xs(sid) })),
    segments,
    arrows,
    stateLabels: dropOverlaps(labels, (l) => String(l.x)),
    rules,
    ruleLabels,
    ticks: dropOverlaps(ticks, () => 'ticks'),
  };
}

/** 1, 2 or 5 times a power of ten, at least `raw` (and at least 1 ms). */
function niceStep(raw: number): number {
  const p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}
