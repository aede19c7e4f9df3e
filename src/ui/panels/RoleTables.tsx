/**
 * What a server's role keeps in memory, as tables: the vote tables of Fast Leader Election while
 * LOOKING (which votes agree with its proposal, and how many a quorum needs), the learner
 * handlers and outstanding proposals while LEADING, and the sync state while following.
 */
import { shortZxid } from '../../sim/vocabulary';
import type { InspectorView } from '../../protocol/frame';
import { useT } from '../i18n/useT';
import { seconds } from '../explain/reasons';

function Election({ e }: { e: NonNullable<InspectorView['election']> }) {
  const t = useT();
  const agreeing = e.votes.filter((v) => v.table === 'recvset' && v.agrees).length;
  return (
    <>
      <h3>{t('inspector.votes', { round: e.round })}</h3>
      <p className="table-note">
        {t('inspector.proposal', {
          leader: e.proposal.leader,
          zxid: shortZxid(e.proposal.zxid),
          peerEpoch: e.proposal.peerEpoch,
        })}{' '}
        {t('inspector.quorum', { agree: agreeing, quorum: e.quorum })}
      </p>
      <table className="mini">
        <thead>
          <tr>
            <th scope="col">{t('inspector.from')}</th>
            <th scope="col">{t('inspector.votesFor')}</th>
            <th scope="col">zxid</th>
            <th scope="col">peerEpoch</th>
            <th scope="col">{t('inspector.round')}</th>
            <th scope="col">{t('inspector.senderState')}</th>
            <th scope="col">{t('inspector.agrees')}</th>
          </tr>
        </thead>
        <tbody>
          {e.votes.length === 0 && (
            <tr>
              <td colSpan={7} className="muted">
                {t('inspector.noVotes')}
              </td>
            </tr>
          )}
          {e.votes.map((v) => (
            <tr key={`${v.table}-${v.sid}`} className={v.agrees ? 'agrees' : ''}>
              <td>S{v.sid}</td>
              <td>S{v.leader}</td>
              <td>{shortZxid(v.zxid)}</td>
              <td>{v.peerEpoch}</td>
              <td>{v.round}</td>
              <td>
                {v.state}
                {v.table === 'outofelection' ? ' *' : ''}
              </td>
              <td>{v.agrees ? '✓' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {e.votes.some((v) => v.table === 'outofelection') && (
        <p className="table-note">{t('inspector.outOfElection')}</p>
      )}
    </>
  );
}

function Leading({
  l,
  displayMs,
}: {
  l: NonNullable<InspectorView['leading']>;
  displayMs: number;
}) {
  const t = useT();
  const stage = l.active
    ? t('inspector.active')
    : l.established
      ? t('inspector.established')
      : t('inspector.discovering');
  return (
    <>
      <h3>{t('inspector.learners', { epoch: l.epoch ?? '?' })}</h3>
      <p className="table-note">
        {stage} · {t('inspector.lastCommitted', { zxid: shortZxid(l.lastCommitted) })}
      </p>
      <table className="mini">
        <thead>
          <tr>
            <th scope="col">{t('inspector.learner')}</th>
            <th scope="col">{t('inspector.stage')}</th>
            <th scope="col">{t('inspector.heard')}</th>
            <th scope="col">{t('inspector.unacked')}</th>
          </tr>
        </thead>
        <tbody>
          {l.learners.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                {t('inspector.noLearners')}
              </td>
            </tr>
          )}
          {l.learners.map((h) => (
            <tr key={h.sid}>
              <td>
                S{h.sid}
                {h.observer ? ` (${t('card.observer')})` : ''}
              </td>
              <td>
                <code>{h.stage}</code>
              </td>
              <td>
                {t('inspector.ago', {
                  time: seconds(Math.max(0, Math.round(displayMs - h.lastHeardMs))),
                })}
              </td>
              <td>{h.unacked}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {l.outstanding.length > 0 && (
        <>
          <h3>{t('inspector.outstanding')}</h3>
          <ul className="outstanding">
            {l.outstanding.map((o) => (
              <li key={shortZxid(o.zxid)}>
                <code>{shortZxid(o.zxid)}</code>{' '}
                {t('inspector.acks', { sids: o.ackers.map((s) => 'S' + s).join(', ') || '—' })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Learning({ s }: { s: NonNullable<InspectorView['learning']> }) {
  const t = useT();
  const yes = t('inspector.yes');
  const no = t('inspector.no');
  return (
    <>
      <h3>{t('inspector.following', { leader: s.leader })}</h3>
      <dl className="facts">
        <div>
          <dt>{t('inspector.connected')}</dt>
          <dd>{s.connected ? yes : no}</dd>
        </div>
        <div>
          <dt>{t('inspector.syncMode')}</dt>
          <dd>{s.syncMode ?? '—'}</dd>
        </div>
        <div>
          <dt>NEWLEADER</dt>
          <dd>{s.newLeaderSeen ? yes : no}</dd>
        </div>
        <div>
          <dt>UPTODATE</dt>
          <dd>{s.upToDate ? yes : no}</dd>
        </div>
        <div>
          <dt>{t('inspector.pending')}</dt>
          <dd>{s.pending}</dd>
        </div>
      </dl>
    </>
  );
}

export function RoleTables({ view, displayMs }: { view: InspectorView; displayMs: number }) {
  return (
    <>
      {view.election && <Election e={view.election} />}
      {view.leading && <Leading l={view.leading} displayMs={displayMs} />}
      {view.learning && <Learning s={view.learning} />}
    </>
  );
}
