/**
 * The consistent-hashing section of the comparison: the ring the consistent-hash strategy uses
 * for the balancer's current view, its members with their share of the ring, the controls that
 * add a spare or remove a backend (timeline commands, so the ring only changes once ZooKeeper's
 * watch tells the balancer), and the keys the last membership change moved. It reads the ring
 * the worker last sent (kept in the store) and the lab's spares.
 */
import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/appStore';
import { KeyMoves } from './KeyMoves';
import { RingFigure } from './RingFigure';
import { RingLegend } from './RingLegend';
import { useAddSpare } from '../useAddSpare';

export function RingSection() {
  const t = useT();
  const ring = useAppStore((s) => s.labRing);
  const { next, add } = useAddSpare();
  const [hover, setHover] = useState<string | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const titleId = useId();
  const noteId = useId();
  if (ring === null) return null;

  return (
    <section className="ring" aria-labelledby={titleId}>
      <div className="ring-head">
        <h3 id={titleId}>{t('ring.title')}</h3>
        <p className="ring-intro">{t('ring.intro', { vnodes: ring.vnodes })}</p>
        <p className="ring-how">{t('ring.how')}</p>
      </div>
      <div className="ring-body">
        <RingFigure ring={ring} focus={hover ?? focus} />
        <div className="ring-side">
          <div className="ring-controls" role="group" aria-label={t('ring.controls')}>
            <button type="button" disabled={next === null} aria-describedby={noteId} onClick={add}>
              {t('ring.add')}
            </button>
            <span id={noteId} className="ring-note">
              {next === null ? t('ring.noSpare') : t('ring.addNext', { id: next })}
            </span>
          </div>
          {ring.joining.length > 0 && (
            <p className="ring-joining">{t('ring.joining', { ids: ring.joining.join(', ') })}</p>
          )}
          <RingLegend ring={ring} onHover={setHover} onFocus={setFocus} />
        </div>
        <KeyMoves ring={ring} />
      </div>
    </section>
  );
}
