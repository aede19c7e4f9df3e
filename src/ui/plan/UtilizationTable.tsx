/**
 * Each resource's utilization at the offered load, for the leader, a follower and an observer:
 * a bar and its percent, the resource that saturates first marked with a word and a diamond (not
 * by colour alone), an overloaded one (100% or more) said so.
 */
import { RESOURCE_KINDS, type ResourceId } from '../../sim/cost';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { formatPercent } from './planFormat';
import type { PlanModel } from './planModel';

export function UtilizationTable({ model }: { model: PlanModel }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  return (
    <section className="plan-card plan-util" aria-labelledby="plan-util-title">
      <h3 id="plan-util-title">{t('plan.util.title')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('plan.util.role')}</span>
            </th>
            {RESOURCE_KINDS.map((kind) => (
              <th key={kind} scope="col">
                {t(`plan.kind.${kind}` as MessageKey)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.roles.map((role) => (
            <tr key={role}>
              <th scope="row">{t(`plan.role.${role}` as MessageKey)}</th>
              {RESOURCE_KINDS.map((kind) => {
                const id: ResourceId = `${role}.${kind}`;
                const u = model.result.utilization[id];
                const first = id === model.busiest;
                const over = u >= 1;
                return (
                  <td key={kind} className={first ? 'plan-first' : undefined}>
                    <span className="plan-bar" aria-hidden="true">
                      <span style={{ width: `${Math.min(1, u) * 100}%` }} />
                    </span>
                    <span className="plan-util-text">
                      {formatPercent(u, locale)}
                      {first && <strong> ◆ {t('plan.util.first')}</strong>}
                      {over && <strong> {t('plan.util.over')}</strong>}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="plan-muted">{t('plan.util.note')}</p>
    </section>
  );
}
