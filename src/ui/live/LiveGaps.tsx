/**
 * Says when records are missing from the live replay: the bridge keeps its newest
 * EVENTS_KEPT_MAX records, and a page that reconnects after more than that went by (or opens late)
 * finds the numbers jump. The replay then goes straight from the last record it had to the next
 * one it got, so the ring may change more than one record explains: said here, with how many
 * records and between which log times, rather than jumped over in silence.
 */
import { useT } from '../i18n/useT';
import { useLiveStore } from './liveStore';

/** A log time as the servers wrote it, date and time, without the ISO `T`. */
const logTime = (at: string) => at.replace('T', ' ');

export function LiveGaps() {
  const t = useT();
  const gaps = useLiveStore((s) => s.gaps);
  if (gaps.length === 0) return null;
  return (
    <ul className="live-gaps" role="alert" aria-label={t('live.gap.title')}>
      {gaps.map((g, i) => (
        <li key={i}>
          <span aria-hidden="true" className="live-connection-mark">
            !
          </span>
          {g.fromAt === null
            ? t('live.gap.start', {
                count: g.missing.toLocaleString('en-US'),
                to: logTime(g.toAt),
              })
            : t('live.gap.middle', {
                count: g.missing.toLocaleString('en-US'),
                from: logTime(g.fromAt),
                to: logTime(g.toAt),
              })}
        </li>
      ))}
    </ul>
  );
}
