// Proves the store slices' transitions: playback status follows the worker's reports, an error
// is sticky, and frames are kept by reference (never copied).
import { describe, expect, it } from 'vitest';
import type { DemoFrame } from '../../protocol/messages';
import { createAppStore } from './appStore';

describe('appStore', () => {
  it('starts connecting, in English, with no frame', () => {
    const { status, frame, locale, error } = createAppStore().getState();
    expect({ status, frame, locale, error }).toEqual({
      status: 'connecting',
      frame: null,
      locale: 'en',
      error: null,
    });
  });

  it('follows play and pause reports', () => {
    const store = createAppStore();
    store.getState().setPlaying(true);
    expect(store.getState().status).toBe('running');
    store.getState().setPlaying(false);
    expect(store.getState().status).toBe('paused');
  });

  it('keeps an error once reported', () => {
    const store = createAppStore();
    store.getState().setError('protocol: version 2 received, 1 expected');
    store.getState().setPlaying(true);
    expect(store.getState().status).toBe('error');
    expect(store.getState().error).toBe('protocol: version 2 received, 1 expected');
  });

  it('holds the latest frame by reference', () => {
    const store = createAppStore();
    const frame: DemoFrame = { tick: 3, sids: [1, 2, 3], pickedSid: 2 };
    store.getState().setFrame(frame);
    expect(store.getState().frame).toBe(frame);
  });

  it('switches locale', () => {
    const store = createAppStore();
    store.getState().setLocale('zh-CN');
    expect(store.getState().locale).toBe('zh-CN');
  });
});
