/** The `t` function bound to the store's current locale, for components. */
import { useCallback } from 'react';
import { useAppStore } from '../store/appStore';
import type { MessageKey } from './en';
import { presetText } from './presets';
import { t, type MessageParams } from './t';

export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const locale = useAppStore((s) => s.locale);
  return useCallback((key, params) => t(locale, key, params), [locale]);
}

/** A preset's title in the current locale; the simulation's English title when none is written. */
export function usePresetTitle(): (id: string, fallback: string) => string {
  const locale = useAppStore((s) => s.locale);
  return useCallback((id, fallback) => presetText(locale, id)?.title ?? fallback, [locale]);
}

/** A preset's description in the current locale, or the simulation's English one. */
export function usePresetDescription(): (id: string, fallback: string) => string {
  const locale = useAppStore((s) => s.locale);
  return useCallback((id, fallback) => presetText(locale, id)?.description ?? fallback, [locale]);
}
