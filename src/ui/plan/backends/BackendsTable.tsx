/**
 * The Backends table: per strategy, the model's backend count and p99, what surviving the loss of
 * one needs, the share failed in the black-hole window, and, once checked, the lab's measurements
 * beside them (mean over the seeds).
 */
import type { BackendRow } from '../../../sim/index';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/appStore';
import { formatMs, formatPercent } from '../planFormat';

export function BackendsTable({ rows, measured }: { rows: BackendRow[]; measured: boolean }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const ms = (x: number | null) =>
    x === null
      ? '—'
      : Number.isFinite(x)
        ? t('plan.be.ms', { ms: formatMs(x, locale) })
        : t('plan.be.unbounded');
  const none = t('plan.be.none', { max: 32 });
  return (
    <table className="plan-be-table">
      <thead>
        <tr>
          <th scope="col">{t('plan.be.col.strategy')}</th>
          <th scope="col">{t('plan.be.col.needed')}</th>
          <th scope="col">{t('plan.be.col.p99')}</th>
          <th scope="col">{t('plan.be.col.forLoss')}</th>
          <th scope="col">{t('plan.be.col.afterLoss')}</th>
          <th scope="col">{t('plan.be.col.errors')}</th>
          {measured && (
            <>
              <th scope="col">{t('plan.be.col.simNeeded')}</th>
              <th scope="col">{t('plan.be.col.simP99')}</th>
              <th scope="col">{t('plan.be.col.window')}</th>
              <th scope="col">{t('plan.be.col.simErrors')}</th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const h = r.headroomAfterLoss;
          const s = r.simulated;
          return (
            <tr key={r.strategy} data-strategy={r.strategy}>
              <th scope="row">{t(`strategy.${r.strategy}.name` as MessageKey)}</th>
              <td>{r.backendsNeeded ?? none}</td>
              <td>{ms(r.p99Ms)}</td>
              <td>
                {h.backendsForLoss === null
                  ? r.backendsNeeded === null
                    ? '—'
                    : none
                  : t('plan.be.plusOne', { n: h.backendsForLoss, extra: h.extraBackends ?? 0 })}
              </td>
              <td>{ms(h.p99AfterLossMs)}</td>
              <td>
                {h.errorShare === null
                  ? r.backendsNeeded === null
                    ? '—'
                    : t('plan.be.loadAware')
                  : formatPercent(h.errorShare, locale)}
              </td>
              {measured && (
                <>
                  <td>
                    {s === null
                      ? '—'
                      : s.backendsNeeded === null
                        ? t('plan.be.moreThan', { n: (r.backendsNeeded ?? 0) + 1 })
                        : s.backendsNeeded === r.backendsNeeded
                          ? `${s.backendsNeeded} · ${t('plan.be.agrees')}`
                          : `${s.backendsNeeded} · ${t('plan.be.disagrees', { n: r.backendsNeeded ?? 0 })}`}
                  </td>
                  <td>{ms(s?.p99Ms?.mean ?? null)}</td>
                  <td>{ms(s?.windowMs?.mean ?? null)}</td>
                  <td>{s?.errorShare ? formatPercent(s.errorShare.mean, locale) : '—'}</td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
