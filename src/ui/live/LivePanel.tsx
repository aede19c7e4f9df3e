/**
 * Live mode in the app (docs/LIVE.md), loaded only when the address has `?live=` (main.tsx imports
 * this chunk lazily, so the static site never loads or runs any of it). main.tsx opens the
 * connection to the bridge of `npm run live` once for the page (startLive); LiveFeed, mounted by
 * the app whatever the view, hands the servers' parsed log records to the worker's live replay,
 * which the ensemble view shows like any replay, labelled LIVE; LivePanel, over the ring, shows
 * what acts on the real processes: the servers' Crash, Freeze, Resume and Restart, and the write
 * form. Every state of the connection has its own message, in a live region. Leaving the view
 * unmounts the panel only: the connection and the records go on.
 */
import { useEffect, useState } from 'react';
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/en';
import { appStore, useAppStore } from '../store/appStore';
import { reconnectLive } from './liveConnection';
import { LiveGaps } from './LiveGaps';
import { LiveServers } from './LiveServers';
import { useLiveStore, type LiveConnection, type LiveLink } from './liveStore';
import { readLiveParam, staticHref } from './liveUrl';
import { LiveWrite } from './LiveWrite';
import { LIVE_PROTOCOL } from '../../protocol/live';
import './live.css';

function connectionMessage(
  c: LiveConnection,
  address: string,
): [MessageKey, Record<string, string | number>] {
  switch (c.state) {
    case 'invalid-url':
      return ['live.connection.invalidUrl', { value: c.value }];
    case 'protocol':
      return ['live.connection.protocol', { bridge: c.bridge, page: LIVE_PROTOCOL }];
    case 'refused':
      return [
        c.reason === 'after' ? 'live.connection.refusedAfter' : 'live.connection.refused',
        {},
      ];
    case 'connecting':
    case 'unreachable':
      return [`live.connection.${c.state}`, { address }];
    default:
      return [`live.connection.${c.state}`, {}];
  }
}

export { startLive } from './liveConnection';

/**
 * Hands the records received to the worker's live replay. The first hand-over (after the app's
 * first run has loaded, so that load cannot replace it) shows the live replay; later ones only
 * grow it, and the worker keeps the view at the newest moment unless the person scrubbed back.
 * The app mounts it once, outside the views, so records go on arriving in every view.
 */
export function LiveFeed(): null {
  const ctl = useController();
  useEffect(() => {
    let shown = false;
    const pump = () => {
      if (appStore.getState().frame === null) return;
      const batch = useLiveStore.getState().takePending();
      if (batch.length === 0) return;
      ctl.liveEvents(batch, !shown);
      shown = true;
    };
    pump();
    const offLive = useLiveStore.subscribe((s, prev) => {
      if (s.received !== prev.received) pump();
    });
    const offApp = appStore.subscribe((s, prev) => {
      if (s.frame !== null && prev.frame === null) pump();
    });
    return () => {
      offLive();
      offApp();
    };
  }, [ctl]);
  return null;
}

/**
 * While the page shows a simulation (a fork of the live ensemble, another scenario), the way back
 * to the live replay, which kept growing in the worker: it opens at the newest moment, following
 * again. Shown once records have arrived (before that there is no live ensemble to go back to).
 */
function BackToLive() {
  const t = useT();
  const ctl = useController();
  const elsewhere = useAppStore((s) => s.frame !== null && s.replay?.live !== true);
  const received = useLiveStore((s) => s.received);
  if (!elsewhere || received === 0) return null;
  return (
    <div className="live-elsewhere">
      <p>{t('live.elsewhere', { count: received.toLocaleString('en-US') })}</p>
      <button
        type="button"
        className="primary"
        // The records still waiting go with it, so the view opens at the very newest moment.
        onClick={() => ctl.liveEvents(useLiveStore.getState().takePending(), true)}
      >
        {t('live.back')}
      </button>
    </div>
  );
}

/**
 * The servers' buttons and the write form. While a simulation is shown (a fork, another
 * scenario) they are folded to one line, opened on demand, so that the strip leaves the ring in
 * sight on a small screen (1024x768); on the live ensemble they are always open.
 */
function LiveControls({ link }: { link: LiveLink | null }) {
  const t = useT();
  const elsewhere = useAppStore((s) => s.frame !== null && s.replay?.live !== true);
  const count = useLiveStore((s) => s.servers.length);
  // Before the first record there is no live ensemble to go back to: nothing to fold for.
  const received = useLiveStore((s) => s.received);
  const controls = (
    <>
      <LiveServers link={link} />
      <div className="live-foot">
        <LiveWrite link={link} />
      </div>
    </>
  );
  if (!elsewhere || received === 0) return controls;
  return (
    <details className="live-controls">
      <summary>{t('live.controls', { count })}</summary>
      {controls}
    </details>
  );
}

export function LivePanel() {
  const t = useT();
  const link = useLiveStore((s) => s.link);
  const connection = useLiveStore((s) => s.connection);
  const [address] = useState(() => {
    const p = readLiveParam(window.location.search);
    return p.kind === 'ok' ? p.url.replace(/\/[^/]*$/, '') : '';
  });
  const [key, params] = connectionMessage(connection, address);
  const open = connection.state === 'open';
  const bad = connection.state !== 'open' && connection.state !== 'connecting';
  const closed = connection.state === 'gone' || connection.state === 'unreachable';
  return (
    <section className="panel live-panel" aria-labelledby="live-panel-title">
      <div className="live-panel-head">
        <h2 id="live-panel-title">{t('live.title')}</h2>
        <p role="status" className={`live-connection ${bad ? 'live-bad' : open ? 'live-ok' : ''}`}>
          <span aria-hidden="true" className="live-connection-mark">
            {bad ? '!' : open ? '●' : '…'}
          </span>
          {t(key, params)}
        </p>
        {closed && (
          <button type="button" onClick={reconnectLive}>
            {t('live.reconnect')}
          </button>
        )}
        <a className="live-leave" href={staticHref(window.location.href)}>
          {t('live.leave')}
        </a>
      </div>
      <LiveGaps />
      <BackToLive />
      <LiveControls link={open ? link : null} />
    </section>
  );
}
