/**
 * Proves that the bridge acts only on well-formed commands for servers it started: each malformed
 * message, unknown sid and out-of-bound write is refused with its code and the command's id.
 */
import { describe, expect, it } from 'vitest';
import { LIVE_DATA_MAX, LIVE_PATH_MAX } from '../../protocol/live';
import { parseCommand, validZnodePath } from './commands';

const SERVERS = [1, 2, 3];

describe('parseCommand', () => {
  it.each(['crash', 'freeze', 'resume', 'restart'])('reads %s for a known server', (type) => {
    expect(parseCommand(JSON.stringify({ type, id: 7, sid: 2 }), SERVERS)).toEqual({
      ok: true,
      command: { type, id: 7, sid: 2 },
    });
  });

  it('reads a write', () => {
    const text = JSON.stringify({ type: 'write', id: 1, path: '/a/b', data: 'x' });
    expect(parseCommand(text, SERVERS)).toEqual({
      ok: true,
      command: { type: 'write', id: 1, path: '/a/b', data: 'x' },
    });
  });

  it('refuses a server the bridge did not start, naming it', () => {
    expect(parseCommand('{"type":"crash","id":3,"sid":9}', SERVERS)).toEqual({
      ok: false,
      id: 3,
      error: 'server.unknown',
      sid: 9,
    });
  });

  it.each([
    ['not JSON', '{crash', null],
    ['not an object', '"crash"', null],
    ['no id', '{"type":"crash","sid":1}', null],
    ['a negative id', '{"type":"crash","id":-1,"sid":1}', null],
    ['an unknown type', '{"type":"kill","id":4,"sid":1}', 4],
    ['a sid that is not an integer', '{"type":"crash","id":4,"sid":"1"}', 4],
    ['a relative path', '{"type":"write","id":5,"path":"a","data":""}', 5],
    [
      'data over the bound',
      JSON.stringify({ type: 'write', id: 6, path: '/a', data: 'x'.repeat(LIVE_DATA_MAX + 1) }),
      6,
    ],
  ])('refuses %s', (_what, text, id) => {
    expect(parseCommand(text, SERVERS)).toEqual({
      ok: false,
      id,
      error: 'command.invalid',
      sid: null,
    });
  });
});

describe('validZnodePath', () => {
  it.each(['/a', '/a/b', '/zab-scope_1', `/${'x'.repeat(LIVE_PATH_MAX - 1)}`])('accepts %s', (p) =>
    expect(validZnodePath(p)).toBe(true),
  );
  it.each([
    '',
    '/',
    'a',
    '/a/',
    '/a//b',
    '/./a',
    '/a/..',
    '/a\u0000',
    `/${'x'.repeat(LIVE_PATH_MAX)}`,
  ])('refuses %j', (p) => expect(validZnodePath(p)).toBe(false));
});
