// The ring is sent only when it changed, so the store keeps the last one a frame carried, through
// frames that omit it (absent or null), and drops it with the lab.
import { describe, expect, it } from 'vitest';
import type { LabView, RingView } from '../../protocol/frame';
import { createAppStore } from './appStore';
import { testFrame } from './frameTestKit';

const frame = (lab: LabView | null) => testFrame([], { lab });

const ring: RingView = {
  vnodes: 1,
  members: [{ id: 'b1', share: 1, slot: 0, leaving: false }],
  points: [7],
  owners: [0],
  keys: [],
  keyPos: [],
  joining: [],
  change: null,
};

describe('labRing in the store', () => {
  it('keeps the ring a frame omits, and drops it with the lab', () => {
    const store = createAppStore();
    const lab = { service: '/s', view: ['b1'], spares: [], strategies: [], charts: null };
    store.getState().setFrame(frame({ ...lab, ring }));
    store.getState().setFrame(frame({ ...lab, ring: null }));
    expect(store.getState().labRing).toBe(ring);
    store.getState().setFrame(frame(lab));
    expect(store.getState().labRing).toBe(ring);
    store.getState().setFrame(frame(null));
    expect(store.getState().labRing).toBeNull();
  });
});
