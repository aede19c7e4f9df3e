/** Entry point: picks the locale and the motion preference, then renders the app in StrictMode. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectLocale, loadLocale } from './i18n/t';
import { appStore } from './store/appStore';
import { wantsLive } from './live/liveUrl';
import { isPlanHash } from './plan/planLink';
import './styles/index.css';

// A reader's language loads before the first paint, so nothing flashes in English first.
const locale = detectLocale(window.location.search, navigator.languages);
await loadLocale(locale);
appStore.getState().setLocale(locale);
document.documentElement.lang = locale;

// A link to the Plan view (#plan, perhaps with inputs) opens it at once: it needs no simulation.
if (isPlanHash(window.location.hash)) appStore.getState().openPlanLink(window.location.hash);

const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
appStore.getState().setReducedMotion(motion.matches);
motion.addEventListener('change', (e) => appStore.getState().setReducedMotion(e.matches));

const container = document.getElementById('root');
if (!container) throw new Error('ZabScope: #root element missing from index.html');
// Live mode (`?live=`, docs/LIVE.md) is loaded only when asked for: without it the app stays a
// static site that opens no connection and loads none of the live code. Its connection is the
// page's, opened here, outside React, so that no view change closes it.
const liveChunk = wantsLive(window.location.search) ? await import('./live/LivePanel') : null;
liveChunk?.startLive(window.location.search);
const live = liveChunk && { Panel: liveChunk.LivePanel, Feed: liveChunk.LiveFeed };
createRoot(container).render(
  <StrictMode>
    <App live={live} />
  </StrictMode>,
);
