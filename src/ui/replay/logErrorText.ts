/**
 * A refused log file in the reader's language, from the parser's code and parameters
 * (src/logs/kinds.ts LogError), naming the file and what is wrong with it.
 */
import type { LogError } from '../../protocol/replay';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/t';

export function logErrorText(e: LogError, t: Translate): string {
  const file = e.file ?? '';
  const limit =
    e.code === 'file.too-large' ? Math.round((e.limit ?? 0) / 1024 / 1024) : (e.limit ?? 0);
  const key: MessageKey =
    e.code === 'file.not-zookeeper' && e.reason === 'no-zookeeper-line'
      ? 'replay.err.file.not-zookeeper-line'
      : `replay.err.${e.code}`;
  return t(key, { file, limit, evidence: (e.evidence ?? []).join('; ') });
}
