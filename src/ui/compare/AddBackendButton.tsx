/**
 * Adds the next spare backend to every strategy's pool, from beside the membership the balancer
 * sees (useAddSpare): the backend reaches the panels' balancers only when the discovery watch
 * fires, as a kill leaves them only when the session expires. Hidden once every spare is in.
 */
import { useId } from 'react';
import { useT } from '../i18n/useT';
import { useAddSpare } from './useAddSpare';

export function AddBackendButton() {
  const t = useT();
  const { next, add } = useAddSpare();
  const hintId = useId();
  if (next === null) return null;
  return (
    <>
      <button type="button" className="quiet lb-add" aria-describedby={hintId} onClick={add}>
        {t('compare.addBackend', { id: next })}
      </button>
      <span id={hintId} className="lb-add-hint">
        {t('compare.addBackendHint')}
      </span>
    </>
  );
}
