/**
 * The header: the name, the views, the language switch, then the scenario picker, settings and
 * sharing (copy link, export, import), which wrap to a second row. Imported files are read here
 * and validated by the worker.
 */
import { useRef, type ChangeEvent } from 'react';
import { useController } from '../controllerContext';
import { LOCALES, loadLocale, type Locale } from '../i18n/t';
import { usePresetTitle, useT } from '../i18n/useT';
import { lessonByChapter } from '../../learn/lessons/index';
import { lessonText } from '../learn/text';
import { MAX_LINK_BYTES } from '../share/urlState';
import { useAppStore } from '../store/appStore';
import { ViewTabs } from './ViewTabs';

/** A scenario file is read whole and sent to the worker: as for links, 2 MiB at most. */
export const MAX_FILE_BYTES = MAX_LINK_BYTES;

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

export function Header() {
  const t = useT();
  const ctl = useController();
  const presets = useAppStore((s) => s.presets);
  const presetId = useAppStore((s) => s.presetId);
  const basedOn = useAppStore((s) => s.basedOn);
  const locale = useAppStore((s) => s.locale);
  const setLocale = useAppStore((s) => s.setLocale);
  const setSettingsOpen = useAppStore((s) => s.setSettingsOpen);
  const setLogsDialogOpen = useAppStore((s) => s.setLogsDialogOpen);
  const ready = useAppStore((s) => s.scenario !== null);
  const comparison = useAppStore((s) => !!s.scenario?.balancer);
  // The Plan view has no run, so the run's tools (scenario, settings, link, files) are hidden.
  const plan = useAppStore((s) => s.planOpen);
  const presetTitle = usePresetTitle();
  // In Learn, the run is the lesson's own scenario: name the lesson, not "Custom scenario".
  const lesson = useAppStore((s) =>
    s.learnOpen && s.chapter !== null ? (lessonByChapter(s.chapter) ?? null) : null,
  );
  // Real logs or the live ensemble on show: no preset runs, whatever the last one loaded was.
  const replay = useAppStore((s) => (s.replay === null ? null : s.replay.live ? 'live' : 'logs'));
  const fileRef = useRef<HTMLInputElement>(null);
  /** The menu's name for a run that is no preset as it stands. */
  const runName = (): string => {
    if (replay !== null) return t(replay === 'live' ? 'replay.live.scenario' : 'replay.scenario');
    if (lesson)
      return t('learn.scenarioName', {
        n: lesson.chapter,
        title: lessonText(lesson.title, locale),
      });
    if (comparison) return t('header.comparison');
    if (!basedOn) return t('header.custom');
    const title = presets.find((p) => p.id === basedOn)?.title ?? basedOn;
    return t('header.customFrom', { title: presetTitle(basedOn, title) });
  };

  const setNotice = useAppStore((s) => s.setNotice);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES)
      return setNotice({
        kind: 'tooLarge',
        source: 'file',
        maxBytes: MAX_FILE_BYTES,
        bytes: file.size,
      });
    ctl.importFile(await file.text());
  };
  const onLocale = async (next: Locale) => {
    await loadLocale(next);
    setLocale(next);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url);
  };

  return (
    <header className="app-header">
      <div className="brand">
        <img src="./favicon.svg" alt="" width="30" height="30" />
        <div>
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
      </div>
      <ViewTabs />
      <label className="field header-language">
        <span>{t('header.language')}</span>
        <select
          aria-label={t('header.language')}
          value={locale}
          onChange={(e) => void onLocale(e.target.value as Locale)}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      {!plan && (
        <div className="header-tools">
          <label className="field">
            <span>{t('header.scenario')}</span>
            <select
              aria-label={t('header.scenario')}
              value={replay === null ? (presetId ?? '') : ''}
              onChange={(e) => ctl.loadPreset(e.target.value)}
              disabled={presets.length === 0}
            >
              {(presetId === null || replay !== null) && <option value="">{runName()}</option>}
              {presets.map((p) => (
                <option key={p.id} value={p.id}>
                  {presetTitle(p.id, p.title)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="quiet"
            onClick={() => setSettingsOpen(true)}
            disabled={!ready}
          >
            {t('header.settings')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => void ctl.copyLink()}
            disabled={!ready}
          >
            {t('header.copyLink')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => ctl.exportFile()}
            disabled={!ready}
          >
            {t('header.export')}
          </button>
          <button type="button" className="quiet" onClick={() => fileRef.current?.click()}>
            {t('header.import')}
          </button>
          <button type="button" className="quiet" onClick={() => setLogsDialogOpen(true)}>
            {t('replay.open')}
          </button>
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            hidden
            onChange={(e) => void onFile(e)}
            aria-label={t('header.importFile')}
          />
        </div>
      )}
    </header>
  );
}
