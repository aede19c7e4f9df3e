/**
 * The one vanilla Zustand store, built from slices (zustand's slices pattern). Components read it
 * through `useAppStore` with narrow selectors; the bridge and the player write to it through
 * `getState()`. Each slice is typed by its own fields only (`StateCreator<RunSlice>`): no slice
 * reads or sets another's, so the slices need not import this file (no import cycle).
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createLearnSlice, type LearnSlice } from './learnSlice';
import { createClientsSlice, type ClientsSlice } from './clientsSlice';
import { createPlanSlice, type PlanSlice } from './planSlice';
import { createPlaybackSlice, type PlaybackSlice } from './playbackSlice';
import { createReplaySlice, type ReplaySlice } from './replaySlice';
import { createRunSlice, type RunSlice } from './runSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type AppState = LearnSlice &
  PlaybackSlice &
  PlanSlice &
  ReplaySlice &
  RunSlice &
  SelectionSlice &
  ViewSlice &
  ClientsSlice;
export type AppStore = StoreApi<AppState>;

export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createLearnSlice(...a),
    ...createPlaybackSlice(...a),
    ...createPlanSlice(...a),
    ...createReplaySlice(...a),
    ...createRunSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createClientsSlice(...a),
  }));
}

export const appStore = createAppStore();

/** Selects from the app store; select primitives, or use `useShallow` for arrays and objects. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
