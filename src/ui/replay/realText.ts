/**
 * The event log's sentence for a line of a real ZooKeeper log: rendered from the parser's code and
 * parameters (src/logs/kinds.ts), never from the log's own English, in the reader's language.
 * ZooKeeper's own words (states, sync modes, zxids) stay as ZooKeeper writes them.
 */
import type { RealLogEntryView } from '../../protocol/frame';
import type { MessageKey } from '../i18n/en';
import type { MessageParams, Translate } from '../i18n/t';

/** Parameters as the sentence prints them: lists joined, nulls as a dash. */
function printable(params: Record<string, unknown>, none: string): MessageParams {
  const out: MessageParams = {};
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined) out[k] = none;
    else if (Array.isArray(v)) out[k] = `[${v.join(', ')}]`;
    else if (typeof v === 'number' || typeof v === 'string') out[k] = v;
    else out[k] = String(v);
  }
  return out;
}

export function explainReal(real: RealLogEntryView, t: Translate): string {
  const none = t('real.none');
  const p = printable(real.params, none);
  switch (real.code) {
    case 'state':
      return real.params['phase']
        ? t('real.statePhase', { ...p, phase: t(`phase.${real.params['phase'] as 'election'}`) })
        : t('real.state', p);
    case 'sync.mode':
      return t(
        real.params['side'] === 'leader' ? 'real.sync.mode.leader' : 'real.sync.mode.learner',
        p,
      );
    case 'fle.notification.received':
      return t('real.fle.notification.received', {
        ...p,
        round: parseInt(String(real.params['round']), 16),
      });
    case 'connection.error':
      return t('real.connection.error', {
        ...p,
        peer:
          typeof real.params['peer'] === 'number'
            ? `S${real.params['peer']}`
            : (p['address'] ?? none),
      });
    default:
      return t(`real.${real.code}` as MessageKey, p);
  }
}
