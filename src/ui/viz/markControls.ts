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

export function markControls<D extends { item: MessageView }>(
  marks: Selection<SVGGElement, D, SVGGElement, unknown>,
  onPick: Pick | null,
  t: Translate,
): void {
  if (!onPick) {
    marks.attr('role', null).attr('tabindex', null).attr('aria-label', null);
    marks.attr('aria-haspopup', null).attr('data-message', null);
    marks.on('click', null).on('keydown', null);
    return;
  }
  const focused = marks.nodes().findIndex((n) => n === document.activeElement);
  const stop = focused >= 0 ? focused : 0;
  marks
    .attr('role', 'button')
    .attr('tabindex', (_d, i) => (i === stop ? 0 : -1))
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
}
