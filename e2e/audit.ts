// Checks of what a reader sees, run in the page: text drawn smaller than 12 px or with contrast
// below 4.5:1 against what is behind it, and boxes of one kind that intersect boxes of another
// (labels on cards, a bar over servers). Sizes are the rendered ones: an SVG text's font size
// times the scale its view box and transforms give it.
import type { Page } from '@playwright/test';

export interface TextFinding {
  text: string;
  /** The class of the element holding the text (or its tag), to find it in the stylesheet. */
  where: string;
  px: number;
  contrast: number;
}

/** Every visible text on the page with its rendered size and contrast. */
export function visibleTexts(page: Page): Promise<TextFinding[]> {
  return page.evaluate(() => {
    const parse = (c: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)/.exec(c);
      return m
        ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
        : null;
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    /**
     * The first opaque background behind an HTML element. In SVG: the shape drawn just before
     * the text (a log slot under its zxid), else the card it is on, else white (labels have
     * white halos).
     */
    const background = (el: Element): number[] => {
      if (el instanceof SVGElement) {
        const text = el.closest('text') ?? el;
        const prev = text.previousElementSibling;
        if (prev instanceof SVGRectElement) {
          const t = text.getBoundingClientRect();
          const r = prev.getBoundingClientRect();
          const [x, y] = [t.left + t.width / 2, t.top + t.height / 2];
          const fill = parse(getComputedStyle(prev).fill);
          const under = x > r.left && x < r.right && y > r.top && y < r.bottom;
          if (under && fill && fill[3] > 0.5) return fill;
        }
        const card = el.closest('.server');
        if (card?.classList.contains('state-down')) return [246, 247, 248];
        return [255, 255, 255];
      }
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0.5) return c;
      }
      return [255, 255, 255];
    };
    const out: { text: string; where: string; px: number; contrast: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement ?? (n.parentNode as Element | null);
      if (!text || !el) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (el.closest('[aria-hidden="true"] .ticks, .visually-hidden, option, select')) continue;
      let px = parseFloat(style.fontSize);
      if (el instanceof SVGGraphicsElement) px *= el.getScreenCTM()?.a ?? 1;
      const fill = parse(el instanceof SVGElement ? style.fill : style.color) ?? [0, 0, 0, 1];
      const [a, b] = [lum(fill), lum(background(el))];
      const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const where = (el.getAttribute('class') ?? el.tagName.toLowerCase()).split(' ')[0] ?? '';
      out.push({ text: text.slice(0, 40), where, px: Math.round(px * 10) / 10, contrast });
    }
    return out;
  });
}

/** Texts under 12 px or under 4.5:1, as lines a failing assertion prints. */
export async function unreadable(page: Page): Promise<string[]> {
  return (await visibleTexts(page))
    .filter((t) => t.px < 11.95 || t.contrast < 4.5)
    .map((t) => `${t.where} "${t.text}": ${t.px} px, ${t.contrast.toFixed(2)}:1`);
}

/**
 * Pairs of boxes that intersect: every element matched by `a` against every element matched by
 * `b` (or against the other elements of `a` when `b` is omitted), with a tolerance in px. A box
 * counts only where it is on screen: clipped by the scrolling areas it is in (a card scrolled out
 * of its panel is not under the bar below that panel).
 */
export function intersections(page: Page, a: string, b?: string, slack = 0): Promise<string[]> {
  return page.evaluate(
    ({ a, b, slack }) => {
      /** The part of an element's box that its scrolling (or clipping) ancestors show. */
      const shown = (e: Element): DOMRect => {
        let { left, top, right, bottom } = e.getBoundingClientRect();
        for (let p = e.parentElement; p; p = p.parentElement) {
          const o = getComputedStyle(p);
          if (o.overflowX === 'visible' && o.overflowY === 'visible') continue;
          const c = p.getBoundingClientRect();
          left = Math.max(left, c.left);
          top = Math.max(top, c.top);
          right = Math.min(right, c.right);
          bottom = Math.min(bottom, c.bottom);
        }
        return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
      };
      const boxes = (sel: string) =>
        [...document.querySelectorAll(sel)]
          .filter((e) => {
            const s = getComputedStyle(e);
            return s.display !== 'none' && s.visibility === 'visible';
          })
          .map((e) => ({ e, r: shown(e) }))
          .filter(({ r }) => r.width > 0 && r.height > 0);
      const name = (e: Element) =>
        `${(e.getAttribute('class') ?? e.tagName).split(' ')[0]} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
      const hit = (p: DOMRect, q: DOMRect) =>
        p.left + slack < q.right &&
        q.left + slack < p.right &&
        p.top + slack < q.bottom &&
        q.top + slack < p.bottom;
      const xs = boxes(a);
      const ys = b === undefined ? xs : boxes(b);
      const out: string[] = [];
      xs.forEach((x, i) =>
        ys.forEach((y, j) => {
          if (b === undefined && j <= i) return;
          if (x.e === y.e || x.e.contains(y.e) || y.e.contains(x.e)) return;
          if (hit(x.r, y.r)) out.push(`${name(x.e)} × ${name(y.e)}`);
        }),
      );
      return out;
    },
    { a, b, slack },
  );
}
