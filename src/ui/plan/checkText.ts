/**
 * The words of "Check by simulation" from its codes and numbers: where a point is, what was
 * measured, and each disagreement, through the i18n layer in the reader's locale.
 */
import type { MessageKey } from '../i18n/en';
import type { MessageParams } from '../i18n/t';
import type { Locale } from '../i18n/t';
import type { CheckMetric, CheckPoint, Disagreement } from './checkPlan';
import { formatCount, formatMs, formatPercent } from './planFormat';

type T = (key: MessageKey, params?: MessageParams) => string;

export function whereText(t: T, pt: CheckPoint, locale: Locale): string {
  const read = Math.round(pt.readRatio * 100);
  if (pt.chart === 'throughput')
    return t('plan.check.where.throughput', { voters: pt.voters, read });
  return t('plan.check.where.latency', {
    ops: formatCount(pt.offeredOpsPerSec, locale),
    voters: pt.voters,
    read,
  });
}

export function metricText(t: T, pt: CheckPoint, metric: CheckMetric): string {
  if (metric === 'throughput') return t('plan.check.metric.throughput');
  const kind = pt.chart === 'latency' ? pt.kind : 'write';
  return t(`plan.check.metric.${kind}.${metric}` as MessageKey);
}

export function valueText(t: T, metric: CheckMetric, v: number, locale: Locale): string {
  return metric === 'throughput'
    ? t('plan.check.ops', { ops: formatCount(v, locale) })
    : t('plan.ms', { ms: formatMs(v, locale) });
}

export function disagreementText(t: T, d: Disagreement, locale: Locale): string {
  const common = {
    where: whereText(t, d.point, locale),
    metric: metricText(t, d.point, d.metric),
    model: valueText(t, d.metric, d.model, locale),
  };
  if (d.code === 'noSamples') return t('plan.check.d.noSamples', common);
  return t(`plan.check.d.${d.code}`, {
    ...common,
    sim: valueText(t, d.metric, d.simulated!, locale),
    share: formatPercent(d.share ?? 0, locale),
  });
}
