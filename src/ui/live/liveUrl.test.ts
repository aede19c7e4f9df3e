/**
 * Proves that live mode starts only from `?live=` holding a loopback bridge address with a token,
 * that any other value is refused with the value (never connected to), and that leaving live mode
 * keeps the rest of the address.
 */
import { describe, expect, it } from 'vitest';
import { readLiveParam, staticHref, wantsLive } from './liveUrl';

const q = (v: string) => `?live=${encodeURIComponent(v)}`;

describe('readLiveParam', () => {
  it('is absent without ?live', () => {
    expect(readLiveParam('?lang=en')).toEqual({ kind: 'absent' });
    expect(wantsLive('')).toBe(false);
  });

  it.each([
    'ws://127.0.0.1:4100/abcDEF_-12345678',
    'ws://localhost:8080/abcdefgh',
    'ws://[::1]:9/abcdefgh',
  ])('accepts %s', (url) => {
    expect(readLiveParam(q(url))).toEqual({ kind: 'ok', url: new URL(url).href });
    expect(wantsLive(q(url))).toBe(true);
  });

  it.each([
    'ws://example.org:4100/abcdefgh',
    'wss://127.0.0.1:4100/abcdefgh',
    'http://127.0.0.1:4100/abcdefgh',
    'ws://127.0.0.1/abcdefgh',
    'ws://127.0.0.1:4100/short',
    'ws://127.0.0.1:4100/abcdefgh/more',
    'ws://127.0.0.1:4100/abcdefgh?x=1',
    'ws://user:pw@127.0.0.1:4100/abcdefgh',
    'not a url',
    '',
    `ws://127.0.0.1:4100/${'a'.repeat(400)}`,
  ])('refuses %j with the value', (value) => {
    expect(readLiveParam(q(value))).toEqual({ kind: 'invalid', value });
  });
});

describe('staticHref', () => {
  it('drops live and keeps the rest', () => {
    expect(staticHref('http://h/zab/?lang=zh-CN&live=ws%3A%2F%2Fx#plan')).toBe(
      'http://h/zab/?lang=zh-CN#plan',
    );
  });
});
