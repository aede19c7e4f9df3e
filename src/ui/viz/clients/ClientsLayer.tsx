/**
 * The clients in the ensemble view (issue 15): a chip per client in the band below the ring, with
 * its id, state and session in text (the border's dash says connected or not, so colour is never
 * alone), a line to the server it is connected to, and its requests, replies and watch events
 * travelling as marks. Chips change with frames (React); marks move with display time and are
 * redrawn by a store subscription, so nothing runs while the view is paused and idle.
 */
import { select } from 'd3';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { ClientMessageView, ClientView } from '../../../protocol/clientsFrame';
import { appStore, useAppStore } from '../../store/appStore';
import type { CardPlace } from '../ringLayout';
import { CHIP, chipPlaces, clientMarkAt, type ChipPlace, type Point } from './clientLayout';
import { clientLabel, type T } from './clientText';
import { setAttr, setText } from '../domWrites';

const STATE_COLOR: Record<string, string> = {
  CONNECTED: '#0072B2',
  CONNECTING: '#6b6b6b',
  DISCONNECTED: '#B35900',
  EXPIRED: '#B00020',
  CLOSED: '#6b6b6b',
  CRASHED: '#B00020',
  NOT_STARTED: '#6b6b6b',
};
const MARK_COLOR = { request: '#0072B2', reply: '#009E73', watch: '#CC79A7', other: '#6b6b6b' };

function markFamily(m: ClientMessageView): keyof typeof MARK_COLOR {
  if (m.kind === 'ZK_REQUEST') return 'request';
  if (m.kind === 'ZK_REPLY') return 'reply';
  if (m.kind === 'ZK_WATCH') return 'watch';
  return 'other';
}

/** A short label for a mark: the operation and, for a reply, its result code. */
function markText(m: ClientMessageView): string {
  if (m.kind === 'ZK_REPLY') return `${m.op ?? 'reply'} ${m.rc ?? ''}`.trim();
  if (m.kind === 'ZK_REQUEST' || m.kind === 'ZK_WATCH') return m.op ?? m.kind;
  // On reconnecting with the same session the client re-registers its watches first
  // (ClientCnxn.primeConnection sends SetWatches); issue 15 asks for it to be visible.
  if (m.kind === 'ZK_SET_WATCHES') return 'SetWatches';
  return '';
}

interface Props {
  /** Where the chips go, in the scenario's order (clientLayout.ts). */
  centres: readonly Point[];
  places: Map<number, CardPlace>;
  t: T;
}

function endOf(
  node: number | string,
  chips: Map<string, ChipPlace>,
  places: Map<number, CardPlace>,
): Point | null {
  if (typeof node === 'string') return chips.get(node) ?? null;
  return places.get(node) ?? null;
}

function drawMarks(
  root: SVGGElement,
  messages: ClientMessageView[],
  displayMs: number,
  chips: Map<string, ChipPlace>,
  places: Map<number, CardPlace>,
): void {
  const placed = messages.flatMap((m) => {
    const a = endOf(m.from, chips, places);
    const b = endOf(m.to, chips, places);
    if (!a || !b || displayMs < m.sentAtMs) return [];
    return [{ m, p: clientMarkAt(a, b, m.sentAtMs, m.atMs, displayMs) }];
  });
  const labelled = placed.length <= 40;
  // A mark keeps its message (keyed by id): its kind, shape and colour are set once, when it
  // enters; on later frames only what changed is written (domWrites.ts).
  select(root)
    .selectAll<SVGGElement, (typeof placed)[number]>('g.client-mark')
    .data(placed, (d) => String(d.m.id))
    .join((enter) => {
      const e = enter
        .append('g')
        .attr('class', 'client-mark')
        .attr('data-kind', (d) => d.m.kind);
      // A reply is a circle (rounded), a request a square, a watch event a diamond: shape, not
      // colour.
      e.append('rect')
        .attr('width', 9)
        .attr('height', 9)
        .attr('x', -4.5)
        .attr('y', -4.5)
        .attr('rx', (d) => (markFamily(d.m) === 'reply' ? 4.5 : 0))
        .attr('transform', (d) => (markFamily(d.m) === 'watch' ? 'rotate(45)' : null))
        .attr('fill', (d) => MARK_COLOR[markFamily(d.m)]);
      e.append('text').attr('class', 'client-mark-label').attr('x', 8).attr('y', 4);
      return e;
    })
    .each(function (d) {
      setAttr(this, 'transform', `translate(${d.p.x},${d.p.y})`);
      const label = this.lastElementChild;
      if (label) setText(label, labelled ? markText(d.m) : '');
    });
}

interface ChipProps {
  c: ClientView;
  place: ChipPlace;
  label: string;
  selected: boolean;
  t: T;
}

function ChipView({ c, place, label, selected, t }: ChipProps) {
  const x = place.x - CHIP.width / 2;
  const y = place.y - CHIP.height / 2;
  const connected = c.state === 'CONNECTED';
  const pick = () => appStore.getState().selectClient(selected ? null : c.id);
  const line2 = `${c.sessionId ?? t('clients.noSession')}${c.server !== null ? ` · S${c.server}` : ''}`;
  const tags = [
    c.frozen ? t('clients.frozenTag') : null,
    c.recipe?.holding ? t('clients.lockTag', { path: c.recipe.path }) : null,
  ].filter((x) => x !== null);
  const tag = tags.length > 0 ? tags.join(' · ') : null;
  return (
    <g
      className={`client-chip${selected ? ' selected' : ''}`}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={label}
      data-client={c.id}
      onClick={pick}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          pick();
        }
      }}
    >
      <rect
        x={x}
        y={y}
        width={CHIP.width}
        height={CHIP.height}
        rx={6}
        className="client-chip-body"
        stroke={STATE_COLOR[c.state] ?? '#6b6b6b'}
        strokeDasharray={connected ? undefined : '5 3'}
        strokeWidth={selected ? 3 : 2}
      />
      <text x={x + 8} y={y + 15} className="client-chip-title">
        {c.id} · {c.state}
      </text>
      <text x={x + 8} y={y + 29} className="client-chip-sub">
        {line2}
      </text>
      {tag && (
        <text x={x + 8} y={y + 42} className="client-chip-tag">
          {tag}
        </text>
      )}
    </g>
  );
}

/**
 * Frames bring a fresh copy of every client; a chip re-renders only when what it shows changed
 * (its client's view, its label, its place, being selected, the language). Twenty chips each
 * re-rendered on every frame of the 20-client bench (issue 15, item 6).
 */
const Chip = memo(
  ChipView,
  (a, b) =>
    a.place === b.place &&
    a.label === b.label &&
    a.selected === b.selected &&
    a.t === b.t &&
    (a.c === b.c || JSON.stringify(a.c) === JSON.stringify(b.c)),
);

export const ClientsLayer = memo(function ClientsLayer({ centres, places, t }: Props) {
  const view = useAppStore((s) => s.frame?.clients ?? null);
  const nowMs = useAppStore((s) => s.frame?.nowMs ?? 0);
  const selected = useAppStore((s) => s.selectedClient);
  const marksRef = useRef<SVGGElement>(null);
  const ids = useMemo(() => view?.clients.map((c) => c.id).join('\n') ?? '', [view]);
  const chips = useMemo(
    () => new Map(chipPlaces(ids ? ids.split('\n') : [], centres).map((p) => [p.id, p])),
    [ids, centres],
  );

  useEffect(() => {
    const draw = () => {
      const s = appStore.getState();
      const el = marksRef.current;
      if (!el) return;
      drawMarks(el, s.frame?.clients?.messages ?? [], s.displayMs, chips, places);
    };
    draw();
    return appStore.subscribe((s, prev) => {
      if (s.frame !== prev.frame || s.displayMs !== prev.displayMs) draw();
    });
  }, [chips, places]);

  if (!view) return null;
  return (
    <g className="clients-layer" role="group" aria-label={t('clients.group')}>
      <g className="client-links" aria-hidden="true">
        {view.clients.map((c) => {
          const chip = chips.get(c.id);
          const card = c.server !== null ? places.get(c.server) : undefined;
          if (!chip || !card || (c.state !== 'CONNECTED' && c.state !== 'CONNECTING')) return null;
          return (
            <line
              key={c.id}
              x1={chip.x}
              y1={chip.y}
              x2={card.x}
              y2={card.y}
              className="client-link"
              strokeDasharray={c.state === 'CONNECTED' ? undefined : '4 4'}
            />
          );
        })}
      </g>
      {view.clients.map((c) => {
        const place = chips.get(c.id);
        if (!place) return null;
        return (
          <Chip
            key={c.id}
            c={c}
            place={place}
            label={clientLabel(c, view.tracker, nowMs, t)}
            selected={selected === c.id}
            t={t}
          />
        );
      })}
      <g ref={marksRef} className="client-marks" aria-hidden="true" />
    </g>
  );
});
