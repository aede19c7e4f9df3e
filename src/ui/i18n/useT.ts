/** The `t` function bound to the store's current locale, for components. */
import { useCallback } from 'react';
import { useAppStore } from '../store/appStore';
import type { MessageKey } from './en';
import { t, type MessageParams } from './t';

export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const locale = useAppStore((s) => s.locale);
  return useCallback((key, params) => t(locale, key, params), [locale]);
}
