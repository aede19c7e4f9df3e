/**
 * The selected server's database (issue 13, ZAB.md 1.4): which zxid it votes with and why, the
 * newest snapshot on its disk and the txns logged after it, and the in-memory committed log a
 * leader can DIFF from, with the scenario's window when it is below ZooKeeper's floor of 500.
 * Everything comes from the frame as codes and numbers (sim/engine/databaseView.ts).
 */
import type { ServerView } from '../../protocol/frame';
import { formatZxid } from '../../sim/vocabulary';
import { originClause, originOfFrame, snapshotCause } from '../explain/voteOrigin';
import { formatTime } from '../player/timeText';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';

function VoteLine({ server }: { server: ServerView }) {
  const t = useT();
  const db = server.database;
  if (server.state === 'DOWN') return <p className="db-vote muted">{t('db.downVote')}</p>;
  const origin = originClause(originOfFrame(db.voteOrigin), t) ?? '';
  const zxid = formatZxid(db.voteZxid);
  return (
    <p className="db-vote">
      {server.observer ? t('db.treeAt', { zxid, origin }) : t('db.votesWith', { zxid, origin })}
    </p>
  );
}

export function DatabaseFacts({ server }: { server: ServerView }) {
  const t = useT();
  const info = useAppStore((s) => s.info);
  const db = server.database;
  const snap = db.snapshot;
  const log = db.committedLog;
  return (
    <>
      <h3>{t('db.title')}</h3>
      <VoteLine server={server} />
      <dl className="db-facts">
        <dt>{t('db.snapshot')}</dt>
        <dd>
          {snap ? (
            <>
              <strong>{t('db.snapshotValue', { zxid: formatZxid(snap.zxid) })}</strong>{' '}
              <span className="muted">
                {t('db.snapshotWhy', {
                  cause: snapshotCause(snap.cause, t),
                  time: formatTime(snap.atMs),
                })}
              </span>
            </>
          ) : (
            t('db.none')
          )}
        </dd>
        <dt>{t('db.afterSnapshot')}</dt>
        <dd>{db.loggedAfterSnapshot}</dd>
        {server.state !== 'DOWN' && (
          <>
            <dt>{t('db.committedLog')}</dt>
            <dd>
              {log.minZxid && log.maxZxid
                ? t('db.committedRange', {
                    count: log.count,
                    min: formatZxid(log.minZxid),
                    max: formatZxid(log.maxZxid),
                  })
                : t('db.committedEmpty')}
            </dd>
          </>
        )}
        {info && (
          <>
            <dt>{t('db.window')}</dt>
            <dd>
              {info.commitLogCount < info.commitLogFloor
                ? t('db.windowBelow', { count: info.commitLogCount, floor: info.commitLogFloor })
                : t('db.windowValue', { count: info.commitLogCount })}
            </dd>
          </>
        )}
      </dl>
    </>
  );
}
