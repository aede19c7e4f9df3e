/**
 * The summary: offered, completed, dropped, failed and p99 per strategy. The best value of each
 * column is bold, starred and named "best" for screen readers, so colour never carries it alone.
 */
import type { LabStrategyView } from '../../protocol/frame';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { bestByColumn, SUMMARY_COLUMNS } from './compareModel';
import { strategyName } from './strategyText';

export function SummaryTable({ rows }: { rows: LabStrategyView[] }) {
  const t = useT();
  const best = bestByColumn(rows);
  return (
    <table className="lb-summary">
      <caption>
        <strong>{t('summary.title')}</strong> <span>{t('summary.caption')}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('summary.strategy')}</th>
          {SUMMARY_COLUMNS.map((c) => (
            <th key={c} scope="col">
              {t(`metric.${c}` as MessageKey)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{strategyName(t, r.id)}</th>
            {SUMMARY_COLUMNS.map((c) => {
              const isBest = best[c].includes(r.id);
              const value =
                c === 'p99'
                  ? t('metric.ms', { value: r.p99 })
                  : c === 'imbalance'
                    ? t('metric.ratio', { value: r.imbalance.toFixed(2) })
                    : String(r[c]);
              return (
                <td key={c} className={isBest ? 'best' : undefined}>
                  {value}
                  {isBest && (
                    <>
                      {' '}
                      <span aria-hidden="true">★</span>
                      <span className="visually-hidden">({t('summary.best')})</span>
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
