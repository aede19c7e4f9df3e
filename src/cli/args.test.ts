// Proves that the runner's argument parser accepts the contract's command line (file, --seed,
// --until, --trace) plus --preset and --help, and refuses every malformed form with one message;
// it is a pure function, so each case is a literal argv and its expected result.
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

const run = {
  kind: 'run',
  file: null,
  preset: null,
  seed: null,
  untilMs: null,
  tracePath: null,
} as const;

describe('parseArgs', () => {
  it.each<[string, string[], object]>([
    ['a file', ['s.json'], { ...run, file: 's.json' }],
    [
      'every option',
      ['s.json', '--seed', '7', '--until', '5000', '--trace', 't.jsonl'],
      { ...run, file: 's.json', seed: 7, untilMs: 5000, tracePath: 't.jsonl' },
    ],
    ['options before the file', ['--seed', '0', 's.json'], { ...run, file: 's.json', seed: 0 }],
    [
      '--flag=value',
      ['--seed=12', '--until=0', 's.json'],
      { ...run, file: 's.json', seed: 12, untilMs: 0 },
    ],
    [
      'a preset',
      ['--preset', 'leader-crash', '--seed', '3'],
      { ...run, preset: 'leader-crash', seed: 3 },
    ],
    ['a file after --', ['--', '--odd-name.json'], { ...run, file: '--odd-name.json' }],
    [
      'the largest safe seed',
      ['s.json', '--seed', String(Number.MAX_SAFE_INTEGER)],
      { ...run, file: 's.json', seed: Number.MAX_SAFE_INTEGER },
    ],
  ])('accepts %s', (_name, argv, expected) => {
    expect(parseArgs(argv)).toEqual({ ok: true, args: expected });
  });

  it.each([['--help'], ['-h'], ['s.json', '--bogus', '--help']])(
    'answers help for %j',
    (...argv) => {
      expect(parseArgs(argv)).toEqual({ ok: true, args: { kind: 'help' } });
    },
  );

  it.each<[string, string[], string]>([
    ['an unknown flag', ['s.json', '--sed', '3'], 'unknown option "--sed" (see --help)'],
    ['a short unknown flag', ['-x', 's.json'], 'unknown option "-x" (see --help)'],
    ['a missing value', ['s.json', '--seed'], '--seed needs a value (see --help)'],
    ['an empty value', ['s.json', '--trace='], '--trace needs a value (see --help)'],
    [
      'a negative seed',
      ['s.json', '--seed', '-1'],
      '--seed: expected an integer from 0 to 9007199254740991, got "-1"',
    ],
    [
      'a fractional seed',
      ['s.json', '--seed', '1.5'],
      '--seed: expected an integer from 0 to 9007199254740991, got "1.5"',
    ],
    [
      'an exponent',
      ['s.json', '--until', '1e3'],
      '--until: expected an integer from 0 to 86400000, got "1e3"',
    ],
    [
      'a word',
      ['s.json', '--until', 'soon'],
      '--until: expected an integer from 0 to 86400000, got "soon"',
    ],
    [
      'an unsafe integer',
      ['s.json', '--seed', '9007199254740993'],
      '--seed: expected an integer from 0 to 9007199254740991, got "9007199254740993"',
    ],
    ['a repeated flag', ['s.json', '--seed', '1', '--seed', '2'], '--seed is given more than once'],
    [
      'a repeated flag in both forms',
      ['s.json', '--trace=a.jsonl', '--trace', 'b.jsonl'],
      '--trace is given more than once',
    ],
    ['a repeated preset', ['--preset', 'a', '--preset=b'], '--preset is given more than once'],
    [
      'an untilMs beyond 24 hours',
      ['s.json', '--until', '86400001'],
      '--until: expected an integer from 0 to 86400000, got "86400001"',
    ],
    [
      'the untilMs that hung the runner',
      ['s.json', '--until', '9007199254740991'],
      '--until: expected an integer from 0 to 86400000, got "9007199254740991"',
    ],
    ['no scenario', ['--seed', '1'], 'missing scenario file (or --preset ID); see --help'],
    ['two files', ['a.json', 'b.json'], 'expected one scenario file, got 2: "a.json" "b.json"'],
    [
      'a file and a preset',
      ['a.json', '--preset', 'cold-start'],
      'give a scenario file or --preset, not both',
    ],
  ])('refuses %s', (_name, argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });
});
