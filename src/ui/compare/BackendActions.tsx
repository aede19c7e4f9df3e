/**
 * What a person can do to the backend they picked: kill it, restart it, slow it down (or back to
 * normal), or remove it gracefully (it closes its ZooKeeper session, so its znode goes at once,
 * unlike a kill). Each action is one balancer command, so every strategy's pool sees it at the
 * same instant.
 */
import type { LabBackendView } from '../../protocol/frame';
import { useController } from '../controllerContext';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';

/** How much slower "Slow down" makes a backend: enough to matter against a 4-slot neighbour. */
export const SLOW_FACTOR = 4;

export function BackendActions({ b, onClose }: { b: LabBackendView; onClose: () => void }) {
  const t = useT();
  const ctl = useController();
  const running = b.state === 'alive' || b.state === 'joining';
  const slowed = b.slowFactor !== 1;
  return (
    <div className="lb-actions" role="group" aria-label={t('compare.actionsFor', { id: b.id })}>
      <span>
        <strong>{b.id}</strong> {t(`compare.state.${b.state}` as MessageKey)} ·{' '}
        {t('compare.speed', { ms: Math.round(b.meanServiceMs) })}
      </span>
      <button
        type="button"
        disabled={!running}
        onClick={() => ctl.act({ do: 'kill-backend', backend: b.id })}
      >
        {t('compare.kill', { id: b.id })}
      </button>
      <button
        type="button"
        disabled={running}
        onClick={() => ctl.act({ do: 'restart-backend', backend: b.id })}
      >
        {t('compare.restart', { id: b.id })}
      </button>
      <button
        type="button"
        disabled={!running}
        onClick={() =>
          ctl.act({ do: 'slow-backend', backend: b.id, factor: slowed ? 1 : SLOW_FACTOR })
        }
      >
        {slowed
          ? t('compare.unslow', { id: b.id })
          : t('compare.slow', { id: b.id, factor: SLOW_FACTOR })}
      </button>
      <button
        type="button"
        disabled={!running}
        onClick={() => ctl.act({ do: 'remove-backend', backend: b.id })}
      >
        {t('compare.removeBackend', { id: b.id })}
      </button>
      <span className="lb-actions-note">{t('compare.actionsNote')}</span>
      <button type="button" className="quiet" onClick={onClose}>
        {t('compare.close')}
      </button>
    </div>
  );
}
