/**
 * The latest membership events as a small timeline, oldest first, each with its simulated time:
 * a balancer action, then what ZooKeeper did (the leader expiring the session, closeSession
 * committing, the znode going), then what the balancer saw (the watch firing, its new view).
 * The three sides are told apart by a marker shape and the words themselves, not colour alone.
 */
import type { LabZkEventView } from '../../../protocol/frame';
import { useT } from '../../i18n/useT';
import { eventMessage, eventSide, formatAt } from './zkModel';

/** A key that stays with its event as the list slides (the same event twice in one ms is numbered). */
function eventKey(events: LabZkEventView[], i: number): string {
  const e = events[i] as LabZkEventView;
  const id = `${e.atMs}-${e.kind}-${e.backend}-${e.session ?? ''}`;
  const twin = events
    .slice(0, i)
    .filter(
      (x) =>
        x.atMs === e.atMs &&
        x.kind === e.kind &&
        x.backend === e.backend &&
        x.session === e.session,
    ).length;
  return twin === 0 ? id : `${id}-${twin}`;
}

export function ZkEventList({ events }: { events: LabZkEventView[] }) {
  const t = useT();
  return (
    <div className="zk-events-row">
      <span className="zk-events-label" id="zk-events-label">
        {t('zk.events')}
      </span>
      {events.length === 0 ? (
        <span className="zk-events-none">{t('zk.noEvents')}</span>
      ) : (
        <ol className="zk-events" aria-labelledby="zk-events-label">
          {events.map((e, i) => {
            const m = eventMessage(e);
            return (
              <li key={eventKey(events, i)} className={`zk-event zk-${eventSide(e)}`}>
                <span className="zk-event-at">{t('zk.seconds', { t: formatAt(e.atMs) })}</span>{' '}
                <span className="zk-event-text">{t(m.key, m.params)}</span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
