/**
 * Messages in flight as controls (issue 16, part 4): each mark is a button named after its
 * message ("PROPOSAL 0x100000001 from S5 to S2") that opens the Drop and Delay popover on click,
 * Enter or Space. The marks are one Tab stop (a roving tabindex): with up to 240 in flight, Tab
 * would otherwise take a person through every one; the arrow keys move between them (and do not
 * step the run while a mark has the focus). Without a handler the marks are plain pictures.
 */
import type { Selection } from 'd3';
import type { MessageView } from '../../protocol/frame';
import type { Translate } from '../i18n/t';
import { messageName } from './messageLabel';

type Pick = (message: MessageView, mark: Element) => void;

const ARROWS: Record<string, 1 | -1> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** Moves the one Tab stop to the next (or previous) mark, wrapping around, and focuses it. */
function moveFocus(from: SVGGElement, step: 1 | -1): void {
  const all = [...(from.parentElement?.querySelectorAll<SVGGElement>('g.msg') ?? [])];
  const next = all[(all.indexOf(from) + step + all.length) % all.length];
  if (!next || next === from) return;
  from.setAttribute('tabindex', '-1');
  next.setAttribute('tabindex', '0');
  next.focus();
}

/**
 * What each mark was last made a control for. The time layer calls markControls on every
 * animation frame for every mark in flight; setting five attributes, formatting the name and
 * rebinding two listeners on each of them every frame (up to 240 marks) doubled the ensemble
 * view's frame time at 1x (bench/ui.ts, 9 servers, 100 writes/s). A mark keeps its message (the
 * join is keyed by message id) and d3 hands the listeners the current datum, so a mark needs
 * this only once per handler and language; the roving tab stop alone is checked each frame.
 */
const madeFor = new WeakMap<Element, { onPick: Pick | null; t: Translate }>();

export function markControls<D extends { item: MessageView }>(
  marks: Selection<SVGGElement, D, SVGGElement, unknown>,
  onPick: Pick | null,
  t: Translate,
): void {
  const fresh = marks.filter(function () {
    const made = madeFor.get(this);
    if (made && made.onPick === onPick && made.t === t) return false;
    madeFor.set(this, { onPick, t });
    return true;
  });
  if (!onPick) {
    fresh.attr('role', null).attr('tabindex', null).attr('aria-label', null);
    fresh.attr('aria-haspopup', null).attr('data-message', null);
    fresh.on('click', null).on('keydown', null);
    return;
  }
  fresh
    .attr('role', 'button')
    .attr('aria-haspopup', 'dialog')
    .attr('data-message', (d) => d.item.id)
    .attr('aria-label', (d) => messageName(d.item, t))
    .on('click', (ev: MouseEvent, d) => onPick(d.item, ev.currentTarget as Element))
    .on('keydown', (ev: KeyboardEvent, d) => {
      const step = ARROWS[ev.key];
      if (step !== undefined) {
        ev.preventDefault();
        ev.stopPropagation();
        return moveFocus(ev.currentTarget as SVGGElement, step);
      }
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      // Space is also the app's play key: on a message it opens the popover instead.
      ev.preventDefault();
      ev.stopPropagation();
      onPick(d.item, ev.currentTarget as Element);
    });
  // One Tab stop: the focused mark while it flies, else the first.
  const nodes = marks.nodes();
  const focused = nodes.findIndex((n) => n === document.activeElement);
  const stop = focused >= 0 ? focused : 0;
  nodes.forEach((n, i) => {
    const want = i === stop ? '0' : '-1';
    if (n.getAttribute('tabindex') !== want) n.setAttribute('tabindex', want);
  });
}
