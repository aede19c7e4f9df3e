/**
 * The i18n layer: every string a learner reads goes through `t` (DESIGN.md section 7). It is a
 * plain lookup with `{name}` parameters. English ships with the page; other languages are loaded
 * on demand (loadLocale) so that a reader pays only for the language they read, and English is
 * the fallback until one has loaded.
 */
import { en, type MessageKey } from './en';
import type { PresetText } from './presetText';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export type Dictionary = Record<MessageKey, string>;

export interface LocaleData {
  messages: Dictionary;
  /** Preset titles and descriptions by preset id (English comes from the simulation). */
  presets: Record<string, PresetText>;
}

const loaded: Partial<Record<Locale, LocaleData>> = { en: { messages: en, presets: {} } };

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<LocaleData>> = {
  'zh-CN': () => import('./zhCN').then((m) => ({ messages: m.zhCN, presets: m.zhPresets })),
};

/** Loads a locale's strings (once); resolves when `t` can use them. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || loaded[locale]) return;
  loaded[locale] = await loaders[locale]();
}

export function localeData(locale: Locale): LocaleData {
  return loaded[locale] ?? (loaded.en as LocaleData);
}

export type MessageParams = Record<string, string | number>;

/** `t` bound to the reader's locale, as components and explainers receive it. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The string for `key` in `locale`, with each `{name}` replaced by `params[name]`. */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = localeData(locale).messages[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * The locale to start in: `?lang=` if it names a supported locale, otherwise the first browser
 * language we support (any `zh*` maps to zh-CN), otherwise English.
 */
export function detectLocale(search: string, languages: readonly string[]): Locale {
  const requested = new URLSearchParams(search).get('lang');
  const candidates = requested ? [requested, ...languages] : languages;
  for (const tag of candidates) {
    const lower = tag.toLowerCase();
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  }
  return 'en';
}
