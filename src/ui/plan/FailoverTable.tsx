/**
 * What a leader failure costs: for a crash (followers see the connection reset at once) and for a
 * silent failure (a freeze or a cut cable, noticed only after syncLimit x tickTime), the time to
 * detect it, to elect, to synchronize, the window without writes, and whether client sessions
 * survive it, with the reason.
 */
import { FAILURE_MODES, type Failover } from '../../sim/cost';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import type { Translate } from './findingText';
import { formatMs } from './planFormat';
import type { PlanModel } from './planModel';

const PHASES = ['detectMs', 'electionMs', 'syncMs', 'unavailableMs'] as const;

function sessionsWhy(f: Failover, t: Translate, ms: (x: number) => string): string {
  const s = f.sessions;
  const params = {
    timeout: ms(s.timeoutMs),
    gap: ms(s.clientGapMs),
    expiry: ms(s.clientExpiryMs),
    reconnect: ms(f.reconnectMsMax),
  };
  if (s.expiredByServer) return t('plan.fo.expiredByServer', params);
  if (s.expiredByClient) return t('plan.fo.expiredByClient', params);
  return t('plan.fo.survive', params);
}

export function FailoverTable({ model }: { model: PlanModel }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const ms = (x: number) => formatMs(x, locale);
  const modes = FAILURE_MODES.map((mode) => model.result.failover[mode]);
  return (
    <section className="plan-card plan-failover" aria-labelledby="plan-fo-title">
      <h3 id="plan-fo-title">{t('plan.fo.title')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('plan.fo.phase')}</span>
            </th>
            {modes.map((f) => (
              <th key={f.mode} scope="col">
                {t(`plan.fo.mode.${f.mode}` as MessageKey)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PHASES.map((phase) => (
            <tr key={phase} className={phase === 'unavailableMs' ? 'plan-total' : undefined}>
              <th scope="row">{t(`plan.fo.${phase}` as MessageKey)}</th>
              {modes.map((f) => (
                <td key={f.mode}>{t('plan.ms', { ms: ms(f[phase]) })}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('plan.fo.sessions')}</th>
            {modes.map((f) => (
              <td key={f.mode}>
                <strong className={f.sessions.survives ? 'plan-ok' : 'plan-bad'}>
                  {f.sessions.survives ? `✓ ${t('plan.fo.survives')}` : `✗ ${t('plan.fo.expire')}`}
                </strong>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {modes.map((f) => (
        <p key={f.mode} className="plan-muted">
          <strong>{t(`plan.fo.mode.${f.mode}` as MessageKey)}:</strong> {sessionsWhy(f, t, ms)}
        </p>
      ))}
    </section>
  );
}
