/**
 * Which message labels to show: greedily, in the order given (earliest delivery first), a label
 * is shown only if its box overlaps neither one already shown nor an obstacle (a server card).
 * Many votes in flight at once would otherwise pile their labels into an unreadable blot, and a
 * label over a card would hide the card's text; the marks themselves are always drawn.
 */
export interface LabelBox {
  x: number;
  y: number;
  text: string;
}

/** Approximate size of a label at 12px semibold: enough to keep labels apart. */
export const CHAR_PX = 7;
export const LABEL_H = 15;
/** Labels sit above their mark. */
export const LABEL_DY = -11;

export interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export function pickLabels(
  boxes: readonly LabelBox[],
  max = Infinity,
  obstacles: readonly Rect[] = [],
): boolean[] {
  const kept: Rect[] = [];
  return boxes.map((b) => {
    if (kept.length >= max) return false;
    const half = (b.text.length * CHAR_PX) / 2 + 3;
    const r = {
      x0: b.x - half,
      x1: b.x + half,
      y0: b.y + LABEL_DY - LABEL_H + 3,
      y1: b.y + LABEL_DY + 3,
    };
    const overlaps = (k: Rect) => r.x0 < k.x1 && k.x0 < r.x1 && r.y0 < k.y1 && k.y0 < r.y1;
    const hit = kept.some(overlaps) || obstacles.some(overlaps);
    if (hit) return false;
    kept.push(r);
    return true;
  });
}
