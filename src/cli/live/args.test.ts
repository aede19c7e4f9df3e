/**
 * Proves that `npm run live`'s arguments are read with their documented bounds, that every bad one
 * is refused with a message naming it, and that the printed link carries the bridge's address.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP_URL, liveLink, parseLiveArgs } from './args';

describe('parseLiveArgs', () => {
  it('defaults to a kernel-picked port and the dev server', () => {
    expect(parseLiveArgs([])).toEqual({
      ok: true,
      args: { kind: 'run', port: 0, app: DEFAULT_APP_URL },
    });
  });

  it('reads --port and --app in both spellings', () => {
    expect(parseLiveArgs(['--port', '4000', '--app=https://example.org/zab/'])).toEqual({
      ok: true,
      args: { kind: 'run', port: 4000, app: 'https://example.org/zab/' },
    });
  });

  it.each([
    [['--port', '80'], '--port: expected an integer from 1024 to 65535, got "80"'],
    [['--port', '70000'], '--port: expected an integer from 1024 to 65535, got "70000"'],
    [['--port'], '--port: expected an integer from 1024 to 65535, got ""'],
    [['--app', 'ftp://x/'], '--app: expected an http or https URL, got "ftp://x/"'],
    [['--port', '4000', '--port', '4001'], '--port is given more than once'],
    [['extra'], 'unknown argument "extra" (see --help)'],
  ])('refuses %j', (argv, error) => {
    expect(parseLiveArgs(argv)).toEqual({ ok: false, error });
  });
});

describe('liveLink', () => {
  it('adds the bridge address to the app URL and keeps its other parameters', () => {
    expect(liveLink('http://127.0.0.1:5173/?lang=zh-CN', 4100, 'abc_-1')).toBe(
      'http://127.0.0.1:5173/?lang=zh-CN&live=ws%3A%2F%2F127.0.0.1%3A4100%2Fabc_-1',
    );
  });
});
