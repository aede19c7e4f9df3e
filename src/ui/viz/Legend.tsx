/**
 * The key to the picture: each state's colour, glyph and word, and each message family's mark.
 * Drawn with the same palette and shapes as the view, so it can never disagree with it.
 */
import { useState } from 'react';
import { useAppStore } from '../store/appStore';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/en';
import type { PeerStateName } from '../../sim/vocabulary';
import {
  COMMIT_COLOR,
  DROP_COLOR,
  MESSAGE_STYLE,
  STATE_STYLE,
  markPath,
  type MarkShape,
} from './palette';

/** The states in the key's order (the leader first); the type check keeps them ZAB's names. */
const STATES = [
  'LEADING',
  'FOLLOWING',
  'LOOKING',
  'OBSERVING',
  'DOWN',
] as const satisfies readonly PeerStateName[];

const MARKS: {
  key: MessageKey;
  shape: MarkShape;
  color: string;
  hollow?: boolean;
  cross?: boolean;
}[] = [
  {
    key: 'legend.notification',
    shape: MESSAGE_STYLE.election.shape,
    color: MESSAGE_STYLE.election.color,
  },
  { key: 'legend.setup', shape: MESSAGE_STYLE.sync.shape, color: MESSAGE_STYLE.sync.color },
  { key: 'legend.proposal', shape: 'square', color: MESSAGE_STYLE.broadcast.color },
  { key: 'legend.ack', shape: 'square', color: MESSAGE_STYLE.broadcast.color, hollow: true },
  { key: 'legend.commit', shape: 'square', color: COMMIT_COLOR },
  { key: 'legend.ping', shape: 'dot', color: MESSAGE_STYLE.ping.color },
  { key: 'legend.tcp', shape: 'triangle', color: MESSAGE_STYLE.tcp.color },
  { key: 'legend.dropped', shape: 'square', color: DROP_COLOR, cross: true },
];

/** Open by default where there is room for it; on a short screen (a 720p projector) it folds. */
const ROOMY_HEIGHT_PX = 820;
/**
 * With clients on the picture, or a live ensemble's banner and real-processes strip above the
 * ring, the legend folds below this height: at 1440 x 900 its rows are the room ten client chips
 * need beside five cards (clientLayout.ts), and the room the live ring's lower cards need.
 */
const ROOMY_WITH_CLIENTS_PX = 1080;

export function Legend() {
  const t = useT();
  const crowded = useAppStore(
    (s) => (s.frame?.clients?.clients.length ?? 0) > 0 || s.replay?.live === true,
  );
  const [open, setOpen] = useState(
    () =>
      window.innerHeight >= ROOMY_HEIGHT_PX &&
      !(crowded && window.innerHeight < ROOMY_WITH_CLIENTS_PX),
  );
  // The space-time diagram takes the ring's width; the legend's height is what the ring needs
  // then (at 1440 x 900 three cards no longer fit beside the diagram), so it folds when the
  // diagram opens. A person may open it again.
  const diagram = useAppStore((s) => s.spacetimeMs > 0);
  const [shownWith, setShownWith] = useState(diagram);
  if (diagram !== shownWith) {
    setShownWith(diagram);
    if (diagram) setOpen(false);
  }
  // The same when clients come onto the picture (a recipe scenario, an added client) or live
  // mode's first records arrive.
  const [shownWithClients, setShownWithClients] = useState(crowded);
  if (crowded !== shownWithClients) {
    setShownWithClients(crowded);
    if (crowded && window.innerHeight < ROOMY_WITH_CLIENTS_PX) setOpen(false);
  }
  return (
    <details className="legend" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('legend.label')}</summary>
      <div className="legend-body">
        <ul className="legend-states">
          {STATES.map((s) => (
            <li key={s}>
              <span
                className="swatch"
                style={{
                  background: STATE_STYLE[s].fill,
                  borderColor: STATE_STYLE[s].stroke,
                  color: STATE_STYLE[s].ink,
                  borderStyle: STATE_STYLE[s].dash ? 'dashed' : 'solid',
                }}
                aria-hidden="true"
              >
                {STATE_STYLE[s].glyph}
              </span>
              {s}
            </li>
          ))}
        </ul>
        <ul className="legend-marks">
          {MARKS.map((m) => (
            <li key={m.key}>
              <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
                {m.cross ? (
                  <path d="M-5,-5L5,5M-5,5L5,-5" stroke={m.color} strokeWidth="2.5" />
                ) : (
                  <path
                    d={markPath(m.shape, 5)}
                    fill={m.hollow ? '#fff' : m.color}
                    stroke={m.color}
                    strokeWidth="1.5"
                  />
                )}
              </svg>
              {t(m.key)}
            </li>
          ))}
          <li>
            <svg width="22" height="16" viewBox="0 -8 22 16" aria-hidden="true">
              <path d="M1,0H15" className="vote-arrow" />
              <path d="M14,-4L21,0L14,4Z" className="vote-head" />
            </svg>
            {t('legend.vote')}
          </li>
        </ul>
        <p className="legend-note">{t('legend.log')}</p>
      </div>
    </details>
  );
}
