/**
 * `npm run --silent logs -- FILE... [--sid FILE=N] [--clock-offset FILE=MS] [--events]`: reads
 * the logs of 1 to N ZooKeeper servers with the pure parser of src/logs and prints the timeline
 * as one JSON object on stdout: servers, elections, sessions, files, unparsedLines (and every
 * event with --events). Unusable input (a missing file, a file that is not a ZooKeeper log, an id
 * it cannot tell) is one line on stderr and exit status 2. See docs/LOGS.md.
 */
import { statSync } from 'node:fs';
import {
  LOG_FILE_BYTES_MAX,
  LOG_FILES_MAX,
  buildTimeline,
  describeLogError,
  parseLogFile,
  type LogError,
  type ParsedLog,
  type Timeline,
} from '../logs/index';
import { readBounded, sameFile, TooLargeError } from './files';
import { isEntryPoint } from './entryPoint';

export const EXIT_OK = 0;
export const EXIT_UNUSABLE = 2;

export const USAGE = `Usage: npm run --silent logs -- FILE... [options]

Reads the logs of the servers of one ZooKeeper ensemble (3.4 to 3.9, log4j or logback layout) and
prints their timeline as JSON: servers, elections (endedAt, leader, epoch, followers, tookMs),
sessions, files and unparsedLines.

Options:
  --sid FILE=N           FILE was written by server N (when its content does not say)
  --clock-offset FILE=MS add MS milliseconds (may be negative) to FILE's times
  --events               also print every parsed event
  -h, --help             show this help

Exit status: 0 the timeline was printed; 2 unusable input (one line on stderr).`;

/** The bound on --clock-offset: a day either way. */
export const CLOCK_OFFSET_MS_MAX = 86_400_000;
/** The largest sid --sid takes (ZooKeeper's myid is a long; a JSON number must stay exact). */
const SID_MAX = 999_999_999;

export interface LogsArgs {
  files: string[];
  sids: Map<string, number>;
  offsets: Map<string, number>;
  events: boolean;
}

export type LogsArgsResult =
  | { ok: true; help: true }
  | { ok: true; help: false; args: LogsArgs }
  | { ok: false; error: string };

function assignment(
  flag: string,
  value: string | undefined,
  min: number,
  max: number,
): [string, number] | string {
  const m = value === undefined ? null : /^(.+)=(-?\d+)$/.exec(value);
  if (!m) return `${flag} expects FILE=N, got ${JSON.stringify(value ?? '')}`;
  const n = Number(m[2]);
  if (!Number.isSafeInteger(n) || n < min || n > max)
    return `${flag} ${m[1]}: expected an integer from ${min} to ${max}, got ${m[2]}`;
  return [m[1]!, n];
}

export function parseLogsArgs(argv: readonly string[]): LogsArgsResult {
  if (argv.some((a) => a === '-h' || a === '--help')) return { ok: true, help: true };
  const args: LogsArgs = { files: [], sids: new Map(), offsets: new Map(), events: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--events') args.events = true;
    else if (arg === '--sid' || arg === '--clock-offset') {
      const isSid = arg === '--sid';
      const parsed = isSid
        ? assignment(arg, argv[++i], 0, SID_MAX)
        : assignment(arg, argv[++i], -CLOCK_OFFSET_MS_MAX, CLOCK_OFFSET_MS_MAX);
      if (typeof parsed === 'string') return { ok: false, error: parsed };
      (isSid ? args.sids : args.offsets).set(parsed[0], parsed[1]);
    } else if (arg.startsWith('-') && arg !== '-')
      return { ok: false, error: `unknown option ${arg} (see --help)` };
    else args.files.push(arg);
  }
  if (args.files.length === 0)
    return { ok: false, error: describeLogError({ code: 'input.no-files', file: null }) };
  if (args.files.length > LOG_FILES_MAX)
    return {
      ok: false,
      error: describeLogError({ code: 'input.too-many-files', file: null, limit: LOG_FILES_MAX }),
    };
  for (const key of [...args.sids.keys(), ...args.offsets.keys()])
    if (!args.files.includes(key))
      return { ok: false, error: `${key} is named in an option but not given as a FILE` };
  return { ok: true, help: false, args };
}

export interface LogsIo {
  /** The file's text, or a refusal (missing, unreadable, too large). */
  read(path: string): string | LogError;
  /** Whether two names are one file (the same file given twice would double every event). */
  same(a: string, b: string): boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** What is printed: the timeline without the internal numbers (ms since 1970 of unzoned times). */
function report(t: Timeline, withEvents: boolean): Record<string, unknown> {
  return {
    servers: t.servers,
    elections: t.elections.map(({ endedAtMs: _ms, ...e }) => e),
    sessions: t.sessions,
    files: t.files,
    unparsedLines: t.unparsedLines,
    ...(withEvents ? { events: t.events } : {}),
  };
}

export function main(argv: readonly string[], io: LogsIo): number {
  const parsed = parseLogsArgs(argv);
  if (!parsed.ok) {
    io.stderr(`logs: ${parsed.error}\n`);
    return EXIT_UNUSABLE;
  }
  if (parsed.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  const { files, sids, offsets, events } = parsed.args;
  const logs: ParsedLog[] = [];
  for (const [i, file] of files.entries()) {
    const twin = files.slice(0, i).find((other) => io.same(other, file));
    if (twin !== undefined) {
      io.stderr(`logs: ${file}: the same file as ${twin}, given twice\n`);
      return EXIT_UNUSABLE;
    }
    const text = io.read(file);
    const result =
      typeof text === 'string' ? parseLogFile(file, text, { sid: sids.get(file) }) : null;
    const error = typeof text === 'string' ? (result?.ok ? null : result!.error) : text;
    if (error) {
      io.stderr(`logs: ${describeLogError(error)}\n`);
      return EXIT_UNUSABLE;
    }
    if (result?.ok) logs.push(result.log);
  }
  const timeline = buildTimeline(logs, { clockOffsetMs: Object.fromEntries(offsets) });
  io.stdout(`${JSON.stringify(report(timeline, events), null, 2)}\n`);
  return EXIT_OK;
}

function readFile(path: string): string | LogError {
  try {
    if (statSync(path).isDirectory())
      return { code: 'file.unreadable', file: path, reason: 'a directory, not a file' };
    return readBounded(path, LOG_FILE_BYTES_MAX);
  } catch (e) {
    if (e instanceof TooLargeError)
      return { code: 'file.too-large', file: path, limit: LOG_FILE_BYTES_MAX };
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') return { code: 'file.missing', file: path };
    return { code: 'file.unreadable', file: path, reason: code ?? String(e) };
  }
}

export function realIo(): LogsIo {
  return {
    read: readFile,
    same: sameFile,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}

if (isEntryPoint(import.meta.url)) {
  // exitCode rather than process.exit(): a large timeline on a pipe must be flushed first.
  process.exitCode = main(process.argv.slice(2), realIo());
}
