/**
 * The cost model's figures in the ensemble view (issue 17 follow-up): when the running scenario
 * has a cost section, the report's cost block as it stands at the displayed moment: read and
 * write ops per second so far, write latency p50/p99, each server's CPU, link and log-disk
 * utilization, and the bottleneck; for the open loop, the offered rate beside the arrivals and
 * the replies, and what waits in the clients' queues. The worker sends numbers and codes
 * (frame.cost); the words are the app's. Utilizations count busy time up to the displayed moment
 * (engine/cost/stations.ts), so they are shown as they are: never above 100%.
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
        <dt>{t(v.open ? 'cost.open.failed' : 'cost.failed')}</dt>
        <dd>{v.failed}</dd>
      </div>
    </dl>
  );
}

/** The open loop: what was asked for, what came, what was served, what waits. */
function OpenLoop({ v, t }: { v: CostView; t: T }) {
  const o = v.open;
  if (!o) return null;
  const rate = (x: number) => t('cost.rate', { rate: x.toFixed(1) });
  return (
    <dl className="facts cost-open">
      <div>
        <dt>{t('cost.open.offered')}</dt>
        <dd>{rate(o.offeredOpsPerSec)}</dd>
      </div>
      <div>
        <dt>{t('cost.open.arrived')}</dt>
        <dd>{rate(o.arrivedOpsPerSec)}</dd>
      </div>
      <div>
        <dt>{t('cost.open.achieved')}</dt>
        <dd>{rate(v.readOpsPerSec + v.writeOpsPerSec)}</dd>
      </div>
      <div>
        <dt>{t('cost.open.queued')}</dt>
        <dd>{t('cost.open.queuedValue', { queued: o.queued, queuedMax: o.queuedMax })}</dd>
      </div>
      {o.refused > 0 && (
        <div>
          <dt>{t('cost.open.refused')}</dt>
          <dd>{o.refused}</dd>
        </div>
      )}
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
      <OpenLoop v={v} t={t} />
      <Stations v={v} t={t} />
    </section>
  );
}
