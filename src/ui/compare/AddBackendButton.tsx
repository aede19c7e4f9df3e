/**
 * Adds the next spare backend to every strategy's pool, beside the membership the balancer sees:
 * one timeline command, so the new backend starts, registers through its own ZooKeeper session
 * and reaches the panels' balancers only when the discovery watch fires, as a kill leaves them
 * only when the session expires. Hidden once every spare is in.
 */
import { useId } from 'react';
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';

export function AddBackendButton() {
  const t = useT();
  const ctl = useController();
  const next = useAppStore((s) => s.frame?.lab?.spares[0] ?? null);
  const hintId = useId();
  if (next === null) return null;
  return (
    <>
      <button
        type="button"
        className="quiet lb-add"
        aria-describedby={hintId}
        onClick={() => ctl.act({ do: 'add-backend', backend: next })}
      >
        {t('compare.addBackend', { id: next })}
      </button>
      <span id={hintId} className="lb-add-hint">
        {t('compare.addBackendHint')}
      </span>
    </>
  );
}
