/**
 * Which labels to show: greedily, in the order given (earliest delivery first), a label is shown
 * only if its box overlaps neither one already shown nor an obstacle (a server card with its tag
 * band). Many votes in flight at once would otherwise pile their labels into an unreadable blot,
 * and a label over a card would hide the card's text; the marks themselves are always drawn.
 * Widths come from the real font when the page can measure it (measureLabel), else an estimate.
 */
export interface LabelBox {
  x: number;
  y: number;
  text: string;
  /** Where the label's baseline sits relative to its mark (messages above, drops below). */
  dy?: number;
}

/** Approximate width of a character of a label at 12px semibold, when nothing can measure. */
export const CHAR_PX = 8;
export const LABEL_H = 15;
/** Labels sit above their mark. */
export const LABEL_DY = -11;

export interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export type Measure = (text: string) => number;

const estimate: Measure = (text) => text.length * CHAR_PX;

/** The box a label takes, with a little air around it. */
export function labelRect(b: LabelBox, measure: Measure = estimate): Rect {
  const half = measure(b.text) / 2 + 3;
  const dy = b.dy ?? LABEL_DY;
  return { x0: b.x - half, x1: b.x + half, y0: b.y + dy - LABEL_H + 3, y1: b.y + dy + 4 };
}

export function pickLabels(
  boxes: readonly LabelBox[],
  max = Infinity,
  obstacles: readonly Rect[] = [],
  measure: Measure = estimate,
): boolean[] {
  const kept: Rect[] = [];
  return boxes.map((b) => {
    if (kept.length >= max) return false;
    const r = labelRect(b, measure);
    const overlaps = (k: Rect) => r.x0 < k.x1 && k.x0 < r.x1 && r.y0 < k.y1 && k.y0 < r.y1;
    if (kept.some(overlaps) || obstacles.some(overlaps)) return false;
    kept.push(r);
    return true;
  });
}

/**
 * Measures label text in the page's own font (a canvas 2D context), cached per text; falls back
 * to the estimate where there is no canvas (tests in Node).
 */
export function measureLabel(font: string): Measure {
  const ctx =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return estimate;
  ctx.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      w = ctx.measureText(text).width;
      cache.set(text, w);
    }
    return w;
  };
}
