/**
 * The event log in plain language: what happened and why, up to the current moment, filterable
 * by server and by kind. Each entry is a button that seeks to its event (exact time travel).
 * The list follows the newest entry unless the reader has scrolled up to read. The list is one
 * Tab stop (a roving tab index): arrows, Page Up/Down, Home and End move between entries, so
 * the controls after it are not a hundred Tab presses away.
 */
import { memo, useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LOG_CATEGORIES, type LogEntryView } from '../../protocol/frame';
import { useController } from '../controllerContext';
import { explain, type Translate } from '../explain/explain';
import { useT } from '../i18n/useT';
import { formatTime } from '../player/timeText';
import { useAppStore } from '../store/appStore';
import { useFollowBottom } from './useFollowBottom';

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
  /** The one entry Tab reaches. */
  tabbable: boolean;
  t: Translate;
}

/**
 * One entry. Frames bring fresh copies of the same entries, so an entry re-renders only when
 * what it shows changes: its identity in the trace, its "you" badge, being current, the language.
 */
const Entry = memo(
  function Entry({ entry, onSeek, current, tabbable, t }: EntryProps) {
    const text = explain(entry, t);
    return (
      <li className={`entry cat-${entry.cat}${current ? ' current' : ''}`}>
        <button
          type="button"
          tabIndex={tabbable ? 0 : -1}
          data-entry={entry.i}
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
    a.tabbable === b.tabbable &&
    a.t === b.t &&
    a.onSeek === b.onSeek,
);

export function EventLog() {
  const t = useT();
  const ctl = useController();
  const log = useAppStore((s) => s.log);
  const lastE = log.length > 0 ? (log[log.length - 1] as LogEntryView).ev.e : -1;
  // Whether the newest entry is the current event: a yes or no, so the list does not re-render
  // on every frame while playing (the event number changes on every one).
  const atNewest = useAppStore((s) => lastE >= 0 && (s.frame?.event ?? 0) === lastE);
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const endRef = useRef<HTMLDivElement>(null);
  useFollowBottom(scrollRef, listRef, endRef);

  const onSeek = useCallback((e: number) => ctl.seek(e), [ctl]);
  // The entry Tab lands on: the one last moved to, while it is still listed, else the newest.
  const [active, setActive] = useState<number | null>(null);
  const tabbableI =
    active !== null && log.some((x) => x.i === active)
      ? active
      : ((log[log.length - 1] as LogEntryView | undefined)?.i ?? -1);
  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const page = 8;
    const to =
      e.key === 'ArrowDown'
        ? at + 1
        : e.key === 'ArrowUp'
          ? at - 1
          : e.key === 'PageDown'
            ? at + page
            : e.key === 'PageUp'
              ? at - page
              : e.key === 'Home'
                ? 0
                : e.key === 'End'
                  ? buttons.length - 1
                  : null;
    if (to === null) return;
    // Handled here: Home must not also take the run back to its start.
    e.preventDefault();
    const target = buttons[Math.max(0, Math.min(buttons.length - 1, to))];
    if (!target) return;
    setActive(Number(target.dataset.entry));
    target.focus();
  };
  return (
    <section className="panel log" aria-labelledby="log-title">
      <h2 id="log-title">{t('log.title')}</h2>
      <Filters />
      <div className="entries" ref={scrollRef}>
        <ol
          className="entry-list"
          ref={listRef}
          aria-label={t('log.entries')}
          onKeyDown={onKeyDown}
        >
          {log.length === 0 && <li className="muted empty">{t('log.empty')}</li>}
          {log.map((entry) => (
            <Entry
              key={entry.i}
              entry={entry}
              t={t}
              onSeek={onSeek}
              current={atNewest && entry.ev.e === lastE}
              tabbable={entry.i === tabbableI}
            />
          ))}
        </ol>
        {/* Where the list ends: in view (or nearly) means the reader follows the newest line. */}
        <div className="entries-end" ref={endRef} aria-hidden="true" />
      </div>
    </section>
  );
}
