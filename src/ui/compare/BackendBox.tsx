/**
 * One backend in one strategy's pool: a button named by its id and state (the state is also
 * written and drawn with a distinct border, never colour alone), with two small bars for the
 * slots in use and the queue. Pressing it marks the same backend in every panel. A dead backend
 * still registered also shows, and is named with, the time left until the leader expires its
 * session (the ZooKeeper strip's countdown, from the same frame and display time).
 */
import type { LabBackendView } from '../../protocol/frame';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { fill } from './compareModel';
import { formatTenths, tenthsLeft, wholeSeconds } from './zk/zkModel';

/** Tenths of a second until the leader expires the backend's session, or null when not counting. */
function useExpiryTenths(id: string): number | null {
  return useAppStore((s) => {
    const at = s.frame?.lab?.zk?.backends.find((x) => x.id === id)?.expiresAtMs ?? null;
    return at === null ? null : tenthsLeft(at, s.displayMs);
  });
}

function Bar({ label, used, capacity }: { label: string; used: number; capacity: number }) {
  return (
    <span className="lb-bar" aria-hidden="true">
      <span className="lb-bar-label">{label}</span>
      <span className="lb-bar-track">
        <span className="lb-bar-fill" style={{ width: `${fill(used, capacity) * 100}%` }} />
      </span>
      <span className="lb-bar-value">{used}</span>
    </span>
  );
}

export function BackendBox({
  b,
  marked,
  onToggle,
}: {
  b: LabBackendView;
  marked: boolean;
  onToggle: (id: string) => void;
}) {
  const t = useT();
  const tenths = useExpiryTenths(b.id);
  const counting = b.state === 'dead-registered' && tenths !== null;
  const state = t(`compare.state.${b.state}` as MessageKey);
  const named = counting ? t('compare.state.expiring', { s: wholeSeconds(tenths) }) : state;
  return (
    <button
      type="button"
      className={`lb-backend lb-${b.state}${marked ? ' marked' : ''}`}
      aria-pressed={marked}
      aria-label={t('compare.backend', {
        id: b.id,
        state: named,
        inUse: b.inUse,
        slots: b.slots,
        queue: b.queue,
      })}
      onClick={() => onToggle(b.id)}
    >
      <span className="lb-backend-head">
        <strong>{b.id}</strong>
        <span className="lb-state">{state}</span>
        {counting && (
          <span className="lb-expires">{t('compare.expiresIn', { s: formatTenths(tenths) })}</span>
        )}
      </span>
      <Bar label={t('compare.slots')} used={b.inUse} capacity={b.slots} />
      <Bar label={t('compare.queue')} used={b.queue} capacity={b.queueMax} />
    </button>
  );
}
