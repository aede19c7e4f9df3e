// Proves the log throttle: immediate when paused, at most one refresh per interval while playing,
// nothing held back is lost (the next frame or a flush delivers the latest log).
import { describe, expect, it } from 'vitest';
import { createLogThrottle } from './logThrottle';

describe('createLogThrottle', () => {
  it('shows at once when not playing', () => {
    const th = createLogThrottle<string>(200, () => 0);
    expect(th.take('a', false)).toBe('a');
    expect(th.take(null, false)).toBeNull();
  });
  it('holds back while playing and delivers the latest later', () => {
    let clock = 0;
    const th = createLogThrottle<string>(200, () => clock);
    expect(th.take('a', true)).toBe('a');
    clock = 50;
    expect(th.take('b', true)).toBeNull();
    clock = 100;
    expect(th.take('c', true)).toBeNull();
    clock = 250;
    expect(th.take(null, true)).toBe('c');
    clock = 260;
    expect(th.take('d', true)).toBeNull();
    expect(th.flush()).toBe('d');
    expect(th.flush()).toBeNull();
  });
});
