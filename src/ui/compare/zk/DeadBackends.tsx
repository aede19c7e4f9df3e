/**
 * One row per backend whose process is dead: while the leader still holds its session, a bar
 * draining to the expiry and "session 0x… expires in 3.2 s"; once the session is gone, that its
 * znode went with it. Each row also counts the requests every strategy failed on that backend,
 * which grow while the balancer still routes to it and stop once its view drops it, and, when a
 * load-aware strategy drew clearly more of them, why (the black-hole effect).
 */
import { useShallow } from 'zustand/react/shallow';
import type { LabZkBackendView } from '../../../protocol/frame';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/appStore';
import { strategyName } from '../strategyText';
import { blackHoleOf, formatTenths, tenthsLeft } from './zkModel';

function Countdown({ b, expiresAtMs }: { b: LabZkBackendView; expiresAtMs: number }) {
  const t = useT();
  // Selecting the rounded figure re-renders ten times a simulated second, not every frame.
  const tenths = useAppStore((s) => tenthsLeft(expiresAtMs, s.displayMs));
  const fraction = b.timeoutMs ? Math.min(1, (tenths * 100) / b.timeoutMs) : 0;
  return (
    <>
      <span className="zk-countdown-track" aria-hidden="true">
        <span className="zk-countdown-fill" style={{ width: `${fraction * 100}%` }} />
      </span>
      <span className="zk-countdown-text" data-testid={`zk-countdown-${b.id}`}>
        {t('zk.countdown', { session: b.sessionId ?? '', s: formatTenths(tenths) })}
      </span>
    </>
  );
}

function Failed({ id }: { id: string }) {
  const t = useT();
  const ids = useAppStore(useShallow((s) => s.frame?.lab?.strategies.map((x) => x.id) ?? []));
  const failed = useAppStore(
    useShallow(
      (s) =>
        s.frame?.lab?.strategies.map((x) => x.backends.find((b) => b.id === id)?.failed ?? 0) ?? [],
    ),
  );
  const values = ids
    .map((sid, k) => t('zk.failedValue', { name: strategyName(t, sid), n: failed[k] ?? 0 }))
    .join(' · ');
  const hole = blackHoleOf(ids.map((sid, k) => ({ id: sid, failed: failed[k] ?? 0 })));
  return (
    <>
      <span className="zk-failed">{t('zk.failed', { id, values })}</span>
      {hole !== null && (
        <span className="zk-blackhole">
          {t('zk.blackHole', { name: strategyName(t, hole), id })}
        </span>
      )}
    </>
  );
}

export function DeadBackends({ backends }: { backends: LabZkBackendView[] }) {
  const t = useT();
  const dead = backends.filter((b) => b.status === 'CRASHED');
  if (dead.length === 0) return null;
  return (
    <ul className="zk-dead">
      {dead.map((b) => {
        const session = b.sessionId ?? '';
        return (
          <li key={b.id} className="zk-dead-row">
            <strong className="zk-dead-id">{b.id}</strong>
            {b.expiresAtMs !== null ? (
              <Countdown b={b} expiresAtMs={b.expiresAtMs} />
            ) : (
              <span className="zk-countdown-text">
                {t(b.znode ? 'zk.noLeader' : 'zk.gone', { session })}
              </span>
            )}
            <Failed id={b.id} />
          </li>
        );
      })}
    </ul>
  );
}
