// Proves the sweep's argument parser runs exactly the seeds asked for or refuses with one message:
// a repeated flag, a value that is not a decimal integer, and a range that leaves the safe integers
// (where `seed < from + seeds` would run nothing and report success) are refused. The last test
// spawns the real entry point to check the exit status and that nothing runs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSweepArgs } from './sweep';

const USAGE = 'usage: npm run sweep -- --seeds N [--from S]';
const MAX = Number.MAX_SAFE_INTEGER;

describe('parseSweepArgs', () => {
  it.each<[string, string[], { seeds: number; from: number }]>([
    ['the defaults', [], { seeds: 100, from: 1 }],
    ['both flags', ['--seeds', '5', '--from', '20086'], { seeds: 5, from: 20086 }],
    ['--flag=value', ['--seeds=2', '--from=0'], { seeds: 2, from: 0 }],
    ['the last safe seed', ['--seeds', '1', '--from', String(MAX)], { seeds: 1, from: MAX }],
    [
      'seeds up to the last safe one',
      ['--seeds', '3', '--from', String(MAX - 2)],
      { seeds: 3, from: MAX - 2 },
    ],
  ])('accepts %s', (_name, argv, expected) => {
    expect(parseSweepArgs(argv)).toEqual(expected);
  });

  it.each<[string, string[], string]>([
    [
      'a repeated --seeds',
      ['--seeds', '5', '--seeds', '7'],
      `--seeds is given more than once; ${USAGE}`,
    ],
    [
      'a repeated --from in both forms',
      ['--from=1', '--from', '2'],
      `--from is given more than once; ${USAGE}`,
    ],
    [
      'a --from beyond the safe integers',
      ['--from', '99999999999999999999'],
      `--from: expected an integer from 0 to ${MAX}, got "99999999999999999999"; ${USAGE}`,
    ],
    [
      '--seeds beyond the safe integers',
      ['--seeds', '9007199254740993'],
      `--seeds: expected an integer from 0 to ${MAX}, got "9007199254740993"; ${USAGE}`,
    ],
    [
      'a range that passes the last safe seed',
      ['--seeds', '2', '--from', String(MAX)],
      `--from ${MAX} with --seeds 2 would go past seed ${MAX}, the largest seed a scenario takes; ${USAGE}`,
    ],
    ['zero seeds', ['--seeds', '0'], `--seeds must be at least 1; ${USAGE}`],
    [
      'a negative value',
      ['--from', '-3'],
      `--from: expected an integer from 0 to ${MAX}, got "-3"; ${USAGE}`,
    ],
    [
      'an exponent',
      ['--seeds', '1e3'],
      `--seeds: expected an integer from 0 to ${MAX}, got "1e3"; ${USAGE}`,
    ],
    [
      'a missing value',
      ['--seeds'],
      `--seeds: expected an integer from 0 to ${MAX}, got ""; ${USAGE}`,
    ],
    ['an unknown flag', ['--seed', '3'], `unknown argument "--seed"; ${USAGE}`],
  ])('refuses %s', (_name, argv, error) => {
    expect(parseSweepArgs(argv)).toBe(error);
  });
});

describe('the real sweep entry point', () => {
  it('refuses --from 99999999999999999999 with exit 2, one line, and runs nothing', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/sweep.ts', '--from', '99999999999999999999'],
      { encoding: 'utf8', cwd: fileURLToPath(new URL('../../', import.meta.url)) },
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `--from: expected an integer from 0 to ${MAX}, got "99999999999999999999"; ${USAGE}\n`,
    );
  });
});
