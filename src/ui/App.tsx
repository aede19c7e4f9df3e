/**
 * The app shell of the wiring check: starts the worker through the bridge, shows its state and
 * tick count, offers Play and Pause, and draws the latest frame.
 */
import { useEffect, useRef } from 'react';
import { createSimBridge, type SimBridge } from './bridge/simBridge';
import { useT } from './i18n/useT';
import { appStore, useAppStore } from './store/appStore';
import { EnsembleRing } from './viz/EnsembleRing';

const BRIDGE_OPTIONS = { seed: 42, servers: 5, tickIntervalMs: 100 };

export function App() {
  const t = useT();
  const status = useAppStore((s) => s.status);
  const frame = useAppStore((s) => s.frame);
  const bridgeRef = useRef<SimBridge | null>(null);

  // One worker per mount; StrictMode mounts twice in development, so the cleanup must terminate.
  useEffect(() => {
    const bridge = createSimBridge(appStore, BRIDGE_OPTIONS);
    bridgeRef.current = bridge;
    return () => {
      bridge.dispose();
      bridgeRef.current = null;
    };
  }, []);

  const running = status === 'running';
  return (
    <main className="app">
      <header className="app-header">
        <h1>
          <img src="./favicon.svg" alt="" width="28" height="28" />
          {t('app.title')}
        </h1>
        <p className="tagline">{t('app.tagline')}</p>
      </header>

      <section className="panel">
        <div className="toolbar" role="toolbar" aria-label={t('controls.label')}>
          <button type="button" onClick={() => bridgeRef.current?.play()} disabled={running}>
            {t('controls.play')}
          </button>
          <button type="button" onClick={() => bridgeRef.current?.pause()} disabled={!running}>
            {t('controls.pause')}
          </button>
          <dl className="readouts">
            <div>
              <dt>{t('status.label')}</dt>
              <dd>
                <output data-testid="state" data-state={status} className={`state state-${status}`}>
                  {t(`status.${status}`)}
                </output>
              </dd>
            </div>
            <div>
              <dt>{t('ticks.label')}</dt>
              <dd>
                <output data-testid="ticks">{frame?.tick ?? 0}</output>
              </dd>
            </div>
          </dl>
        </div>
        <EnsembleRing frame={frame} />
        <p className="note">{t('slice.note')}</p>
      </section>
    </main>
  );
}
