// Proves the runner's contract (SCENARIO.md "The runner"): one JSON report on stdout, exit 0/1/2,
// one-line messages for unusable input with nothing run, overrides and traces reaching the engine.
// `main` is driven with in-memory files and a fake engine; the real entry point is spawned for what
// only real files show: an endless file, a full disk, a directory, the scenario file as the trace.
import { spawnSync } from 'node:child_process';
import { linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, type SimIo } from './sim';
import type { Report, ResolvedScenario } from '../sim/scenario/types';

const GOOD = JSON.stringify({
  version: 1,
  seed: 42,
  untilMs: 60000,
  ensemble: { servers: 5 },
  actions: [{ atMs: 3000, do: 'write', via: 2, path: '/a', data: 'x' }],
});

function fakeReport(s: ResolvedScenario, violations: Report['violations'] = []): Report {
  return {
    seed: s.seed,
    untilMs: s.untilMs,
    events: 10,
    traceHash: 'abc',
    leader: 5,
    epoch: 1,
    servers: [],
    elections: [],
    writes: [],
    violations,
  };
}

interface Fake {
  io: SimIo;
  out: string[];
  err: string[];
  runs: ResolvedScenario[];
  traces: Map<string, { lines: string[]; closed: boolean }>;
}

function fake(files: Record<string, string | { code: string }>, run?: SimIo['run']): Fake {
  const f: Fake = {
    io: undefined as unknown as SimIo,
    out: [],
    err: [],
    runs: [],
    traces: new Map(),
  };
  f.io = {
    readFile: async (path) => {
      const file = files[path] ?? { code: 'ENOENT' };
      if (typeof file === 'string') return file;
      throw Object.assign(new Error(`${file.code}: failed, open '${path}'`), file);
    },
    sameFile: (a, b) => a === b,
    stdout: (text) => void f.out.push(text),
    stderr: (text) => void f.err.push(text),
    openTrace: (path) => {
      if (path.startsWith('/no-such-dir/'))
        throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
      const trace = { lines: [] as string[], closed: false };
      f.traces.set(path, trace);
      return {
        write: (line) => void trace.lines.push(line),
        failure: () => null,
        close: () => void (trace.closed = true),
      };
    },
    run: (scenario, options) => {
      f.runs.push(scenario);
      if (run) return run(scenario, options);
      options.onTrace?.({ kind: 'start', sid: 1 });
      options.onTrace?.({ kind: 'zxid', value: 4294967299n });
      return fakeReport(scenario);
    },
  };
  return f;
}

/** Asserts the "unusable input" shape: exit 2, one line on stderr, nothing on stdout, nothing run. */
async function expectRefused(f: Fake, argv: string[], message: string): Promise<void> {
  expect(await main(argv, f.io)).toBe(2);
  expect(f.err).toEqual([`sim: ${message}\n`]);
  expect(f.out).toEqual([]);
  expect(f.runs).toEqual([]);
}

describe('main: runs', () => {
  it('prints exactly one JSON report and exits 0 without violations', async () => {
    const f = fake({ 's.json': GOOD });
    expect(await main(['s.json'], f.io)).toBe(0);
    expect(f.out).toHaveLength(1);
    expect(JSON.parse(f.out[0]!)).toMatchObject({ seed: 42, untilMs: 60000, violations: [] });
    expect(f.err).toEqual([]);
  });

  it('exits 1 when the report has violations, and still prints it', async () => {
    const violation = {
      atMs: 900,
      invariant: 'Leadership',
      detail: 'servers 1 and 2 both lead epoch 1',
      code: 'Leadership',
      params: { sid: 2, peers: [1], zxid: null, value: null, epoch: 1 },
    };
    const f = fake({ 's.json': GOOD }, (s) => fakeReport(s, [violation]));
    expect(await main(['s.json'], f.io)).toBe(1);
    expect(JSON.parse(f.out[0]!).violations).toEqual([violation]);
  });

  it('passes --seed and --until overrides to the engine', async () => {
    const f = fake({ 's.json': GOOD });
    expect(await main(['s.json', '--seed', '7', '--until', '1234'], f.io)).toBe(0);
    expect(f.runs.map((s) => [s.seed, s.untilMs])).toEqual([[7, 1234]]);
    expect(JSON.parse(f.out[0]!)).toMatchObject({ seed: 7, untilMs: 1234 });
  });

  it('passes the resolved scenario, defaults filled', async () => {
    const f = fake({ 's.json': GOOD });
    await main(['s.json'], f.io);
    expect(f.runs[0]?.ensemble.tickTimeMs).toBe(2000);
    expect(f.runs[0]?.network).toEqual({
      delayMsMin: 1,
      delayMsMax: 5,
      fsyncMsMin: 0,
      fsyncMsMax: 2,
    });
  });

  it('runs a preset', async () => {
    const f = fake({});
    expect(await main(['--preset', 'leader-crash'], f.io)).toBe(0);
    expect(f.runs[0]?.ensemble.servers).toBe(5);
  });

  it('writes every trace event as one JSON line, bigints included, and closes the file', async () => {
    const f = fake({ 's.json': GOOD });
    expect(await main(['s.json', '--trace', 'out.jsonl'], f.io)).toBe(0);
    const trace = f.traces.get('out.jsonl')!;
    expect(trace.lines.map((l) => JSON.parse(l))).toEqual([
      { kind: 'start', sid: 1 },
      { kind: 'zxid', value: '4294967299' },
    ]);
    expect(trace.closed).toBe(true);
  });

  it('gives no trace callback without --trace', async () => {
    const f = fake({ 's.json': GOOD }, (s, options) => {
      expect(options.onTrace).toBeUndefined();
      return fakeReport(s);
    });
    expect(await main(['s.json'], f.io)).toBe(0);
  });

  it('accepts a file that starts with a byte-order mark', async () => {
    const f = fake({ 's.json': '\uFEFF' + GOOD });
    expect(await main(['s.json'], f.io)).toBe(0);
  });

  it('prints help on stdout with the preset ids and exits 0', async () => {
    const f = fake({});
    expect(await main(['--help'], f.io)).toBe(0);
    expect(f.out.join('')).toContain('Usage: npm run --silent sim --');
    expect(f.out.join('')).toContain('failed-write-committed');
  });
});

describe('main: unusable input', () => {
  it('refuses malformed JSON with one line', async () => {
    await expectRefused(
      fake({ 's.json': '{"version": 1,\n' }),
      ['s.json'],
      's.json: malformed JSON: Expected double-quoted property name in JSON at position 15 (line 2, column 1)',
    );
  });

  it('refuses an unknown action', async () => {
    const bad = JSON.stringify({
      version: 1,
      seed: 1,
      untilMs: 1,
      ensemble: { servers: 3 },
      actions: [{ atMs: 1, do: 'explode' }],
    });
    const f = fake({ 's.json': bad });
    expect(await main(['s.json'], f.io)).toBe(2);
    expect(f.err).toHaveLength(1);
    expect(f.err[0]).toMatch(
      /^sim: s\.json: actions\[0\]\.do: unknown action "explode" \(known: crash, .*\)\n$/,
    );
    expect(f.runs).toEqual([]);
  });

  it('refuses a missing file', async () => {
    await expectRefused(
      fake({}),
      ['missing.json'],
      'cannot read missing.json: no such file or directory (ENOENT)',
    );
  });

  it('refuses an unreadable file', async () => {
    await expectRefused(
      fake({ dir: { code: 'EISDIR' } }),
      ['dir'],
      'cannot read dir: is a directory (EISDIR)',
    );
    await expectRefused(
      fake({ 'secret.json': { code: 'EACCES' } }),
      ['secret.json'],
      'cannot read secret.json: permission denied (EACCES)',
    );
  });

  it('refuses bad flags and bad flag values', async () => {
    await expectRefused(
      fake({ 's.json': GOOD }),
      ['s.json', '--seed', 'x'],
      '--seed: expected an integer from 0 to 9007199254740991, got "x"',
    );
    await expectRefused(
      fake({ 's.json': GOOD }),
      ['s.json', '--until', '-5'],
      '--until: expected an integer from 0 to 86400000, got "-5"',
    );
    await expectRefused(
      fake({ 's.json': GOOD }),
      ['s.json', '--verbose'],
      'unknown option "--verbose" (see --help)',
    );
  });

  it('refuses an unknown preset and lists the known ones', async () => {
    const f = fake({});
    expect(await main(['--preset', 'nope'], f.io)).toBe(2);
    expect(f.err[0]).toMatch(
      /^sim: unknown preset "nope" \(presets: playground, cold-start, .*\)\n$/,
    );
  });

  it('refuses a trace file that cannot be created, before running', async () => {
    await expectRefused(
      fake({ 's.json': GOOD }),
      ['s.json', '--trace', '/no-such-dir/t.jsonl'],
      'cannot write trace file /no-such-dir/t.jsonl: no such file or directory (ENOENT)',
    );
  });

  it('reports a feature the engine does not simulate yet as unusable input', async () => {
    const unsupported = Object.assign(new Error('clients: client sessions are not simulated yet'), {
      name: 'UnsupportedScenarioError',
    });
    const f = fake({ 's.json': GOOD }, () => {
      throw unsupported;
    });
    expect(await main(['s.json'], f.io)).toBe(2);
    expect(f.err).toEqual(['sim: clients: client sessions are not simulated yet\n']);
    expect(f.out).toEqual([]);
  });
});

describe('main: bounded work and safe files', () => {
  it('refuses a --trace that names the scenario file, before reading or writing anything', async () => {
    const f = fake({ 's.json': GOOD });
    await expectRefused(
      f,
      ['s.json', '--trace', 's.json'],
      '--trace: s.json is the scenario file s.json; writing the trace would overwrite it',
    );
    expect(f.traces.size).toBe(0);
  });

  it('stops the run at the first trace write error and refuses with one line, no report', async () => {
    const f = fake({ 's.json': GOOD });
    let steps = 0;
    f.io.openTrace = () => {
      let failed: unknown = null;
      return {
        write: () => {
          failed = Object.assign(new Error('ENOSPC: no space left on device, write'), {
            code: 'ENOSPC',
          });
        },
        failure: () => failed,
        close: () => {
          throw failed;
        },
      };
    };
    f.io.run = (_s, options) => {
      // A stand-in engine: one trace event per step, asking stopWhen between steps.
      for (;;) {
        steps++;
        options.onTrace?.({ step: steps });
        if (options.stopWhen?.())
          throw Object.assign(new Error('run stopped'), { name: 'RunStoppedError' });
      }
    };
    expect(await main(['s.json', '--trace', 'full.jsonl'], f.io)).toBe(2);
    expect(steps).toBe(1);
    expect(f.out).toEqual([]);
    expect(f.err).toEqual([
      'sim: cannot write trace file full.jsonl: no space left on device (ENOSPC)\n',
    ]);
  });

  it('refuses with one line when the trace fails only as it is closed', async () => {
    const f = fake({ 's.json': GOOD });
    f.io.openTrace = () => ({
      write: () => undefined,
      failure: () => null,
      close: () => {
        throw Object.assign(new Error('EDQUOT: quota'), { code: 'EDQUOT' });
      },
    });
    expect(await main(['s.json', '--trace', 't.jsonl'], f.io)).toBe(2);
    expect(f.out).toEqual([]);
    expect(f.err).toEqual(['sim: cannot write trace file t.jsonl: disk quota exceeded (EDQUOT)\n']);
  });

  it('refuses a run that needs more events than the budget, naming untilMs', async () => {
    const f = fake({ 's.json': GOOD }, () => {
      throw Object.assign(new Error('untilMs: the run needs more than 2000000 events'), {
        name: 'EventBudgetError',
      });
    });
    expect(await main(['s.json'], f.io)).toBe(2);
    expect(f.err).toEqual(['sim: untilMs: the run needs more than 2000000 events\n']);
    expect(f.out).toEqual([]);
  });
});

describe('main: engine failure', () => {
  it('exits 3 with the error on stderr, no report, and keeps the trace so far', async () => {
    const f = fake({ 's.json': GOOD }, (_s, options) => {
      options.onTrace?.({ kind: 'before the bug' });
      throw new Error('assertion failed: two leaders');
    });
    expect(await main(['s.json', '--trace', 't.jsonl'], f.io)).toBe(3);
    expect(f.out).toEqual([]);
    expect(f.err[0]).toContain('sim: internal error: Error: assertion failed: two leaders');
    expect(f.traces.get('t.jsonl')).toEqual({ lines: ['{"kind":"before the bug"}'], closed: true });
  });
});

// Each case spawns Node with tsx (about a second each, more on a busy machine); the suite's
// timeout (vite.config.ts) only catches a hang.
describe('the real entry point', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('../../', import.meta.url)),
    });

  it('exits 2 with one line on stderr and nothing on stdout for a missing file', () => {
    const r = cli('/definitely/missing.json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'sim: cannot read /definitely/missing.json: no such file or directory (ENOENT)\n',
    );
  });

  it('prints help and exits 0', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--trace FILE.jsonl');
  });

  const refused = (r: ReturnType<typeof cli>, line: string) => {
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
      status: 2,
      stdout: '',
      stderr: `sim: ${line}\n`,
    });
  };

  it('reads at most the scenario bound from an endless file (/dev/zero) and refuses it', () => {
    refused(
      cli('/dev/zero'),
      'cannot read /dev/zero: larger than 16777216 bytes, the largest scenario accepted',
    );
  });

  it('refuses a trace on a full disk (/dev/full) with one line, when the first chunk is written', () => {
    // 600 s of the playground write more than the 1 MiB the writer buffers before its first write.
    refused(
      cli('--preset', 'playground', '--until', '600000', '--trace', '/dev/full'),
      'cannot write trace file /dev/full: no space left on device (ENOSPC)',
    );
  });

  it('refuses a trace on a full disk when the whole trace fits in the last write', () => {
    refused(
      cli('--preset', 'leader-crash', '--trace', '/dev/full'),
      'cannot write trace file /dev/full: no space left on device (ENOSPC)',
    );
  });

  it('refuses a trace path that is a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zabscope-trace-'));
    refused(
      cli('--preset', 'leader-crash', '--trace', dir),
      `cannot write trace file ${dir}: is a directory (EISDIR)`,
    );
  });

  it('refuses a --trace naming the scenario file by any path, and leaves the file intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zabscope-same-'));
    const file = join(dir, 's.json');
    writeFileSync(file, GOOD);
    linkSync(file, join(dir, 'hard.json'));
    symlinkSync(file, join(dir, 'soft.json'));
    for (const trace of [
      file,
      join(dir, '.', 's.json'),
      join(dir, 'hard.json'),
      join(dir, 'soft.json'),
    ]) {
      refused(
        cli(file, '--trace', trace),
        `--trace: ${trace} is the scenario file ${file}; writing the trace would overwrite it`,
      );
    }
    expect(readFileSync(file, 'utf8')).toBe(GOOD);
  });

  it('refuses a repeated flag by name', () => {
    refused(
      cli('--preset', 'leader-crash', '--seed', '1', '--seed=2'),
      '--seed is given more than once',
    );
  });
});
