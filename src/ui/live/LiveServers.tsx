/**
 * The real servers as cards: the state (from `srvr`, or the last logged state while a server does
 * not serve), whether its JVM runs, is frozen or is down, with its pid, currentEpoch, zxid and
 * znode count, and the buttons that act on its process. Each state has a word and a mark, never
 * only a colour.
 */
import { useMemo } from 'react';
import type { LiveProcessState, LiveServerStatus } from '../../protocol/live';
import type { MessageKey } from '../i18n/en';
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

/** The buttons of a card, and the process states in which each may act. */
const ACTIONS = [
  { type: 'crash', label: 'live.crash', name: 'live.crashServer', allowed: ['up', 'frozen'] },
  { type: 'freeze', label: 'live.freeze', name: 'live.freezeServer', allowed: ['up'] },
  { type: 'resume', label: 'live.resume', name: 'live.resumeServer', allowed: ['frozen'] },
  {
    type: 'restart',
    label: 'live.restart',
    name: 'live.restartServer',
    allowed: ['up', 'frozen', 'down'],
  },
] as const satisfies readonly {
  type: 'crash' | 'freeze' | 'resume' | 'restart';
  label: MessageKey;
  name: MessageKey;
  allowed: readonly LiveProcessState[];
}[];

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
        {ACTIONS.map((a) => (
          <button
            key={a.type}
            type="button"
            className={a.type === 'crash' ? 'danger' : 'quiet'}
            aria-label={t(a.name, { sid: s.sid })}
            disabled={
              link === null || !(a.allowed as readonly LiveProcessState[]).includes(s.process)
            }
            onClick={() => link?.send({ type: a.type, sid: s.sid })}
          >
            {t(a.label)}
          </button>
        ))}
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
