/**
 * The real servers as cards: the state (from `srvr`, or the last logged state while a server does
 * not serve), whether its JVM runs, is frozen or is down, with its pid, currentEpoch, zxid and
 * znode count, and the buttons that act on its process. Each state has a word and a mark, never
 * only a colour.
 */
import { useMemo } from 'react';
import type { LiveServerStatus } from '../../protocol/live';
import { useT } from '../i18n/useT';
import type { LiveLink } from './liveConnection';
import { electing, lastStates, shownState } from './liveElections';
import { useLiveStore } from './liveStore';

const MARKS: Record<string, string> = {
  LEADING: '★',
  FOLLOWING: '●',
  OBSERVING: '○',
  LOOKING: '?',
  DOWN: '✕',
  FROZEN: '❚❚',
};

function ServerCard({
  s,
  state,
  link,
}: {
  s: LiveServerStatus;
  state: string | null;
  link: LiveLink | null;
}) {
  const t = useT();
  const label =
    s.process === 'down'
      ? t('live.state.down')
      : s.process === 'frozen'
        ? t('live.state.frozen')
        : (state ?? t('live.state.unknown'));
  const tone =
    s.process === 'down' ? 'DOWN' : s.process === 'frozen' ? 'FROZEN' : (state ?? 'UNKNOWN');
  const none = t('live.none');
  const act = (type: 'crash' | 'freeze' | 'resume' | 'restart') => link?.send({ type, sid: s.sid });
  return (
    <li className={`live-card live-${tone.toLowerCase()}`} aria-labelledby={`live-server-${s.sid}`}>
      <h3 id={`live-server-${s.sid}`}>{t('live.server', { sid: s.sid })}</h3>
      <p className="live-state">
        <span aria-hidden="true">{MARKS[tone] ?? '…'}</span> {label}
      </p>
      <dl>
        <dt>{t('live.field.process')}</dt>
        <dd>
          {s.process === 'down'
            ? t('live.process.down')
            : t(s.process === 'frozen' ? 'live.process.frozen' : 'live.process.up', {
                pid: s.pid ?? none,
              })}
        </dd>
        <dt>{t('live.field.epoch')}</dt>
        <dd>{s.epoch ?? none}</dd>
        <dt>{t('live.field.zxid')}</dt>
        <dd>{s.zxid ?? none}</dd>
        <dt>{t('live.field.znodes')}</dt>
        <dd>{s.znodes ?? none}</dd>
        <dt>{t('live.field.port')}</dt>
        <dd>{s.clientPort}</dd>
      </dl>
      <div className="live-actions">
        <button
          type="button"
          className="danger"
          aria-label={t('live.crashServer', { sid: s.sid })}
          disabled={link === null || s.process === 'down'}
          onClick={() => act('crash')}
        >
          {t('live.crash')}
        </button>
        <button
          type="button"
          className="quiet"
          aria-label={t('live.freezeServer', { sid: s.sid })}
          disabled={link === null || s.process !== 'up'}
          onClick={() => act('freeze')}
        >
          {t('live.freeze')}
        </button>
        <button
          type="button"
          className="quiet"
          aria-label={t('live.resumeServer', { sid: s.sid })}
          disabled={link === null || s.process !== 'frozen'}
          onClick={() => act('resume')}
        >
          {t('live.resume')}
        </button>
        <button
          type="button"
          className="quiet"
          aria-label={t('live.restartServer', { sid: s.sid })}
          disabled={link === null}
          onClick={() => act('restart')}
        >
          {t('live.restart')}
        </button>
      </div>
    </li>
  );
}

export function LiveServers({ link }: { link: LiveLink | null }) {
  const t = useT();
  const servers = useLiveStore((s) => s.servers);
  const events = useLiveStore((s) => s.events);
  const logged = useMemo(() => lastStates(events), [events]);
  const now = electing(servers, logged);
  return (
    <section className="panel live-servers" aria-labelledby="live-servers-title">
      <h2 id="live-servers-title">{t('live.servers')}</h2>
      {now.length > 0 && (
        <p className="live-electing" role="status">
          {t('live.electing', { servers: now.map((sid) => t('live.server', { sid })).join(', ') })}
        </p>
      )}
      {servers.length === 0 ? (
        <p>{t('live.noServers')}</p>
      ) : (
        <ul className="live-cards">
          {servers.map((s) => (
            <ServerCard key={s.sid} s={s} state={shownState(s, logged)} link={link} />
          ))}
        </ul>
      )}
    </section>
  );
}
