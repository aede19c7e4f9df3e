/**
 * `npm run real` arguments: every accepted form and every refusal, as a pure function of argv.
 */
import { describe, expect, it } from 'vitest';
import { parseRealArgs } from './args';

describe('parseRealArgs', () => {
  it('accepts a scenario with options in any order', () => {
    expect(parseRealArgs(['cold-start-3', '--repeat', '3', '--record'])).toEqual({
      ok: true,
      args: { kind: 'run', target: 'cold-start-3', repeat: 3, record: true, keep: false },
    });
    expect(parseRealArgs(['--keep', '--repeat=2', 'x.json'])).toEqual({
      ok: true,
      args: { kind: 'run', target: 'x.json', repeat: 2, record: false, keep: true },
    });
  });
  it('answers --help, --list and --table before anything else', () => {
    expect(parseRealArgs(['all', '--help'])).toEqual({ ok: true, args: { kind: 'help' } });
    expect(parseRealArgs(['--list'])).toEqual({ ok: true, args: { kind: 'list' } });
    expect(parseRealArgs(['--table'])).toEqual({ ok: true, args: { kind: 'table' } });
  });
  it.each([
    [[], 'missing scenario'],
    [['a', 'b'], 'expected one scenario, got 2'],
    [['a', '--repeat', '0'], '--repeat: expected an integer from 1 to 10, got "0"'],
    [['a', '--repeat'], '--repeat: expected an integer from 1 to 10, got ""'],
    [['a', '--repeat=1.5'], 'got "1.5"'],
    [['a', '--repeat', '2', '--repeat', '3'], '--repeat is given more than once'],
    [['a', '--fast'], 'unknown option "--fast"'],
  ])('refuses %j', (argv, message) => {
    const r = parseRealArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});
