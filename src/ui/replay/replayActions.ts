/**
 * What a person can do with real logs, for the controller: open them (refused files change
 * nothing), move a server's clock, continue the replay in the simulator (the fork is loaded as a
 * new run and its notes kept for the dialog), go back to the simulation, and show the space-time
 * diagram.
 */
import type { LogEvent } from '../../logs/kinds';
import type { ReplayFileInput } from '../../protocol/replay';
import type { LoadRequest, SimBridge } from '../bridge/simBridge';
import type { AppStore } from '../store/appStore';

export interface ReplayActions {
  openLogs(files: ReplayFileInput[]): void;
  setClockOffsets(offsets: Record<number, number>): void;
  forkReplay(): void;
  /** Leaves the replay: the scenario that ran before it opens again. */
  closeReplay(): void;
  /** Shows the space-time diagram with this window (ms), or hides it (0). */
  setSpacetime(ms: number): void;
  /** Live mode: a running ensemble's parsed records; `show` makes the live replay the one shown. */
  liveEvents(events: LogEvent[], show: boolean): void;
  /**
   * Shows the live replay again (at its newest moment) when this page has one; false when it has
   * none. Back in the ensemble view from another, live mode shows the live ensemble, not a preset.
   */
  returnToLive(): boolean;
}

export function createReplayActions(
  store: AppStore,
  bridge: SimBridge,
  load: (r: LoadRequest) => void,
  pause: () => void,
): ReplayActions {
  bridge.onFork((fork) => {
    const { scenario, ...notes } = fork;
    load({ source: 'file', scenario, commands: [], at: null, presetId: null });
    store.getState().setFork(notes);
  });
  // Whether the worker holds a live replay: the first records shown make it.
  let live = false;
  return {
    openLogs: (files) => {
      pause();
      store.getState().setLogErrors(null);
      bridge.openLogs(files);
    },
    setClockOffsets: (offsets) => bridge.replayClock(offsets),
    forkReplay: () => {
      pause();
      store.getState().setForkRefusal(null);
      bridge.fork();
    },
    closeReplay: () => {
      const s = store.getState();
      if (!s.scenario) return;
      load({
        source: 'reset',
        scenario: s.scenario,
        commands: s.commands,
        at: null,
        presetId: s.presetId,
        basedOn: s.basedOn,
      });
    },
    setSpacetime: (ms) => {
      store.getState().setSpacetimeMs(ms);
      bridge.refresh();
    },
    liveEvents: (events, show) => {
      if (show) pause();
      if (show) live = true;
      bridge.liveEvents(events, show);
    },
    returnToLive: () => {
      if (!live) return false;
      pause();
      bridge.liveEvents([], true);
      return true;
    },
  };
}
