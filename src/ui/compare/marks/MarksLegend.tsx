/**
 * The key to the request marks, in words and in the same shapes and colours the canvas draws
 * (so colour never carries the meaning alone), with the cap on marks per frame. The canvas takes
 * its accessible name from it: one legend above the panels names every panel's marks layer.
 */
import { useT } from '../../i18n/useT';
import { MARKS_PER_FRAME_MAX } from './markPlan';

function Icon({ shape }: { shape: 'dot' | 'drop' | 'cross' }) {
  return (
    <svg className={`lb-mark-icon lb-mark-${shape}`} width="10" height="10" aria-hidden="true">
      {shape === 'dot' && <circle cx="5" cy="5" r="2.5" />}
      {shape === 'drop' && <path d="M1 2h8L5 9z" />}
      {shape === 'cross' && <path d="M1.5 1.5l7 7M8.5 1.5l-7 7" />}
    </svg>
  );
}

export const MARKS_LEGEND_ID = 'lb-marks-legend';

export function MarksLegend() {
  const t = useT();
  return (
    <p className="lb-marks-legend" id={MARKS_LEGEND_ID}>
      <span className="lb-marks-title">{t('marks.legend')}</span>{' '}
      <span className="lb-marks-key">
        <Icon shape="dot" />
        {t('marks.travel')}
      </span>
      {' · '}
      <span className="lb-marks-key">
        <Icon shape="drop" />
        {t('marks.dropped')}
      </span>
      {' · '}
      <span className="lb-marks-key">
        <Icon shape="cross" />
        {t('marks.failed')}
      </span>
      . <span className="lb-marks-cap">{t('marks.cap', { cap: MARKS_PER_FRAME_MAX })}</span>
    </p>
  );
}
