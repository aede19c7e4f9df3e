/**
 * Playback: what the worker last reported. The frame is held by reference, exactly as it arrived;
 * the store never copies or derives simulation state.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { DemoFrame } from '../../protocol/messages';
import type { AppState } from './appStore';

export type PlaybackStatus = 'connecting' | 'running' | 'paused' | 'error';

export interface PlaybackSlice {
  status: PlaybackStatus;
  frame: DemoFrame | null;
  error: string | null;
  setPlaying: (playing: boolean) => void;
  setFrame: (frame: DemoFrame) => void;
  setError: (message: string) => void;
}

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set) => ({
  status: 'connecting',
  frame: null,
  error: null,
  setPlaying: (playing) =>
    set((s) => (s.status === 'error' ? {} : { status: playing ? 'running' : 'paused' })),
  setFrame: (frame) => set({ frame }),
  setError: (message) => set({ status: 'error', error: message }),
});
