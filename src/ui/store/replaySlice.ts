/**
 * A replay of real ZooKeeper logs (docs/LOGS.md): whether the logs dialog is open, what the
 * worker reported once the logs opened (null while a simulation runs), the files it refused, the
 * notes of the last fork into the simulator, and the space-time diagram's window.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { ForkRefusal, ForkView, LogError, ReplaySummary } from '../../protocol/replay';

/** The diagram's windows a person can pick, in ms of the timeline before the display time. */
export const SPACETIME_WINDOWS_MS = [1000, 3000, 10_000, 30_000] as const;

export interface ReplaySlice {
  logsDialogOpen: boolean;
  replay: ReplaySummary | null;
  /** The files the worker refused last time (each with its code), or null. */
  logErrors: LogError[] | null;
  /** The notes of the fork now running (which values were inferred), until dismissed. */
  fork: Omit<ForkView, 'scenario'> | null;
  forkRefusal: ForkRefusal | null;
  /** The space-time diagram's window while it is shown, else 0. */
  spacetimeMs: number;
  setLogsDialogOpen: (open: boolean) => void;
  setReplay: (summary: ReplaySummary | null) => void;
  setLogErrors: (errors: LogError[] | null) => void;
  setFork: (fork: Omit<ForkView, 'scenario'> | null) => void;
  setForkRefusal: (refusal: ForkRefusal | null) => void;
  setSpacetimeMs: (ms: number) => void;
}

export const createReplaySlice: StateCreator<ReplaySlice> = (set) => ({
  logsDialogOpen: false,
  replay: null,
  logErrors: null,
  fork: null,
  forkRefusal: null,
  spacetimeMs: 0,
  setLogsDialogOpen: (logsDialogOpen) => set({ logsDialogOpen }),
  setReplay: (replay) => set({ replay }),
  setLogErrors: (logErrors) => set({ logErrors }),
  setFork: (fork) => set({ fork }),
  setForkRefusal: (forkRefusal) => set({ forkRefusal }),
  setSpacetimeMs: (spacetimeMs) => set({ spacetimeMs }),
});
