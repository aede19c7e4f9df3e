/**
 * The real processes beside the ensemble view: for each server what `srvr` says (its Mode while it
 * serves) and whether its JVM runs, is frozen or is down, with its pid, and the buttons that act on
 * that process through the bridge. The ring beside it shows what the servers logged (their states,
 * votes, elections); this list is what the bridge knows of the processes, which a log cannot say
 * (a frozen JVM writes nothing). Each state has a word and a mark, never only a colour.
 */
import type { LiveProcessState, LiveServerStatus } from '../../protocol/live';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import type { LiveLink } from './liveConnection';
import { useLiveStore } from './liveStore';

const MARKS: Record<string, string> = {
  LEADING: '★',
  FOLLOWING: '●',
  OBSERVING: '○',
  DOWN: '✕',
  FROZEN: '❚❚',
};

/** The buttons of a server, and the process states in which each may act. */
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

/** srvr's Mode in ZooKeeper's state words; null while the server serves no client (electing). */
function serving(s: LiveServerStatus): string | null {
  if (s.mode === 'leader') return 'LEADING';
  if (s.mode === 'follower') return 'FOLLOWING';
  if (s.mode === 'observer') return 'OBSERVING';
  return null;
}

function ServerRow({ s, link }: { s: LiveServerStatus; link: LiveLink | null }) {
  const t = useT();
  const tone =
    s.process === 'down' ? 'DOWN' : s.process === 'frozen' ? 'FROZEN' : (serving(s) ?? 'NONE');
  const word =
    s.process === 'down'
      ? t('live.state.down')
      : s.process === 'frozen'
        ? t('live.state.frozen')
        : (serving(s) ?? t('live.state.notServing'));
  const process =
    s.process === 'down'
      ? t('live.process.down')
      : t(s.process === 'frozen' ? 'live.process.frozen' : 'live.process.up', {
          pid: s.pid ?? t('live.none'),
        });
  return (
    <li className={`live-row live-${tone.toLowerCase()}`} aria-labelledby={`live-server-${s.sid}`}>
      <h3 id={`live-server-${s.sid}`}>{t('live.server', { sid: s.sid })}</h3>
      <p className="live-state">
        <span aria-hidden="true">{MARKS[tone] ?? '…'}</span> {word} · {process}
      </p>
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
  return (
    <>
      {servers.length === 0 ? (
        <p className="live-waiting">{t('live.noServers')}</p>
      ) : (
        <ul className="live-rows" aria-label={t('live.servers')}>
          {servers.map((s) => (
            <ServerRow key={s.sid} s={s} link={link} />
          ))}
        </ul>
      )}
    </>
  );
}
