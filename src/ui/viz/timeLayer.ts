/**
 * The marks that depend on display time: messages in flight, dropped messages falling, and each
 * server's heartbeat bar. D3 joins keyed by message id and sid, redrawn whenever the frame or the
 * display time changes (every animation frame while playing, never while paused and idle). No
 * d3-transition: every position is computed from (frame, display time), so scrubbing and stepping
 * back are exact.
 */
import { select, type Selection } from 'd3';
import type { DropView, Frame, MessageView, ServerView } from '../../protocol/frame';
import type { MessageKey } from '../i18n/en';
import type { MessageParams } from '../i18n/t';
import { seconds } from '../explain/reasons';
import { dropPoint, heartbeatFraction, lerp, linkSegment, progress } from './geometry';
import { LABEL_DY, measureLabel, pickLabels, type Measure, type Rect } from './labels';
import { setAttr, setClass, setStyle, setText } from './domWrites';
import { markControls } from './markControls';
import { messageLabel } from './messageLabel';
import { COMMIT_COLOR, DROP_COLOR, MESSAGE_STYLE, markPath } from './palette';
import { CARD, TAG_BAND, type CardPlace } from './ringLayout';

type T = (key: MessageKey, params?: MessageParams) => string;

export interface TimeLayerInput {
  frame: Frame;
  displayMs: number;
  places: Map<number, CardPlace>;
  /** The cards' scale (ringLayout): links end on the cards' borders. */
  scale: number;
  reducedMotion: boolean;
  dropWindowMs: number;
  t: T;
  /**
   * A person clicked (or pressed Enter or Space on) a message in flight: the ensemble view opens
   * its Drop and Delay popover (MessagePopover), anchored at the mark.
   */
  onPick?: (message: MessageView, mark: Element) => void;
}

/** With more messages than this in flight, the picture is about flow: marks only. */
export const LABEL_LIMIT = 60;
const LANE = 6;
const BAR = { x: 12, y: 99, width: CARD.width - 70, height: 5 };
/** A lost message's label sits above its cross. */
const DROP_LABEL_DY = -10;

/** Label widths in the page's font (measured once per text). */
const measures = new Map<string, Measure>();
/**
 * The page's font family, read once per layer: getComputedStyle on every frame forced a style
 * recalculation in the middle of each frame while playing (issue 15, item 6). The family comes
 * from the stylesheet (base.css) and does not change while the page is open.
 */
const fontOf = new WeakMap<Element, string>();
function measureFor(root: Element): Measure {
  let font = fontOf.get(root);
  if (font === undefined) {
    font = `650 12px ${getComputedStyle(root).fontFamily}`;
    fontOf.set(root, font);
  }
  let m = measures.get(font);
  if (!m) measures.set(font, (m = measureLabel(font)));
  return m;
}

/** The cards with their tag bands: no label may cover them. */
function cardRects(input: TimeLayerInput): Rect[] {
  const hw = (CARD.width * input.scale) / 2;
  const hh = (CARD.height * input.scale) / 2;
  const band = TAG_BAND * input.scale;
  return [...input.places.values()].map((c) => ({
    x0: c.x - hw,
    x1: c.x + hw,
    y0: c.y - hh - band,
    y1: c.y + hh,
  }));
}

function segmentFor(input: TimeLayerInput, from: number, to: number) {
  const a = input.places.get(from);
  const b = input.places.get(to);
  if (!a || !b) return null;
  const hw = (CARD.width * input.scale) / 2 + 6;
  const hh = (CARD.height * input.scale) / 2 + 6;
  return linkSegment(a, b, hw, hh, from < to ? LANE : -LANE);
}

interface Placed<T> {
  item: T;
  p: { x: number; y: number };
  text: string;
  show: boolean;
}

function placeMessages(input: TimeLayerInput): Placed<MessageView>[] {
  const { frame, displayMs } = input;
  return frame.messages.flatMap((m) => {
    const seg = segmentFor(input, m.from, m.to);
    if (!seg) return [];
    const p = lerp(seg, progress(displayMs, m.sentAtMs, m.atMs));
    return [{ item: m, p, text: messageLabel(m), show: false }];
  });
}

function placeDrops(input: TimeLayerInput): (Placed<DropView> & { fade: number })[] {
  const { frame, displayMs, reducedMotion, dropWindowMs } = input;
  return frame.drops.flatMap((d) => {
    const seg = segmentFor(input, d.from, d.to);
    if (!seg) return [];
    const { p, fade } = dropPoint(seg, displayMs - d.atMs, dropWindowMs, reducedMotion ? 0 : 42);
    return [{ item: d, p, fade, text: d.kind, show: false }];
  });
}

/**
 * Decides which labels show: the messages' first (earliest delivery first), then the lost ones',
 * none over a card or over another label. Past LABEL_LIMIT marks, the picture is flow: no labels.
 */
function chooseLabels(
  input: TimeLayerInput,
  messages: Placed<MessageView>[],
  drops: Placed<DropView>[],
  measure: Measure,
): void {
  if (messages.length + drops.length > LABEL_LIMIT) return;
  const boxes = [
    ...messages.map((d) => ({ x: d.p.x, y: d.p.y, text: d.text })),
    ...drops.map((d) => ({ x: d.p.x, y: d.p.y, text: d.text, dy: DROP_LABEL_DY })),
  ];
  const shown = pickLabels(boxes, Infinity, cardRects(input), measure);
  messages.forEach((d, i) => (d.show = shown[i] as boolean));
  drops.forEach((d, i) => (d.show = shown[messages.length + i] as boolean));
}

function drawMessages(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  labels: Selection<SVGGElement, unknown, null, undefined>,
  placed: Placed<MessageView>[],
  input: TimeLayerInput,
): void {
  const at = (d: Placed<MessageView>) => `translate(${d.p.x.toFixed(1)},${d.p.y.toFixed(1)})`;
  layer
    .selectAll<SVGGElement, Placed<MessageView>>('g.msg')
    .data(placed, (d) => d.item.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', (d) => `msg cat-${d.item.cat} kind-${d.item.kind}`);
      // A larger, invisible target than the mark itself: a 13 px mark is hard to hit.
      g.append('circle').attr('class', 'hit').attr('r', 11);
      g.append('path')
        .attr('class', 'mark')
        .attr('d', (d) =>
          markPath(MESSAGE_STYLE[d.item.cat].shape, d.item.cat === 'ping' ? 7 : 6.5),
        )
        .style('fill', (d) =>
          d.item.kind === 'ACK'
            ? '#fff'
            : d.item.kind === 'COMMIT'
              ? COMMIT_COLOR
              : MESSAGE_STYLE[d.item.cat].color,
        )
        .style('stroke', (d) =>
          d.item.kind === 'COMMIT' ? COMMIT_COLOR : MESSAGE_STYLE[d.item.cat].color,
        );
      return g;
    })
    .each(function (d) {
      setAttr(this, 'transform', at(d));
    })
    .call(markControls, input.onPick ?? null, input.t);
  // Labels in a layer of their own above every mark: a mark passing by never hides a label.
  labels
    .selectAll<SVGTextElement, Placed<MessageView>>('text.msg-label')
    .data(
      placed.filter((d) => d.show),
      (d) => d.item.id,
    )
    .join((enter) =>
      enter
        .append('text')
        .attr('class', 'msg-label')
        .attr('y', LABEL_DY)
        .text((d) => d.text),
    )
    .each(function (d) {
      setAttr(this, 'transform', at(d));
    });
}

function drawDrops(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  placed: (Placed<DropView> & { fade: number })[],
): void {
  layer
    .selectAll<SVGGElement, Placed<DropView> & { fade: number }>('g.drop')
    .data(placed, (x) => x.item.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'drop');
      g.append('path')
        .attr('class', 'drop-mark')
        .attr('d', 'M-6,-6L6,6M-6,6L6,-6')
        .style('stroke', DROP_COLOR);
      g.append('text')
        .attr('class', 'drop-label')
        .attr('y', DROP_LABEL_DY)
        .text((x) => x.text);
      return g;
    })
    .each(function (x) {
      setAttr(this, 'transform', `translate(${x.p.x.toFixed(1)},${x.p.y.toFixed(1)})`);
      setClass(this, 'no-label', !x.show);
      setStyle(this, 'opacity', String(Number(Math.max(0.15, x.fade).toFixed(2))));
    });
}

function heartbeatText(s: ServerView, displayMs: number, t: T): string {
  const hb = s.heartbeat;
  if (!hb) return '';
  if (hb.role === 'leader') return t('hb.leader', { period: seconds(hb.periodMs) });
  const left = Math.max(0, hb.deadlineMs - displayMs);
  return t('hb.learner', {
    limit: hb.timer === 'timer.syncLimit' ? 'syncLimit' : 'initLimit',
    left: seconds(Math.round(left / 100) * 100),
  });
}

function drawHeartbeats(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  input: TimeLayerInput,
): void {
  const { frame, displayMs, places, t } = input;
  const rows = frame.servers.filter((s) => s.heartbeat && !s.frozen && places.has(s.sid));
  const g = layer
    .selectAll<SVGGElement, ServerView>('g.hb')
    .data(rows, (s) => s.sid)
    .join((enter) => {
      const h = enter.append('g').attr('class', 'hb');
      h.append('rect')
        .attr('class', 'hb-track')
        .attr('width', BAR.width)
        .attr('height', BAR.height)
        .attr('rx', 2.5);
      h.append('rect').attr('class', 'hb-fill').attr('height', BAR.height).attr('rx', 2.5);
      h.append('text')
        .attr('class', 'hb-label')
        .attr('y', BAR.height + 13);
      return h;
    });
  g.each(function (s) {
    const p = places.get(s.sid) as CardPlace;
    const k = input.scale;
    const x = p.x - (CARD.width * k) / 2 + BAR.x * k;
    const y = p.y - (CARD.height * k) / 2 + BAR.y * k;
    setAttr(this, 'transform', `translate(${x},${y}) scale(${k})`);
    const hb = s.heartbeat;
    if (!hb) return;
    const f =
      hb.role === 'leader'
        ? heartbeatFraction(displayMs, hb.nextPingMs, hb.periodMs, 'leader')
        : heartbeatFraction(displayMs, hb.deadlineMs, hb.limitMs, 'learner');
    setClass(this, 'low', hb.role === 'learner' && f < 0.25);
    setClass(this, 'leader', hb.role === 'leader');
    const fill = this.querySelector('.hb-fill');
    const label = this.querySelector('.hb-label');
    if (fill) setAttr(fill, 'width', (BAR.width * f).toFixed(1));
    if (label) setText(label, heartbeatText(s, displayMs, t));
  });
}

export function drawTimeLayer(root: SVGGElement, input: TimeLayerInput): void {
  const sel = select(root);
  const messages = placeMessages(input);
  const drops = placeDrops(input);
  chooseLabels(input, messages, drops, measureFor(root));
  drawHeartbeats(sel.select<SVGGElement>('g.heartbeats'), input);
  drawDrops(sel.select<SVGGElement>('g.drops'), drops);
  drawMessages(
    sel.select<SVGGElement>('g.messages'),
    sel.select<SVGGElement>('g.msg-labels'),
    messages,
    input,
  );
}
