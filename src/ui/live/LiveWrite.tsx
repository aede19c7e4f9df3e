/**
 * The write form (a real client's create, or setData when the znode exists, sent by the bridge to
 * a serving server), folded so the ring keeps its room, and the answers to the last commands sent,
 * always shown, so every click has a visible outcome: done (with the zxid a write got) or refused,
 * with the reason.
 */
import { useState, type FormEvent } from 'react';
import {
  LIVE_DATA_MAX,
  LIVE_PATH_MAX,
  validZnodePath,
  type LiveCommand,
} from '../../protocol/live';
import { useT } from '../i18n/useT';
import type { LiveLink } from './liveConnection';
import { useLiveStore, type SentCommand } from './liveStore';

const ANSWERS_SHOWN = 3;

function useDescribeSent(): (s: SentCommand) => string {
  const t = useT();
  return ({ command, answer }) => {
    const what = describeCommand(t, command);
    if (answer === null) return t('live.sent.pending', { command: what });
    if (answer.ok)
      return answer.zxid === null
        ? t('live.sent.ok', { command: what })
        : t('live.sent.okZxid', { command: what, zxid: answer.zxid });
    const why = t(`live.error.${answer.error}`, { detail: answer.detail ?? '' });
    return t('live.sent.error', { command: what, why });
  };
}

function describeCommand(t: ReturnType<typeof useT>, c: LiveCommand): string {
  return c.type === 'write'
    ? t('live.command.write', { path: c.path })
    : t(`live.command.${c.type}`, { sid: c.sid });
}

export function LiveWrite({ link }: { link: LiveLink | null }) {
  const t = useT();
  const [path, setPath] = useState('/zabscope');
  const [data, setData] = useState('hello');
  const sent = useLiveStore((s) => s.sent);
  const describe = useDescribeSent();
  const pathOk = validZnodePath(path);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pathOk) link?.send({ type: 'write', path, data });
  };
  return (
    <>
      <details className="live-write">
        <summary>{t('live.write.title')}</summary>
        <form onSubmit={submit} className="live-write-form">
          <label className="field">
            <span>{t('live.write.path')}</span>
            <input
              value={path}
              maxLength={LIVE_PATH_MAX}
              aria-invalid={!pathOk}
              aria-describedby="live-write-hint"
              onChange={(e) => setPath(e.target.value)}
            />
          </label>
          <label className="field">
            <span>{t('live.write.data')}</span>
            <input
              value={data}
              maxLength={LIVE_DATA_MAX}
              onChange={(e) => setData(e.target.value)}
            />
          </label>
          <button type="submit" disabled={link === null || !pathOk}>
            {t('live.write')}
          </button>
        </form>
        <p id="live-write-hint" className="live-hint">
          {pathOk
            ? t('live.write.hint', { path: LIVE_PATH_MAX, data: LIVE_DATA_MAX })
            : t('live.write.badPath')}
        </p>
      </details>
      {sent.length > 0 && (
        <ul className="live-answers" role="log" aria-label={t('live.answers')}>
          {sent
            .slice(-ANSWERS_SHOWN)
            .reverse()
            .map((s) => (
              <li key={s.command.id} className={s.answer && !s.answer.ok ? 'live-refused' : ''}>
                {describe(s)}
              </li>
            ))}
        </ul>
      )}
    </>
  );
}
