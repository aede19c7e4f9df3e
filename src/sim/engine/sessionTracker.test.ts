/**
 * The leader's session tracker: expiry times are rounded up to the next tickTime boundary
 * (ExpiryQueue.roundToNextInterval), touches only ever move a session later, a due bucket expires
 * whole and marks its sessions closing, and a closing session cannot be touched or revalidated.
 */
import { describe, expect, it } from 'vitest';
import {
  addSession,
  cloneTracker,
  expireDue,
  isLive,
  newTracker,
  removeSession,
  touch,
} from './sessionTracker';

const TICK = 2000;

describe('session tracker', () => {
  it('rounds expiry up to the next tick boundary after now + timeout', () => {
    const t = newTracker([{ id: '0x1', timeoutMs: 6000 }], 100, TICK);
    expect(t.expiresAtMs['0x1']).toBe(8000);
    addSession(t, '0x2', 6000, 2000, TICK);
    expect(t.expiresAtMs['0x2']).toBe(10000); // 8000 exactly is not "after": next boundary
  });

  it('touches move a session later, never earlier', () => {
    const t = newTracker([{ id: '0x1', timeoutMs: 6000 }], 0, TICK);
    expect(touch(t, '0x1', 3500, TICK)).toBe(true);
    expect(t.expiresAtMs['0x1']).toBe(10000);
    touch(t, '0x1', 100, TICK);
    expect(t.expiresAtMs['0x1']).toBe(10000);
    expect(touch(t, '0xunknown', 100, TICK)).toBe(false);
  });

  it('expires the due bucket at once, sorted, and marks it closing', () => {
    const t = newTracker(
      [
        { id: '0x3', timeoutMs: 4000 },
        { id: '0x1', timeoutMs: 4000 },
        { id: '0x2', timeoutMs: 8000 },
      ],
      0,
      TICK,
    );
    expect(expireDue(t, 4000)).toEqual([]);
    expect(expireDue(t, 6000)).toEqual(['0x1', '0x3']);
    expect(expireDue(t, 6000)).toEqual([]); // closing: not expired twice
    expect(isLive(t, '0x1')).toBe(false);
    expect(touch(t, '0x1', 6000, TICK)).toBe(false);
    removeSession(t, '0x1');
    expect(t.timeoutMs['0x1']).toBeUndefined();
    expect(isLive(t, '0x2')).toBe(true);
  });

  it('a clone is independent and JSON-safe', () => {
    const t = newTracker([{ id: '0x1', timeoutMs: 6000 }], 0, TICK);
    const c = cloneTracker(t);
    touch(t, '0x1', 5000, TICK);
    expireDue(t, 100000);
    expect(c).toEqual({ expiresAtMs: { '0x1': 8000 }, timeoutMs: { '0x1': 6000 }, closing: [] });
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });
});
