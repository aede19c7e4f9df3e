/**
 * The points "Check by simulation" measured, one row each (issue 17 item 4): where the point is
 * (chart, voters, observers, read share, offered rate), each metric's model value beside the
 * simulation's mean and 95 % interval (with "disagrees" in words, not colour alone), and a
 * button that opens the point as a scenario in the ensemble view. The button's accessible name
 * names the point; a point with more servers than the ensemble view runs has it disabled, with
 * the reason in the row and as the button's description.
 */
import { useId } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import type { PointResult } from './checkPlan';
import { metricText, valueText } from './checkText';
import { formatCount, formatPercent } from './planFormat';
import { usePointOpener } from './usePointOpener';

export function CheckedPointsTable({ results }: { results: readonly PointResult[] }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const opener = usePointOpener();
  const id = useId();
  return (
    <section className="plan-points" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('plan.point.table.title')}</h4>
      <p className="plan-muted">{t('plan.point.table.intro')}</p>
      <div className="plan-points-scroll">
        <table className="plan-points-table">
          <thead>
            <tr>
              <th scope="col">{t('plan.point.col.chart')}</th>
              <th scope="col">{t('plan.point.col.voters')}</th>
              <th scope="col">{t('plan.point.col.observers')}</th>
              <th scope="col">{t('plan.point.col.reads')}</th>
              <th scope="col">{t('plan.point.col.offered')}</th>
              <th scope="col">{t('plan.point.col.measure')}</th>
              <th scope="col">{t('plan.point.col.model')}</th>
              <th scope="col">{t('plan.point.col.simulated')}</th>
              <th scope="col">{t('plan.point.col.open')}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r, i) => {
              const pt = r.point;
              const o = opener(pt);
              const why = `${id}-why-${i}`;
              const ops = t('plan.check.ops', {
                ops: formatCount(o.offeredOpsPerSec, locale),
              });
              return (
                <tr key={i}>
                  <th scope="row">{t(`plan.point.chart.${pt.chart}`)}</th>
                  <td>{pt.voters}</td>
                  <td>{pt.observers}</td>
                  <td>{formatPercent(pt.readRatio, locale)}</td>
                  <td>{o.saturated ? `${t('plan.point.saturated')}, ${ops}` : ops}</td>
                  <td>
                    {r.metrics.map((m) => (
                      <div key={m.metric}>{metricText(t, pt, m.metric)}</div>
                    ))}
                  </td>
                  <td>
                    {r.metrics.map((m) => (
                      <div key={m.metric}>{valueText(t, m.metric, m.model, locale)}</div>
                    ))}
                  </td>
                  <td>
                    {r.metrics.map((m) => {
                      const s = m.simulated;
                      const v = (x: number) => valueText(t, m.metric, x, locale);
                      const text =
                        s === null
                          ? t('plan.point.noSamples')
                          : s.ci95 === null
                            ? v(s.mean)
                            : t('plan.point.interval', {
                                mean: v(s.mean),
                                lo: v(s.ci95.lo),
                                hi: v(s.ci95.hi),
                              });
                      return (
                        <div key={m.metric} className={m.disagrees ? 'disagrees' : undefined}>
                          {text}
                          {m.disagrees && <strong> · {t('plan.point.disagrees')}</strong>}
                        </div>
                      );
                    })}
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={o.name}
                      disabled={o.reason !== null}
                      aria-describedby={o.reason === null ? undefined : why}
                      onClick={o.open}
                    >
                      {t('plan.point.button')}
                    </button>
                    {o.reason !== null && (
                      <span id={why} className="plan-points-why">
                        {o.reason}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
