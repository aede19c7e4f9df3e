/**
 * The live mode's page, loaded only when the address has `?live=` (main.tsx imports it lazily, so
 * the static site never loads or runs any of it): it connects to the bridge of `npm run live` and
 * shows the real servers, what they logged and their elections, with the buttons that act on
 * them. Every state of the connection has its own message, in a live region.
 */
import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';
import { connectLive } from './liveConnection';
import { LiveLog } from './LiveLog';
import { LiveServers } from './LiveServers';
import { useLiveStore, type LiveConnection } from './liveStore';
import { readLiveParam, staticHref } from './liveUrl';
import { LiveWrite } from './LiveWrite';
import { LIVE_PROTOCOL } from '../../protocol/live';
import type { MessageKey } from '../i18n/en';
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
    case 'connecting':
    case 'unreachable':
      return [`live.connection.${c.state}`, { address }];
    default:
      return [`live.connection.${c.state}`, {}];
  }
}

export function LiveApp() {
  const t = useT();
  const link = useLiveStore((s) => s.link);
  const connection = useLiveStore((s) => s.connection);
  const [address] = useState(() => {
    const p = readLiveParam(window.location.search);
    return p.kind === 'ok' ? p.url.replace(/\/[^/]*$/, '') : '';
  });

  useEffect(() => {
    const p = readLiveParam(window.location.search);
    if (p.kind !== 'ok') {
      useLiveStore
        .getState()
        .setConnection({ state: 'invalid-url', value: p.kind === 'invalid' ? p.value : '' });
      return;
    }
    useLiveStore.getState().setConnection({ state: 'connecting' });
    const l = connectLive(p.url);
    useLiveStore.getState().setLink(l);
    return () => {
      l.close();
      useLiveStore.getState().setLink(null);
    };
  }, []);

  const [key, params] = connectionMessage(connection, address);
  const open = connection.state === 'open';
  const bad = connection.state !== 'open' && connection.state !== 'connecting';

  return (
    <div className="app live-app">
      <header className="app-header">
        <div className="brand">
          <img src="./favicon.svg" alt="" width="30" height="30" />
          <div>
            <h1>{t('live.title')}</h1>
            <p className="live-tagline">{t('live.tagline')}</p>
          </div>
        </div>
        <a className="live-leave" href={staticHref(window.location.href)}>
          {t('live.leave')}
        </a>
      </header>
      <p role="status" className={`live-connection ${bad ? 'live-bad' : open ? 'live-ok' : ''}`}>
        <span aria-hidden="true" className="live-connection-mark">
          {bad ? '!' : open ? '●' : '…'}
        </span>
        {t(key, params)}
      </p>
      <main className="live-main">
        <div className="live-column">
          <LiveServers link={open ? link : null} />
          <LiveWrite link={open ? link : null} />
        </div>
        <LiveLog />
      </main>
    </div>
  );
}
