/** View preferences that are not simulation state: locale, the event log's filter, dialogs. */
import type { StateCreator } from 'zustand/vanilla';
import type { LogCategory, LogFilter } from '../../protocol/frame';
import type { Locale } from '../i18n/t';

/**
 * Timer firings are frequent (the leader pings twice a tick) and so are lost messages while a
 * server is down (every vote sent to it): both are off until asked for.
 */
export const DEFAULT_LOG_CATS: LogCategory[] = [
  'election',
  'sync',
  'broadcast',
  'fault',
  'state',
  'violation',
];

export interface ViewSlice {
  locale: Locale;
  filter: LogFilter;
  settingsOpen: boolean;
  reducedMotion: boolean;
  setLocale: (locale: Locale) => void;
  toggleFilterSid: (sid: number) => void;
  toggleFilterCat: (cat: LogCategory) => void;
  clearFilterSids: () => void;
  setSettingsOpen: (open: boolean) => void;
  setReducedMotion: (reduced: boolean) => void;
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const createViewSlice: StateCreator<ViewSlice> = (set) => ({
  locale: 'en',
  filter: { sids: [], cats: DEFAULT_LOG_CATS },
  settingsOpen: false,
  reducedMotion: false,
  setLocale: (locale) => set({ locale }),
  toggleFilterSid: (sid) =>
    set((s) => ({
      filter: { ...s.filter, sids: toggle(s.filter.sids, sid).sort((a, b) => a - b) },
    })),
  toggleFilterCat: (cat) =>
    set((s) => ({ filter: { ...s.filter, cats: toggle(s.filter.cats, cat) } })),
  clearFilterSids: () => set((s) => ({ filter: { ...s.filter, sids: [] } })),
  setSettingsOpen: (settingsOpen) => set({ settingsOpen }),
  setReducedMotion: (reducedMotion) => set({ reducedMotion }),
});
