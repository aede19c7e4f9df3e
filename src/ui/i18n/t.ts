/**
 * The i18n layer: every string a learner reads goes through `t` (DESIGN.md section 7). It is a
 * plain lookup with `{name}` parameters; English is the fallback for an unknown locale.
 */
import { en, type MessageKey } from './en';
import { zhCN } from './zhCN';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

export type MessageParams = Record<string, string | number>;

/** The string for `key` in `locale`, with each `{name}` replaced by `params[name]`. */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = dictionaries[locale][key];
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
