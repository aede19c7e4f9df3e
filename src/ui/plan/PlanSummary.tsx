/**
 * The plan's headline figures: how many voters may fail (and why an even count adds none), the
 * saturated and offered throughput with what saturates first, and write latency at the offered
 * load (or why it is unbounded).
 */
import { useAppStore } from '../store/appStore';
import { useT } from '../i18n/useT';
import { resourceName } from './findingText';
import { formatCount, formatMs, formatPercent } from './planFormat';
import type { PlanModel } from './planModel';

export function FaultToleranceCard({ model }: { model: PlanModel }) {
  const t = useT();
  const ft = model.result.faultTolerance;
  return (
    <section className="plan-card" aria-labelledby="plan-ft-title">
      <h3 id="plan-ft-title">{t('plan.ft.title')}</h3>
      <p className="plan-big">
        {t('plan.ft.tolerated', { tolerated: ft.toleratedFailures, voters: ft.voters })}
      </p>
      <p>{t('plan.ft.quorum', { quorum: ft.quorum, voters: ft.voters })}</p>
      {ft.evenAddsNothing ? (
        <p className="plan-warn">
          {t('plan.ft.even', {
            voters: ft.voters,
            fewer: ft.voters - 1,
            tolerated: ft.toleratedFailures,
          })}
        </p>
      ) : (
        <p className="plan-muted">{t('plan.ft.odd', { voters: ft.voters, more: ft.voters + 1 })}</p>
      )}
      {ft.observers > 0 && (
        <p className="plan-muted">{t('plan.ft.observers', { observers: ft.observers })}</p>
      )}
    </section>
  );
}

export function ThroughputCard({ model }: { model: PlanModel }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const { saturated, offered } = model.result;
  const n = (x: number) => formatCount(x, locale);
  return (
    <section className="plan-card" aria-labelledby="plan-tp-title">
      <h3 id="plan-tp-title">{t('plan.tp.title')}</h3>
      <p className="plan-big" data-testid="plan-saturated">
        {t('plan.tp.total', { ops: n(saturated.opsPerSec) })}
      </p>
      <p>
        {t('plan.tp.split', {
          reads: n(saturated.readOpsPerSec),
          writes: n(saturated.writeOpsPerSec),
        })}
      </p>
      <p>
        <strong>
          {saturated.bottleneck === 'clients'
            ? t('plan.tp.limitClients')
            : t('plan.tp.limit', { resource: resourceName(t, saturated.bottleneck) })}
        </strong>
      </p>
      <h4>{t('plan.tp.offeredTitle')}</h4>
      {offered.overCapacity ? (
        <p className="plan-warn">
          <span className="plan-flag">{t('plan.tp.overCapacity')}</span>{' '}
          {t('plan.tp.overCapacityWhy', {
            offered: n(offered.opsPerSec),
            ops: n(saturated.opsPerSec),
          })}
        </p>
      ) : (
        <p>
          {t('plan.tp.offered', {
            ops: n(offered.opsPerSec),
            reads: n(offered.readOpsPerSec),
            writes: n(offered.writeOpsPerSec),
            share: formatPercent(offered.opsPerSec / saturated.opsPerSec, locale),
          })}
        </p>
      )}
    </section>
  );
}

export function LatencyCard({ model }: { model: PlanModel }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const { latency, knee } = model.result;
  const ms = (x: number) => formatMs(x, locale);
  return (
    <section className="plan-card" aria-labelledby="plan-lat-title">
      <h3 id="plan-lat-title">{t('plan.lat.title')}</h3>
      {latency === null ? (
        <p className="plan-warn">
          <span className="plan-flag">{t('plan.lat.unbounded')}</span>{' '}
          {t('plan.lat.unboundedWhy', {
            resource: resourceName(t, model.busiest),
          })}
        </p>
      ) : latency.write === null ? (
        <p className="plan-big">{t('plan.lat.noWrites')}</p>
      ) : (
        <p className="plan-big" data-testid="plan-write-latency">
          {t('plan.lat.write', { p50: ms(latency.write.p50Ms), p99: ms(latency.write.p99Ms) })}
        </p>
      )}
      {latency?.read && (
        <p>{t('plan.lat.read', { p50: ms(latency.read.p50Ms), p99: ms(latency.read.p99Ms) })}</p>
      )}
      <p className="plan-muted">
        {t('plan.lat.knee', {
          ops: formatCount(knee.opsPerSec, locale),
          mean: ms(knee.meanLatencyMs),
        })}
      </p>
    </section>
  );
}
