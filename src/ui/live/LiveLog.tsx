/**
 * What the real servers logged, parsed: the elections as they ended (leader, epoch, supporters,
 * how long it took) and the event log, newest first. Only the newest EVENT_ROWS events are drawn,
 * so a long session keeps the page quick; the count says how many there are.
 */
import { useMemo } from 'react';
import { useT } from '../i18n/useT';
import { describeEvent } from './describeEvent';
import { liveElections } from './liveElections';
import { useLiveStore } from './liveStore';

export const EVENT_ROWS = 300;

/** The time of day as the log printed it: `18:26:14.955`. */
function timeOf(at: string): string {
  return at.slice(11, 23);
}

export function LiveLog() {
  const t = useT();
  const events = useLiveStore((s) => s.events);
  const dropped = useLiveStore((s) => s.dropped);
  const elections = useMemo(() => liveElections(events), [events]);
  const rows = events.slice(-EVENT_ROWS).reverse();
  return (
    <div className="live-column">
      <section className="panel live-elections" aria-labelledby="live-elections-title">
        <h2 id="live-elections-title">{t('live.elections')}</h2>
        {elections.length === 0 ? (
          <p>{t('live.elections.none')}</p>
        ) : (
          <ol reversed>
            {[...elections].reverse().map((e) => (
              <li key={`${e.at}-${e.leader}-${e.epoch}`}>
                <time>{timeOf(e.at)}</time>{' '}
                {t('live.election', {
                  leader: e.leader,
                  epoch: e.epoch,
                  supporters: e.supporters.join(', '),
                })}
                {e.tookMs !== null && t('live.election.took', { ms: e.tookMs })}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel live-events" aria-labelledby="live-events-title">
        <h2 id="live-events-title">{t('live.events')}</h2>
        <p className="live-hint">
          {events.length === 0
            ? t('live.events.none')
            : t('live.events.count', { shown: events.length })}
          {dropped > 0 && <> {t('live.events.dropped', { count: dropped })}</>}
        </p>
        <ol className="live-event-list" aria-labelledby="live-events-title">
          {rows.map((e) => {
            const d = describeEvent(e);
            return (
              <li key={`${e.sid}-${e.line}-${e.ms}`}>
                <time>{timeOf(e.at)}</time>
                <span className="live-event-server">{t('live.event.server', { sid: e.sid })}</span>
                <span>{t(d.key, d.params)}</span>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
