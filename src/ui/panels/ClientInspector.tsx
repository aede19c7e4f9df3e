/**
 * The inspector of the selected client (issue 15): its session and timing (negotiated timeout,
 * ping rhythm, last heard, its own next deadline), the watches it holds, its recipe, the leader's
 * session tracker with every session's countdown, the actions a person can take on it, and the
 * API form. Everything is read from the frame's codes; sentences come from t().
 */
import type { ClientView, SessionTrackerView } from '../../protocol/clientsFrame';
import { seconds } from '../explain/reasons';
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import { appStore, useAppStore } from '../store/appStore';
import { timeLeft, type T } from '../viz/clients/clientText';
import { ClientInspectorForm } from './ClientInspectorForm';

function recipeText(c: ClientView, t: T): string {
  const r = c.recipe;
  if (!r) return t('clientInspector.none');
  switch (r.kind) {
    case 'lock':
      return t('clientInspector.recipeLock', {
        path: r.path,
        watch: r.watch ?? 'predecessor',
        node: r.node ?? t('clientInspector.none'),
        holding: t(r.holding ? 'clientInspector.holding' : 'clientInspector.waiting'),
      });
    case 'config':
      return t('clientInspector.recipeConfig', {
        path: r.path,
        value: r.value ?? t('clientInspector.none'),
      });
    case 'discover':
      return t('clientInspector.recipeDiscover', {
        path: r.path,
        members: r.members.length > 0 ? r.members.join(', ') : t('clientInspector.none'),
      });
    case 'register':
      return t('clientInspector.recipeRegister', {
        path: r.path,
        registered: t(
          r.registered ? 'clientInspector.registered' : 'clientInspector.notRegistered',
        ),
      });
  }
}

function Facts({ c, nowMs }: { c: ClientView; nowMs: number }) {
  const t = useT();
  const w = c.watches;
  const watches = [
    ...w.data.map((p) => `${p} (data)`),
    ...w.exist.map((p) => `${p} (exists)`),
    ...w.child.map((p) => `${p} (children)`),
  ];
  const rows: [string, string][] = [
    [t('clientInspector.state'), c.frozen ? `${c.state} · ${t('clients.frozenTag')}` : c.state],
    [t('clientInspector.server'), c.server !== null ? `S${c.server}` : t('clientInspector.none')],
    [t('clientInspector.session'), c.sessionId ?? t('clients.noSession')],
    [
      t('clientInspector.timeout'),
      t(c.negotiated ? 'clientInspector.negotiated' : 'clientInspector.requested', {
        value: seconds(c.timeoutMs),
      }),
    ],
    [t('clientInspector.ping'), seconds(c.pingEveryMs)],
    [
      t('clientInspector.lastHeard'),
      t('clientInspector.agoAt', {
        ago: seconds(Math.max(0, nowMs - c.lastHeardMs)),
        at: seconds(c.lastHeardMs),
      }),
    ],
    c.deadline
      ? [
          t(
            c.deadline.kind === 'read'
              ? 'clientInspector.readDeadline'
              : 'clientInspector.expireDeadline',
          ),
          timeLeft(c.deadline.atMs, nowMs),
        ]
      : [t('clientInspector.noDeadline'), t('clientInspector.none')],
    [
      t('clientInspector.watches'),
      watches.length > 0 ? watches.join(', ') : t('clientInspector.noWatches'),
    ],
    [t('clientInspector.notifications'), String(c.notifications)],
    [
      t('clientInspector.lastResult'),
      c.lastResult
        ? t('clientInspector.result', {
            op: c.lastResult.op,
            path: c.lastResult.path,
            rc: c.lastResult.rc,
          })
        : t('clientInspector.none'),
    ],
    [t('clientInspector.recipe'), recipeText(c, t)],
  ];
  return (
    <dl>
      {rows.map(([k, v]) => (
        <div key={k} style={{ display: 'contents' }}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function TrackerList({
  tracker,
  nowMs,
}: {
  tracker: SessionTrackerView | null;
  nowMs: number;
}) {
  const t = useT();
  if (!tracker) return <p>{t('tracker.none')}</p>;
  return (
    <section aria-label={t('tracker.title', { sid: tracker.leader })}>
      <h3>{t('tracker.title', { sid: tracker.leader })}</h3>
      <p className="hint">{t('tracker.explain', { tick: seconds(tracker.tickTimeMs) })}</p>
      <ul className="tracker-list">
        {tracker.sessions.map((s) => {
          const client = s.client ?? t('tracker.noClient');
          return (
            <li key={s.sessionId}>
              {s.closing
                ? t('tracker.closing', { session: s.sessionId, client })
                : t('tracker.row', {
                    session: s.sessionId,
                    client,
                    at: seconds(s.expiresAtMs),
                    left: timeLeft(s.expiresAtMs, nowMs),
                  })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Actions({ c }: { c: ClientView }) {
  const t = useT();
  const ctl = useController();
  const client = c.id;
  const down = c.state === 'CRASHED' || c.state === 'NOT_STARTED';
  return (
    <div className="client-actions" role="group" aria-label={t('clientInspector.actions')}>
      <button
        type="button"
        className="quiet"
        onClick={() => ctl.act({ do: down ? 'client-restart' : 'client-crash', client })}
      >
        {t(down ? 'clientInspector.restart' : 'clientInspector.kill')}
      </button>
      <button
        type="button"
        className="quiet"
        disabled={down}
        onClick={() => ctl.act({ do: c.frozen ? 'client-unfreeze' : 'client-freeze', client })}
      >
        {t(c.frozen ? 'clientInspector.unfreeze' : 'clientInspector.freeze')}
      </button>
      <button
        type="button"
        className="quiet"
        disabled={down}
        onClick={() => ctl.act({ do: 'client-partition', client, from: 'all' })}
      >
        {t('clientInspector.disconnect')}
      </button>
      <button
        type="button"
        className="quiet"
        disabled={down}
        onClick={() => ctl.act({ do: 'client-heal', client })}
      >
        {t('clientInspector.heal')}
      </button>
      <button
        type="button"
        className="quiet"
        disabled={c.state !== 'CONNECTED'}
        onClick={() => ctl.act({ do: 'close-session', client })}
      >
        {t('clientInspector.closeSession')}
      </button>
      <LockButtons c={c} />
    </div>
  );
}

/**
 * The lock recipe by click (lock-acquire, lock-release): offered to a client that runs the lock
 * recipe or none (it then queues under /locks); a client running another recipe cannot lock.
 */
function LockButtons({ c }: { c: ClientView }) {
  const t = useT();
  const ctl = useController();
  const r = c.recipe;
  if (r && r.kind !== 'lock') return null;
  const client = c.id;
  if (r?.queued)
    return (
      <button
        type="button"
        className="quiet"
        disabled={c.frozen || c.state === 'CRASHED'}
        onClick={() => ctl.act({ do: 'lock-release', client })}
      >
        {t(r.holding ? 'clientLock.release' : 'clientLock.giveUp')}
      </button>
    );
  const path = r?.path ?? '/locks';
  return (
    <button
      type="button"
      className="quiet"
      disabled={c.frozen || c.state !== 'CONNECTED'}
      onClick={() => ctl.act({ do: 'lock-acquire', client, path })}
    >
      {t('clientLock.acquire', { path })}
    </button>
  );
}

export function ClientInspector() {
  const t = useT();
  const id = useAppStore((s) => s.selectedClient);
  const view = useAppStore((s) => s.frame?.clients ?? null);
  const nowMs = useAppStore((s) => s.frame?.nowMs ?? 0);
  const c = view?.clients.find((x) => x.id === id);
  if (!view || !c) return null;
  return (
    <section className="panel client-panel" aria-labelledby="client-inspector-title">
      <h2 id="client-inspector-title">{t('clientInspector.title', { id: c.id })}</h2>
      <button type="button" className="link" onClick={() => appStore.getState().selectClient(null)}>
        {t('clientInspector.close')}
      </button>
      {/* What a person can do comes first: below the facts it fell under the card's fold. */}
      <Actions c={c} />
      <Facts c={c} nowMs={nowMs} />
      <ClientInspectorForm key={c.id} client={c.id} path0={c.recipe?.path ?? '/config'} />
      <TrackerList tracker={view.tracker} nowMs={nowMs} />
    </section>
  );
}
