/**
 * Long work in the worker, shown: after about half a second of computing (a seek far ahead, the
 * next change after a quiet stretch, a link opened at a distant event), how far it has got and a
 * Cancel button. Shorter work never flashes it.
 */
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';

/** Work shorter than this shows nothing: the answer is about to arrive. */
export const SHOW_AFTER_MS = 400;

export function BusyBar() {
  const t = useT();
  const ctl = useController();
  const busy = useAppStore((s) => s.busy);
  const p = busy?.progress;
  // Reading logs shows its progress in the logs dialog, which is modal over this bar.
  if (!busy || !p || busy.kind === 'quick' || busy.kind === 'logs' || p.elapsedMs < SHOW_AFTER_MS)
    return null;
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const text =
    busy.kind === 'load'
      ? t('busy.load', { done: p.done, total: p.total })
      : t(busy.kind === 'seek' ? 'busy.seek' : 'busy.step', {
          done: seconds(p.done),
          total: seconds(p.total),
        });
  return (
    <div className="busy-bar" role="group" aria-label={t('busy.label')}>
      <span className="busy-text" role="status">
        {text}
      </span>
      <progress value={p.done} max={Math.max(1, p.total)} aria-label={t('busy.label')} />
      <button type="button" className="quiet" onClick={() => ctl.cancel()}>
        {t('busy.cancel')}
      </button>
    </div>
  );
}
