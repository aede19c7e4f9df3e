/**
 * The first pure step: one file's text becomes one server's typed events. The file is refused,
 * as a code, when it cannot be a ZooKeeper log (empty, binary, too large, no line in any
 * ZooKeeper layout, or lines in the layout but nothing of ZooKeeper's) or when its server id is
 * unknown or contradicts itself. Lines no rule knows are kept and counted, never fatal.
 */
import type { LogError, LogEvent } from './kinds';
import type { LogRecord } from './layout';
import { matchRecord, newMatchContext } from './messages';
import { splitRecords } from './records';
import { collectClues, decideSid, type SidSource } from './serverId';

/** The bound on one file, 50 MiB (a day of INFO logging of a busy server is well under it). */
export const LOG_FILE_BYTES_MAX = 50 * 1024 * 1024;
/** Unknown lines kept per file with their text; more are only counted. */
export const UNKNOWN_KEPT_MAX = 10_000;

export interface UnknownLine {
  line: number;
  at: string;
  level: string;
  className: string | null;
  message: string;
}

export interface ParsedLog {
  name: string;
  sid: number;
  sidSource: SidSource;
  /** The ZooKeeper version, when the log has the environment dump. */
  version: string | null;
  /**
   * Whether lines carry ZooKeeper's `[myid:N]` MDC (its own log4j/logback layouts) or not
   * (Debian's).
   */
  layout: 'myid-mdc' | 'no-mdc';
  events: LogEvent[];
  /** Records no rule knows (the first UNKNOWN_KEPT_MAX of them) and how many there were. */
  unknown: UnknownLine[];
  unknownCount: number;
  strayLines: number;
  continuationLines: number;
  totalLines: number;
  /** When the file name names another sid than the content (the content wins). */
  nameSid: number | null;
}

export type ParseResult = { ok: true; log: ParsedLog } | { ok: false; error: LogError };

/** Classes whose name alone says the line is ZooKeeper's (the `%C{1}` of the layout). */
const ZOOKEEPER_CLASSES = new Set([
  'QuorumPeer',
  'QuorumPeerMain',
  'QuorumPeerConfig',
  'FastLeaderElection',
  'QuorumCnxManager',
  'Leader',
  'Follower',
  'Observer',
  'Learner',
  'LearnerHandler',
  'ZooKeeperServer',
  'ZooKeeperServerMain',
  'NIOServerCnxn',
  'NIOServerCnxnFactory',
  'NettyServerCnxnFactory',
  'ServerCnxnFactory',
  'SessionTrackerImpl',
  'FileTxnSnapLog',
  'ZKDatabase',
  'Environment',
]);

function looksLikeZooKeeper(rec: LogRecord): boolean {
  const base = rec.className?.split('$')[0] ?? '';
  return (
    typeof rec.myid === 'number' ||
    ZOOKEEPER_CLASSES.has(base) ||
    /zookeeper/i.test(rec.message) ||
    /zookeeper|QuorumPeer/i.test(rec.thread)
  );
}

/** NUL bytes, or many undecodable characters, in the first 64 KiB. */
function isBinary(text: string): boolean {
  const head = text.slice(0, 65_536);
  if (head.includes('\u0000')) return true;
  let bad = 0;
  for (const ch of head) if (ch === '\uFFFD') bad++;
  return bad > head.length / 100;
}

/** Records matched between two yields of parseLogFileSteps: a few milliseconds of work. */
export const PARSE_YIELD_RECORDS = 4096;

/** Parses a file at once (the CLI, tests). */
export function parseLogFile(
  name: string,
  text: string,
  options: { sid?: number } = {},
): ParseResult {
  const steps = parseLogFileSteps(name, text, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same parse as steps, so that the app's worker can report progress on a big file and stop
 * when the person cancels: it yields the share of the file's records matched so far (0 to 1)
 * every PARSE_YIELD_RECORDS records, and returns the result.
 */
export function* parseLogFileSteps(
  name: string,
  text: string,
  options: { sid?: number } = {},
): Generator<number, ParseResult, void> {
  const refuse = (code: LogError['code'], extra: Partial<LogError> = {}): ParseResult => ({
    ok: false,
    error: { code, file: name, ...extra },
  });
  if (text.length > LOG_FILE_BYTES_MAX)
    return refuse('file.too-large', { limit: LOG_FILE_BYTES_MAX });
  if (text.trim() === '') return refuse('file.empty');
  if (isBinary(text)) return refuse('file.binary');
  const split = splitRecords(text);
  if (split.records.length === 0) return refuse('file.not-zookeeper', { reason: 'no-layout' });
  if (!split.records.some(looksLikeZooKeeper))
    return refuse('file.not-zookeeper', { reason: 'no-zookeeper-line' });
  const decision = decideSid(name, collectClues(split.records), options.sid);
  if (!decision.ok)
    return decision.code === 'file.sid-conflict'
      ? refuse(decision.code, { evidence: decision.evidence })
      : refuse(decision.code);
  const ctx = newMatchContext();
  const events: LogEvent[] = [];
  const unknown: UnknownLine[] = [];
  let unknownCount = 0;
  let version: string | null = null;
  const records = split.records;
  for (let i = 0; i < records.length; i++) {
    if (i > 0 && i % PARSE_YIELD_RECORDS === 0) yield i / records.length;
    const rec = records[i]!;
    const extracted = matchRecord(rec, ctx);
    if (extracted === null) {
      unknownCount++;
      if (unknown.length < UNKNOWN_KEPT_MAX)
        unknown.push({
          line: rec.line,
          at: rec.at,
          level: rec.level,
          className: rec.className,
          message: rec.message,
        });
      continue;
    }
    if (extracted.code === 'server.version') version ??= extracted.params.version;
    events.push({
      ...extracted,
      at: rec.at,
      ms: rec.ms,
      sid: decision.sid,
      file: name,
      line: rec.line,
    });
  }
  return {
    ok: true,
    log: {
      name,
      sid: decision.sid,
      sidSource: decision.source,
      version,
      layout: split.records.some((r) => r.myid !== undefined) ? 'myid-mdc' : 'no-mdc',
      events,
      unknown,
      unknownCount,
      strayLines: split.strayLines,
      continuationLines: split.continuationLines,
      totalLines: split.totalLines,
      nameSid: decision.nameDisagrees,
    },
  };
}
