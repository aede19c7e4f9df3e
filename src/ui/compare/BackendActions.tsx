/**
 * What a person can do to the backend they picked: kill it or restart it. The action is one
 * balancer command, so every strategy's pool sees it at the same instant.
 */
import type { LabBackendView } from '../../protocol/frame';
import { useController } from '../controllerContext';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';

export function BackendActions({ b, onClose }: { b: LabBackendView; onClose: () => void }) {
  const t = useT();
  const ctl = useController();
  const running = b.state === 'alive' || b.state === 'joining';
  return (
    <div className="lb-actions" role="group" aria-label={t('compare.actionsFor', { id: b.id })}>
      <span>
        <strong>{b.id}</strong> {t(`compare.state.${b.state}` as MessageKey)}
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
      <span className="lb-actions-note">{t('compare.actionsNote')}</span>
      <button type="button" className="quiet" onClick={onClose}>
        {t('compare.close')}
      </button>
    </div>
  );
}
