/** Entry point: picks the locale, then renders the app in StrictMode. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectLocale } from './i18n/t';
import { appStore } from './store/appStore';
import './styles.css';

const locale = detectLocale(window.location.search, navigator.languages);
appStore.getState().setLocale(locale);
document.documentElement.lang = locale;

const container = document.getElementById('root');
if (!container) throw new Error('ZabScope: #root element missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
