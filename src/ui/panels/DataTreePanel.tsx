/**
 * The data tree panel (issue 15): the znodes of a chosen server (path, data, version, ephemeral
 * owner, sequential suffix), each compared with the leader's committed tree so that a lagging
 * follower's stale znodes are marked in text, the watches registered there, the latest watch
 * events (one-shot), and observations such as two believers of one lock, with the fix.
 */
import { memo } from 'react';
import { formatZxid } from '../../sim/vocabulary';
import type { ClientsView, DataTreeView, ZnodeView } from '../../protocol/clientsFrame';
import { seconds } from '../explain/reasons';
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import { appStore, useAppStore } from '../store/appStore';
import type { T } from '../viz/clients/clientText';
import { ConfigChangeForm } from './ConfigChangeForm';

function Observations({ view, t }: { view: ClientsView; t: T }) {
  if (view.observations.length === 0) return null;
  return (
    <>
      {view.observations.map((o) => {
        const fenced = o.believers.filter((b) => b.czxid !== null);
        const stale = o.believers.filter((b) => b.czxid === null);
        const holder = fenced[fenced.length - 1];
        return (
          <div key={o.path} className="observation" role="status" data-code={o.code}>
            <strong>
              {t('observation.lockTwoBelievers', {
                clients: o.believers.map((b) => b.client).join(', '),
                path: o.path,
              })}
            </strong>{' '}
            {t('observation.fencing', {
              stale: stale.map((b) => b.client).join(', ') || o.believers[0]!.client,
              token: holder?.czxid ? formatZxid(holder.czxid) : t('observation.noToken'),
              holder: holder?.client ?? t('observation.noToken'),
            })}
          </div>
        );
      })}
    </>
  );
}

function znodeLabel(n: ZnodeView, watchers: string[], t: T): string {
  let rest = '';
  if (n.ephemeralOwner !== '0x0')
    rest += t('dataTree.znodeEphemeral', {
      owner: n.owner ? `${n.ephemeralOwner} (${n.owner})` : n.ephemeralOwner,
    });
  if (n.diff === 'stale') rest += t('dataTree.znodeStale');
  if (watchers.length > 0) rest += t('dataTree.znodeWatched', { clients: watchers.join(', ') });
  return t('dataTree.znode', { path: n.path, data: n.data, version: n.version, rest });
}

function Tree({ tree, t }: { tree: DataTreeView; t: T }) {
  const compare =
    tree.leader === null || tree.leaderZxid === null
      ? t('dataTree.compareNone')
      : tree.leader === tree.sid
        ? t('dataTree.compareLeader', { sid: tree.sid, zxid: formatZxid(tree.lastZxid) })
        : t('dataTree.compare', {
            sid: tree.sid,
            zxid: formatZxid(tree.lastZxid),
            leader: tree.leader,
            leaderZxid: formatZxid(tree.leaderZxid),
          });
  return (
    <>
      <p className="hint">{compare}</p>
      <ul aria-label={t('dataTree.title')}>
        {tree.nodes.map((n) => {
          const ws = tree.watches.filter((w) => w.path === n.path);
          const names = ws.map((w) =>
            t(w.kind === 'data' ? 'dataTree.watchData' : 'dataTree.watchChild', {
              client: w.client ?? w.sessionId,
            }),
          );
          const depth = n.path === '/' ? 0 : n.path.split('/').length - 1;
          return (
            <li
              key={n.path}
              className={n.diff === 'stale' ? 'znode-stale' : undefined}
              style={{ paddingLeft: `${depth * 0.8}rem` }}
              aria-label={znodeLabel(n, names, t)}
              data-path={n.path}
            >
              <span className="znode-path">{n.path}</span> = “{n.data}”{' '}
              <span className="znode-tag">{t('dataTree.version', { version: n.version })}</span>
              {n.ephemeralOwner !== '0x0' && (
                <span className="znode-tag">
                  {t('dataTree.ephemeral', { owner: n.owner ?? n.ephemeralOwner })}
                </span>
              )}
              {n.sequential && <span className="znode-tag">{t('dataTree.sequential')}</span>}
              {n.diff === 'stale' && <span className="znode-tag stale">{t('dataTree.stale')}</span>}
              {n.diff === 'extra' && <span className="znode-tag stale">{t('dataTree.extra')}</span>}
              {names.length > 0 && (
                <span className="znode-watch">
                  {t('dataTree.watch', { clients: names.join(', ') })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {tree.missing.length > 0 && (
        <p className="hint">{t('dataTree.missing', { paths: tree.missing.join(', ') })}</p>
      )}
      {tree.truncated && <p className="hint">{t('dataTree.truncated')}</p>}
    </>
  );
}

/**
 * A key per fired watch that stays with it while the list moves on: keyed by position, every row
 * was replaced whenever a new event pushed the list along (issue 15, item 6). Events alike in
 * every field are told apart by their order among themselves.
 */
function firedKeys(fired: ClientsView['fired']): [ClientsView['fired'][number], string][] {
  const seen = new Map<string, number>();
  return fired.map((f) => {
    const base = `${f.atMs}-${f.client}-${f.type}-${f.path}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return [f, `${base}-${n}`];
  });
}

// Its own store selections only: it need not re-render with every frame the panel takes.
const ConfigChange = memo(ConfigChangeForm);

export function DataTreePanel() {
  const t = useT();
  const ctl = useController();
  const view = useAppStore((s) => s.frame?.clients ?? null);
  const sids = useAppStore((s) => s.frame?.servers.map((x) => x.sid).join(',') ?? '');
  const treeSid = useAppStore((s) => s.treeSid);
  if (!view) return null;
  const choose = (value: string) => {
    appStore.getState().setTreeSid(value === '' ? null : Number(value));
    ctl.refresh();
  };
  return (
    <section className="panel data-tree" aria-labelledby="data-tree-title">
      <h2 id="data-tree-title">{t('dataTree.title')}</h2>
      <Observations view={view} t={t} />
      <ConfigChange />
      <label htmlFor="data-tree-server">{t('dataTree.server')}</label>{' '}
      <select id="data-tree-server" value={treeSid ?? ''} onChange={(e) => choose(e.target.value)}>
        <option value="">{t('dataTree.noServer')}</option>
        {sids
          .split(',')
          .filter((s) => s !== '')
          .map((s) => (
            <option key={s} value={s}>
              S{s}
            </option>
          ))}
      </select>
      {view.tree ? <Tree tree={view.tree} t={t} /> : <p className="hint">{t('dataTree.hidden')}</p>}
      <h3>{t('dataTree.fired')}</h3>
      {view.fired.length === 0 ? (
        <p className="hint">{t('dataTree.noFired')}</p>
      ) : (
        <ul aria-label={t('dataTree.fired')}>
          {firedKeys(view.fired).map(([f, key]) => (
            <li key={key}>
              {t('dataTree.firedRow', {
                at: seconds(f.atMs),
                client: f.client,
                type: f.type,
                path: f.path,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
