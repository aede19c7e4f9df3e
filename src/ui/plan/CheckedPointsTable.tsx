/**
 * The points "Check by simulation" measured, one row each (issue 17 item 4): where the point is
 * (chart, voters, observers, read share, offered rate), each metric's model value beside the
 * simulation's mean and 95 % interval (with "disagrees" in words, not colour alone), and a
 * button that opens the point as a scenario in the ensemble view. The button's accessible name
 * names the point; a point with more servers than the ensemble view runs has it disabled, with
 * its reason as the button's description and, once for all such rows, under the table. The
 * buttons come first, so that they stay in view when a narrow window scrolls the table sideways.
 */
import { useId } from 'react';
import { MAX_SIDS } from '../../sim/index';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { metricText, valueText } from './checkText';
import type { Locale } from '../i18n/t';
import type { CheckMetric, PointResult } from './checkPlan';
import { formatCount, formatMs, formatPercent } from './planFormat';
import { usePointOpener } from './usePointOpener';

/** An interval's end without its unit, which the mean before it already gives. */
function bare(metric: CheckMetric, v: number, locale: Locale): string {
  return metric === 'throughput' ? formatCount(v, locale) : formatMs(v, locale);
}

export function CheckedPointsTable({ results }: { results: readonly PointResult[] }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const opener = usePointOpener();
  const id = useId();
  const tooMany = results.some((r) => r.point.voters + r.point.observers > MAX_SIDS);
  return (
    <section className="plan-points" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('plan.point.table.title')}</h4>
      <p className="plan-muted">{t('plan.point.table.intro')}</p>
      <div className="plan-be-scroll">
        <table className="plan-be-table plan-points-table">
          <thead>
            <tr>
              <th scope="col">{t('plan.point.col.open')}</th>
              <th scope="col">{t('plan.point.col.chart')}</th>
              <th scope="col">{t('plan.point.col.voters')}</th>
              <th scope="col">{t('plan.point.col.observers')}</th>
              <th scope="col">{t('plan.point.col.reads')}</th>
              <th scope="col">{t('plan.point.col.offered')}</th>
              <th scope="col">{t('plan.point.col.measure')}</th>
              <th scope="col">{t('plan.point.col.model')}</th>
              <th scope="col">{t('plan.point.col.simulated')}</th>
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
                      <span id={why} className="visually-hidden">
                        {o.reason}
                      </span>
                    )}
                  </td>
                  <th scope="row">{t(`plan.point.chart.${pt.chart}`)}</th>
                  <td>{pt.voters}</td>
                  <td>{pt.observers}</td>
                  <td>{formatPercent(pt.readRatio, locale)}</td>
                  <td className="plan-points-wrap">
                    {o.saturated ? t('plan.point.saturated', { ops }) : ops}
                  </td>
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
                      const text =
                        s === null
                          ? t('plan.point.noSamples')
                          : s.ci95 === null
                            ? valueText(t, m.metric, s.mean, locale)
                            : t('plan.point.interval', {
                                mean: valueText(t, m.metric, s.mean, locale),
                                // Neither a rate nor a latency is below 0: a t interval over
                                // two or three seeds can reach there, so it is cut at 0.
                                lo: bare(m.metric, Math.max(0, s.ci95.lo), locale),
                                hi: bare(m.metric, s.ci95.hi, locale),
                              });
                      return (
                        <div key={m.metric} className="plan-points-wrap">
                          {text}
                          {m.disagrees && <strong> · {t('plan.point.disagrees')}</strong>}
                        </div>
                      );
                    })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {tooMany && (
        <p className="plan-muted">{t('plan.point.tooManyNote', { maxServers: MAX_SIDS })}</p>
      )}
    </section>
  );
}
