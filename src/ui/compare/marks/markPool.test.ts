/**
 * The mark pool and the shared ticker: marks are reused, never allocated twice for one slot,
 * retired by swapping, skipped beyond the capacity; the ticker runs one animation-frame loop
 * only while some layer still animates, and stops by itself.
 */
import { describe, expect, it } from 'vitest';
import { MarkPool } from './markPool';
import { MarkTicker } from './markTicker';

describe('MarkPool', () => {
  it('reuses retired marks and skips spawns beyond its capacity', () => {
    const pool = new MarkPool(2);
    const a = pool.spawn('b1', 'admitted', 0, 0.1)!;
    pool.spawn('b2', 'failed', 0, 0.2);
    expect(pool.spawn('b3', 'dropped', 0, 0.3)).toBeNull();
    expect(pool.skipped).toBe(1);
    pool.retire(0);
    expect(pool.size).toBe(1);
    expect(pool.marks[0]!.backend).toBe('b2');
    const c = pool.spawn('b3', 'dropped', 5, 0.4)!;
    expect(c).toBe(a);
    expect(c).toMatchObject({ backend: 'b3', outcome: 'dropped', startMs: 5, landed: false });
    expect(pool.marks).toHaveLength(2);
  });
});

describe('MarkTicker', () => {
  function fakeFrames() {
    const queue = new Map<number, FrameRequestCallback>();
    let next = 1;
    return {
      request: (cb: FrameRequestCallback) => (queue.set(next, cb), next++),
      cancel: (id: number) => void queue.delete(id),
      run(ts: number) {
        const due = [...queue.values()];
        queue.clear();
        for (const cb of due) cb(ts);
      },
      get pending() {
        return queue.size;
      },
    };
  }

  it('runs one loop for every layer while any animates, then stops', () => {
    const frames = fakeFrames();
    const ticker = new MarkTicker(frames.request, frames.cancel);
    let aLeft = 2;
    let bLeft = 1;
    const a = { draw: () => --aLeft > 0 };
    const b = { draw: () => --bLeft > 0 };
    ticker.wake(a);
    ticker.wake(b);
    expect(frames.pending).toBe(1);
    frames.run(16);
    expect(ticker.running).toBe(true);
    frames.run(32);
    expect(ticker.running).toBe(false);
    expect(frames.pending).toBe(0);
    expect([aLeft, bLeft]).toEqual([0, 0]);
  });

  it('cancels the loop when the last layer is forgotten', () => {
    const frames = fakeFrames();
    const ticker = new MarkTicker(frames.request, frames.cancel);
    const layer = { draw: () => true };
    ticker.wake(layer);
    ticker.forget(layer);
    expect(frames.pending).toBe(0);
    expect(ticker.running).toBe(false);
  });
});
