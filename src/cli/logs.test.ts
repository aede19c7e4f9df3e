// Proves the contract of `npm run logs` (docs/LOGS.md): the timeline as one JSON object on stdout
// with at least servers, elections (endedAt, leader, epoch, followers, tookMs) and unparsedLines;
// exit 2 with exactly one line on stderr for unusable input, whatever it is; options reaching the
// parser. `main` runs on the real files of the fixtures; the entry point itself is spawned once
// for each exit status.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, parseLogsArgs, realIo, EXIT_OK, EXIT_UNUSABLE } from './logs';
import { cliRunner, refusal } from './cliTestKit';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REAL = join(ROOT, 'fixtures/real-zookeeper/logs');
const SAMPLES = join(ROOT, 'fixtures/zookeeper-logs');
const cold = ['server1.log', 'server2.log', 'server3.log'].map((f) =>
  join(REAL, 'cold-start-3', f),
);

const run = cliRunner(main, realIo);
const unusable = (...argv: string[]): string => refusal(run(...argv), EXIT_UNUSABLE);

describe('npm run logs', () => {
  it('prints the timeline as JSON: servers, elections, unparsedLines', () => {
    const r = run(...cold);
    expect([r.code, r.err]).toEqual([EXIT_OK, '']);
    const json = JSON.parse(r.out);
    expect(json.servers).toEqual([1, 2, 3]);
    expect(json.elections).toEqual([
      {
        endedAt: '2026-12-03T18:26:14.955',
        leader: 3,
        epoch: 1,
        followers: [1, 2],
        observers: [],
        tookMs: 2254,
        quorum: [1, 3],
        until: null,
        endedBy: null,
      },
    ]);
    expect(Number.isInteger(json.unparsedLines) && json.unparsedLines > 0).toBe(true);
    expect(json.files.map((f: { sid: number }) => f.sid)).toEqual([1, 2, 3]);
    expect(json).not.toHaveProperty('events');
  });

  it('adds every event with --events, and applies --clock-offset and --sid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zabscope-logs-'));
    const merged = join(dir, 'merged.log');
    writeFileSync(
      merged,
      cold
        .slice(0, 2)
        .map((f) => readFileSync(f, 'utf8'))
        .join(''),
    );
    const r = run(
      '--events',
      '--clock-offset',
      `${cold[2]}=-1500`,
      cold[2]!,
      '--sid',
      `${merged}=9`,
      merged,
    );
    expect(r.code).toBe(EXIT_OK);
    const json = JSON.parse(r.out);
    expect(json.servers).toEqual([3, 9]);
    expect(json.files.map((f: { clockOffsetMs: number }) => f.clockOffsetMs)).toEqual([-1500, 0]);
    type Event = { sid: number; at: string; ms: number };
    expect(json.events.length).toBe(
      json.files.reduce((n: number, f: { events: number }) => n + f.events, 0),
    );
    for (const e of json.events as Event[])
      expect(e.ms - Date.parse(`${e.at}Z`)).toBe(e.sid === 3 ? -1500 : 0);
  });

  it('reads ids from the content of files named zookeeper.log', () => {
    const files = ['a', 'b', 'c'].map((d) => join(SAMPLES, '3.9-logback', d, 'zookeeper.log'));
    expect(JSON.parse(run(...files).out).servers).toEqual([1, 2, 3]);
  });

  it.each([
    ['a missing file', [join(REAL, 'nope.log')], /nope\.log: no such file$/],
    ['a directory', [REAL], /logs: cannot be read \(a directory, not a file\)$/],
    [
      'a syslog',
      [join(SAMPLES, 'foreign/syslog.log')],
      /syslog\.log: not a ZooKeeper log: no line in a ZooKeeper/,
    ],
    [
      'JSON, even named .log-like',
      [join(SAMPLES, 'foreign/events.json')],
      /events\.json: not a ZooKeeper log/,
    ],
    [
      'a look-alike log of another program',
      [join(SAMPLES, 'foreign/hadoop-namenode.log')],
      /none is ZooKeeper's/,
    ],
    ['a gzipped log', [join(SAMPLES, 'foreign/zookeeper.log.gz')], /binary data/],
    ['an empty file', [join(SAMPLES, 'foreign/empty.log')], /the file is empty/],
    ['no files', [], /^logs: no log files given/],
    ['an unknown option', ['--follow', cold[0]!], /^logs: unknown option --follow/],
    ['a bad --sid', ['--sid', 'x.log=a', cold[0]!], /--sid expects FILE=N/],
    [
      'a --clock-offset beyond a day',
      ['--clock-offset', `${cold[0]}=86400001`, cold[0]!],
      /from -86400000 to 86400000/,
    ],
    [
      'an option naming a file not given',
      ['--sid', 'other.log=2', cold[0]!],
      /other\.log is named in an option but not given/,
    ],
    [
      'the same file twice',
      [cold[0]!, join(REAL, 'cold-start-3', '.', 'server1.log')],
      /the same file as .*server1\.log, given twice$/,
    ],
  ])('exits 2 with one line for %s', (_name, argv, message) => {
    expect(unusable(...argv)).toMatch(message);
  });

  it('names the file and the evidence when a file names two servers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zabscope-logs-'));
    const merged = join(dir, 'zookeeper.log');
    writeFileSync(merged, cold.map((f) => readFileSync(f, 'utf8')).join(''));
    expect(unusable(merged)).toMatch(
      /zookeeper\.log: names more than one server id \(Starting quorum peer: 1 \(line \d+\); .*\); say which with --sid/,
    );
  });

  it('takes at most the documented number of files', () => {
    expect(parseLogsArgs(Array.from({ length: 101 }, (_, i) => `f${i}.log`))).toEqual({
      ok: false,
      error: 'more than 100 files given',
    });
  });

  it('prints its usage with --help', () => {
    const r = run('--help');
    expect([r.code, r.out.startsWith('Usage: npm run --silent logs -- FILE...')]).toEqual([
      EXIT_OK,
      true,
    ]);
  });
});

describe('the entry point', () => {
  const node = (...argv: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/logs.ts'), ...argv], {
      encoding: 'utf8',
      cwd: ROOT,
    });

  it('exits 0 with the JSON on stdout', () => {
    const r = node(...cold);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout).elections[0].leader).toBe(3);
  });

  it('exits 2 with one line on stderr', () => {
    const r = node(join(SAMPLES, 'foreign/kafka-server.log'));
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^logs: .*kafka-server\.log: not a ZooKeeper log/),
    ]);
  });
});
