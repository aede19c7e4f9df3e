/**
 * The ring's members as a list a person can read and act on: each backend's colour, its share of
 * the ring (with a bar against the ideal 1/N, which virtual nodes only approximate) and its
 * "Remove <id>" button, a remove-backend command on the timeline. Hovering or focusing a row
 * highlights that backend's arcs on the ring.
 */
import type { RingView } from '../../../protocol/frame';
import { useController } from '../../controllerContext';
import { useT } from '../../i18n/useT';
import { backendColour } from './ringModel';

export function shareText(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** Hover and keyboard focus are reported apart: the mouse leaving a row must not undo a focus. */
export function RingLegend({
  ring,
  onHover,
  onFocus,
}: {
  ring: RingView;
  onHover: (id: string | null) => void;
  onFocus: (id: string | null) => void;
}) {
  const t = useT();
  const ctl = useController();
  const n = ring.members.length;
  const top = Math.max(1 / Math.max(n, 1), ...ring.members.map((m) => m.share));
  const ideal = n === 0 ? 0 : 1 / n / top;

  return (
    <div className="ring-legend">
      <h4>{t('ring.legend', { n, ideal: shareText(n === 0 ? 0 : 1 / n) })}</h4>
      <ul>
        {ring.members.map((m) => (
          <li
            key={m.id}
            className={m.leaving ? 'leaving' : undefined}
            onMouseEnter={() => onHover(m.id)}
            onMouseLeave={() => onHover(null)}
          >
            <span
              className="ring-swatch"
              style={{ background: backendColour(m.slot) }}
              aria-hidden="true"
            />
            <strong className="ring-member">{m.id}</strong>
            <span className="ring-share">{shareText(m.share)}</span>
            <span className="ring-share-bar" aria-hidden="true">
              <span style={{ width: `${(m.share / top) * 100}%` }} />
              <i style={{ left: `${ideal * 100}%` }} />
            </span>
            {m.leaving ? (
              <span className="ring-leaving" title={t('ring.leavingNote')}>
                {t('ring.leaving')}
              </span>
            ) : (
              <button
                type="button"
                className="quiet ring-remove"
                onFocus={() => onFocus(m.id)}
                onBlur={() => onFocus(null)}
                onClick={() => ctl.act({ do: 'remove-backend', backend: m.id })}
              >
                {t('ring.remove', { id: m.id })}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className="ring-note ring-hint">{t('ring.hoverHint')}</p>
    </div>
  );
}
