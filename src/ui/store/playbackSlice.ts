/**
 * Playback: the latest frame from the worker (held by reference), the event log, markers and lab
 * charts it last sent (frames omit them when unchanged), and the display clock: whether it runs, how fast,
 * and the display time. The display time is a view of simulated time, never simulation state.
 */
import type { StateCreator } from 'zustand/vanilla';
import type {
  Frame,
  LabChartsView,
  LabDistributionView,
  RingView,
  LogEntryView,
  MarkerView,
  ServerView,
} from '../../protocol/frame';
import type { JobKind } from '../../protocol/messages';
import { DEFAULT_SPEED_INDEX } from '../player/speeds';

export type WorkerStatus = 'connecting' | 'ready' | 'error';

/**
 * A request that replaces what is shown (load, seek, step, action) and has not been answered yet:
 * the stage is busy until its frame arrives. Long ones (opening a run at a distant event, a seek
 * far ahead, the next change after a quiet stretch) report progress and can be cancelled.
 */
export interface Busy {
  seq: number;
  kind: JobKind | 'quick';
  progress: {
    unit: 'ms' | 'events' | 'bytes';
    done: number;
    total: number;
    elapsedMs: number;
  } | null;
}

export interface PlaybackSlice {
  status: WorkerStatus;
  workerError: string | null;
  frame: Frame | null;
  log: LogEntryView[];
  markers: MarkerView[];
  /** The lab's charts as last sent; null without a lab. */
  labCharts: LabChartsView | null;
  /** The lab's latency distributions as last sent; null without a lab. */
  labDistribution: LabDistributionView | null;
  /** The lab's consistent-hashing ring as last sent; null without a lab. */
  labRing: RingView | null;
  playing: boolean;
  speedIndex: number;
  displayMs: number;
  busy: Busy | null;
  /** While playing below real time: a quiet stretch is passing faster than the chosen speed. */
  skipping: boolean;
  setStatus: (status: WorkerStatus) => void;
  setWorkerError: (message: string) => void;
  /** Takes a frame; keeps the previous log, markers, lab charts and unchanged server objects. */
  setFrame: (frame: Frame, displayMs?: number) => void;
  setPlaying: (playing: boolean) => void;
  setSpeedIndex: (index: number) => void;
  setDisplayMs: (ms: number) => void;
  setBusy: (busy: Busy | null) => void;
  setSkipping: (skipping: boolean) => void;
}

/** Reuses the previous object of each server that did not change, so memoized views skip it. */
export function shareServers(
  prev: readonly ServerView[] | undefined,
  next: ServerView[],
): ServerView[] {
  if (!prev || prev.length !== next.length) return next;
  let same = true;
  const out = next.map((s, i) => {
    const p = prev[i] as ServerView;
    if (p.sid === s.sid && JSON.stringify(p) === JSON.stringify(s)) return p;
    same = false;
    return s;
  });
  return same ? (prev as ServerView[]) : out;
}

export const createPlaybackSlice: StateCreator<PlaybackSlice> = (set) => ({
  status: 'connecting',
  workerError: null,
  frame: null,
  log: [],
  markers: [],
  labCharts: null,
  labDistribution: null,
  labRing: null,
  playing: false,
  speedIndex: DEFAULT_SPEED_INDEX,
  displayMs: 0,
  busy: null,
  skipping: false,
  setStatus: (status) => set((s) => (s.status === 'error' ? {} : { status })),
  setWorkerError: (message) => set({ workerError: message }),
  setFrame: (frame, displayMs) =>
    set((s) => {
      const servers = shareServers(s.frame?.servers, frame.servers);
      return {
        frame: servers === frame.servers ? frame : { ...frame, servers },
        log: frame.log ?? s.log,
        markers: frame.markers ?? s.markers,
        labCharts: frame.lab ? (frame.lab.charts ?? s.labCharts) : null,
        labDistribution: frame.lab ? (frame.lab.distribution ?? s.labDistribution) : null,
        labRing: frame.lab ? (frame.lab.ring ?? s.labRing) : null,
        displayMs: displayMs ?? frame.displayMs,
      };
    }),
  setPlaying: (playing) => set(playing ? { playing } : { playing, skipping: false }),
  setSpeedIndex: (speedIndex) => set({ speedIndex }),
  setDisplayMs: (displayMs) => set({ displayMs }),
  setBusy: (busy) => set({ busy }),
  setSkipping: (skipping) => set((s) => (s.skipping === skipping ? {} : { skipping })),
});
