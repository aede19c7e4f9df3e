/**
 * The event log in plain language: what happened and why, up to the current moment, filterable
 * by server and by kind. Each entry is a button that seeks to its event (exact time travel).
 * The list follows the newest entry unless the reader has scrolled up to read.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LOG_CATEGORIES, type LogEntryView } from '../../protocol/frame';
import { useController } from '../controllerContext';
import type { RunInfo } from '../../protocol/messages';
import { explain, type Translate } from '../explain/explain';
import { useT } from '../i18n/useT';
import { formatTime } from '../player/timeText';
import { useAppStore } from '../store/appStore';

function Filters() {
  const t = useT();
  const ctl = useController();
  const sids = useAppStore(useShallow((s) => s.frame?.servers.map((x) => x.sid) ?? []));
  const filter = useAppStore((s) => s.filter);
  const { toggleFilterSid, toggleFilterCat, clearFilterSids } = useAppStore(
    useShallow((s) => ({
      toggleFilterSid: s.toggleFilterSid,
      toggleFilterCat: s.toggleFilterCat,
      clearFilterSids: s.clearFilterSids,
    })),
  );
  const after = (fn: () => void) => () => {
    fn();
    ctl.refresh();
  };
  return (
    <div className="filters">
      <div className="chips" role="group" aria-label={t('log.filterServers')}>
        <button
          type="button"
          className="chip"
          aria-pressed={filter.sids.length === 0}
          onClick={after(clearFilterSids)}
        >
          {t('log.all')}
        </button>
        {sids.map((sid) => (
          <button
            key={sid}
            type="button"
            className="chip"
            aria-pressed={filter.sids.includes(sid)}
            onClick={after(() => toggleFilterSid(sid))}
          >
            S{sid}
          </button>
        ))}
      </div>
      <div className="chips" role="group" aria-label={t('log.filterKinds')}>
        {LOG_CATEGORIES.map((c) => (
          <button
            key={c}
            type="button"
            className={`chip cat-${c}`}
            aria-pressed={filter.cats.includes(c)}
            onClick={after(() => toggleFilterCat(c))}
          >
            {t(`log.cat.${c}`)}
          </button>
        ))}
      </div>
    </div>
  );
}

interface EntryProps {
  entry: LogEntryView;
  onSeek: (e: number) => void;
  current: boolean;
  info: RunInfo | null;
  t: Translate;
}

/**
 * One entry. Frames bring fresh copies of the same entries, so an entry re-renders only when
 * what it shows changes: its identity in the trace, its "you" badge, being current, the language.
 */
const Entry = memo(
  function Entry({ entry, onSeek, current, info, t }: EntryProps) {
    const text = explain(entry, t, info);
    return (
      <li className={`entry cat-${entry.cat}${current ? ' current' : ''}`}>
        <button
          type="button"
          onClick={() => onSeek(entry.ev.e)}
          aria-current={current ? 'step' : undefined}
        >
          <span className="entry-time">{formatTime(entry.ev.t)}</span>
          <span className="entry-sid">{entry.sid !== null ? `S${entry.sid}` : '—'}</span>
          <span className="entry-text">
            {text}
            {entry.user && <span className="you">{t('log.you')}</span>}
          </span>
        </button>
      </li>
    );
  },
  (a, b) =>
    a.entry.i === b.entry.i &&
    a.entry.user === b.entry.user &&
    a.current === b.current &&
    a.t === b.t &&
    a.info === b.info &&
    a.onSeek === b.onSeek,
);

export function EventLog() {
  const t = useT();
  const ctl = useController();
  const log = useAppStore((s) => s.log);
  const info = useAppStore((s) => s.info);
  const event = useAppStore((s) => s.frame?.event ?? 0);
  const listRef = useRef<HTMLOListElement>(null);
  const follow = useRef(true);

  useLayoutEffect(() => {
    const el = listRef.current;
    if (el && follow.current) el.scrollTop = el.scrollHeight;
  }, [log]);
  useEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const onScroll = () => {
      follow.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, []);

  const onSeek = useCallback((e: number) => ctl.seek(e), [ctl]);
  const lastE = log.length > 0 ? (log[log.length - 1] as LogEntryView).ev.e : -1;
  return (
    <section className="panel log" aria-labelledby="log-title">
      <h2 id="log-title">{t('log.title')}</h2>
      <Filters />
      <ol className="entries" ref={listRef} aria-label={t('log.entries')}>
        {log.length === 0 && <li className="muted empty">{t('log.empty')}</li>}
        {log.map((entry) => (
          <Entry
            key={entry.i}
            entry={entry}
            t={t}
            info={info}
            onSeek={onSeek}
            current={entry.ev.e === lastE && lastE === event}
          />
        ))}
      </ol>
    </section>
  );
}
