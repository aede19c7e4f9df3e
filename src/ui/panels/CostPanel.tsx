/**
 * The cost model's figures in the ensemble view (issue 17 follow-up): when the running scenario
 * has a cost section, the report's cost block as it stands at the displayed moment: read and
 * write ops per second so far, write latency p50/p99, each server's CPU, link and log-disk
 * utilization, and the bottleneck. The worker sends numbers and codes (frame.cost); the words
 * are the app's.
 */
import type { CostResourceCode, CostView } from '../../protocol/costFrame';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';

type T = ReturnType<typeof useT>;

const RESOURCES: readonly CostResourceCode[] = ['cpu', 'nic', 'disk'];

const percent = (t: T, u: number): string => t('cost.percent', { percent: (u * 100).toFixed(1) });

function Rates({ v, t }: { v: CostView; t: T }) {
  const w = v.writeLatencyMs;
  return (
    <dl className="facts">
      <div>
        <dt>{t('cost.reads')}</dt>
        <dd>{t('cost.rate', { rate: v.readOpsPerSec.toFixed(1) })}</dd>
      </div>
      <div>
        <dt>{t('cost.writes')}</dt>
        <dd>{t('cost.rate', { rate: v.writeOpsPerSec.toFixed(1) })}</dd>
      </div>
      <div>
        <dt>{t('cost.writeLatency')}</dt>
        <dd>
          {w
            ? t('cost.latency', { p50: w.p50.toFixed(3), p99: w.p99.toFixed(3) })
            : t('cost.noLatency')}
        </dd>
      </div>
      <div>
        <dt>{t('cost.failed')}</dt>
        <dd>{v.failed}</dd>
      </div>
    </dl>
  );
}

function Stations({ v, t }: { v: CostView; t: T }) {
  const b = v.bottleneck;
  return (
    <table className="mini cost-stations">
      <caption>{t('cost.serversCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cost.server')}</th>
          <th scope="col">{t('cost.state')}</th>
          {RESOURCES.map((r) => (
            <th key={r} scope="col">
              {t(`cost.resource.${r}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {v.servers.map((s) => (
          <tr key={s.sid}>
            <th scope="row">S{s.sid}</th>
            <td>{s.state}</td>
            {RESOURCES.map((r) => (
              <td key={r} className={b?.sid === s.sid && b.resource === r ? 'bottleneck' : ''}>
                {percent(t, s[r])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CostPanel() {
  const t = useT();
  const v = useAppStore((s) => s.frame?.cost ?? null);
  if (!v) return null;
  const b = v.bottleneck;
  return (
    <section className="panel cost-panel" aria-labelledby="cost-title">
      <h2 id="cost-title">{t('cost.title')}</h2>
      <p className="table-note">
        {v.windowMs > 0
          ? t('cost.window', { windowMs: v.windowMs.toFixed(0), fromMs: v.measureFromMs })
          : t('cost.notYet', { fromMs: v.measureFromMs })}
      </p>
      <p className="cost-bottleneck" role="status">
        {b
          ? t('cost.bottleneck', {
              resource: t(`cost.resource.${b.resource}`),
              sid: b.sid,
              percent: (b.utilization * 100).toFixed(1),
            })
          : t('cost.noBottleneck')}
      </p>
      <Rates v={v} t={t} />
      <Stations v={v} t={t} />
    </section>
  );
}
