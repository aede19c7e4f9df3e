/**
 * One backend in one strategy's pool: a button named by its id and state (the state is also
 * written and drawn with a distinct border, never colour alone), with two small bars for the
 * slots in use and the queue. Pressing it marks the same backend in every panel.
 */
import type { LabBackendView } from '../../protocol/frame';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { fill } from './compareModel';

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
  const state = t(`compare.state.${b.state}` as MessageKey);
  return (
    <button
      type="button"
      className={`lb-backend lb-${b.state}${marked ? ' marked' : ''}`}
      aria-pressed={marked}
      aria-label={t('compare.backend', {
        id: b.id,
        state,
        inUse: b.inUse,
        slots: b.slots,
        queue: b.queue,
      })}
      onClick={() => onToggle(b.id)}
    >
      <span className="lb-backend-head">
        <strong>{b.id}</strong>
        <span className="lb-state">{state}</span>
      </span>
      <Bar label={t('compare.slots')} used={b.inUse} capacity={b.slots} />
      <Bar label={t('compare.queue')} used={b.queue} capacity={b.queueMax} />
    </button>
  );
}
