/** View preferences that are not simulation state: for now only the locale. */
import type { StateCreator } from 'zustand/vanilla';
import type { Locale } from '../i18n/t';
import type { AppState } from './appStore';

export interface ViewSlice {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  locale: 'en',
  setLocale: (locale) => set({ locale }),
});
