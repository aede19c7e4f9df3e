// Proves the store slices' transitions: frames are kept by reference with unchanged servers
// shared, log, markers and lab charts survive frames that omit them, an error status is sticky,
// selection and the partition draft toggle as a person clicks, and the log filter toggles.
import { describe, expect, it } from 'vitest';
import type { ServerView } from '../../protocol/frame';
import { createAppStore } from './appStore';
import { testFrame as frame, testServer } from './frameTestKit';
import { shareServers } from './playbackSlice';

const server = (sid: number, state: ServerView['state'] = 'LOOKING') => testServer(sid, { state });

describe('appStore', () => {
  it('starts connecting, in English, paused, with no frame', () => {
    const { status, frame: f, locale, playing } = createAppStore().getState();
    expect({ status, frame: f, locale, playing }).toEqual({
      status: 'connecting',
      frame: null,
      locale: 'en',
      playing: false,
    });
  });

  it('keeps an error status once reported', () => {
    const store = createAppStore();
    store.getState().setStatus('error');
    store.getState().setStatus('ready');
    expect(store.getState().status).toBe('error');
  });

  it('holds a frame by reference and keeps log and markers a frame omits', () => {
    const store = createAppStore();
    const log = [
      {
        i: 0,
        cat: 'state' as const,
        sid: 1,
        user: false,
        ev: { t: 0, e: 1, k: 'state' as const, sid: 1, state: 'LOOKING', phase: 'election' },
      },
    ];
    const first = frame([server(1)], { log, markers: [] });
    store.getState().setFrame(first);
    expect(store.getState().frame).toBe(first);
    store.getState().setFrame(frame([server(1)], { displayMs: 5 }));
    expect(store.getState().log).toBe(log);
    expect(store.getState().displayMs).toBe(5);
  });

  it('keeps the lab charts a frame omits, and drops them with the lab', () => {
    const store = createAppStore();
    const charts = { intervalMs: 1000, series: [], changes: [] };
    const lab = { service: '/s', view: [], spares: [], strategies: [] };
    store.getState().setFrame(frame([], { lab: { ...lab, charts } }));
    store.getState().setFrame(frame([], { lab: { ...lab, charts: null } }));
    expect(store.getState().labCharts).toBe(charts);
    store.getState().setFrame(frame([], { lab: null }));
    expect(store.getState().labCharts).toBeNull();
  });

  it('keeps the latency distribution a frame omits, and drops it with the lab', () => {
    const store = createAppStore();
    const distribution = { steps: 200, binEdgesMs: [], runs: [] };
    const lab = { service: '/s', view: [], spares: [], strategies: [], charts: null };
    store.getState().setFrame(frame([], { lab: { ...lab, distribution } }));
    store.getState().setFrame(frame([], { lab: { ...lab, distribution: null } }));
    expect(store.getState().labDistribution).toBe(distribution);
    store.getState().setFrame(frame([], { lab: null }));
    expect(store.getState().labDistribution).toBeNull();
  });

  it('shares unchanged server objects between frames', () => {
    const a = [server(1), server(2)];
    const b = [server(1), server(2, 'FOLLOWING')];
    const shared = shareServers(a, b);
    expect(shared[0]).toBe(a[0]);
    expect(shared[1]).toBe(b[1]);
    expect(shareServers(a, [server(1), server(2)])).toBe(a);
  });

  it('draws a partition by toggling servers into group B', () => {
    const store = createAppStore();
    store.getState().togglePartitionMember(2);
    expect(store.getState().partitionDraft).toBeNull();
    store.getState().startPartition();
    store.getState().togglePartitionMember(3);
    store.getState().togglePartitionMember(1);
    store.getState().togglePartitionMember(3);
    expect(store.getState().partitionDraft).toEqual([1]);
    store.getState().cancelPartition();
    expect(store.getState().partitionDraft).toBeNull();
  });

  it('toggles the log filter', () => {
    const store = createAppStore();
    store.getState().toggleFilterSid(3);
    store.getState().toggleFilterSid(1);
    expect(store.getState().filter.sids).toEqual([1, 3]);
    store.getState().clearFilterSids();
    expect(store.getState().filter.sids).toEqual([]);
    const before = store.getState().filter.cats.includes('timer');
    store.getState().toggleFilterCat('timer');
    expect(store.getState().filter.cats.includes('timer')).toBe(!before);
  });
});
