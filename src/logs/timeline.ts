/**
 * The second pure step: the parsed files of an ensemble become one timeline. Events are merged
 * by time, each file's clock shifted by its offset (servers' clocks differ; the offset is a
 * parameter, never guessed), and the order does not depend on the order the files were given.
 * Elections and sessions are then read off the merged events (./elections.ts, ./sessions.ts).
 */
import { buildElections, type Election } from './elections';
import type { LogEvent } from './kinds';
import type { ParsedLog } from './parseLogFile';
import type { SidSource } from './serverId';
import { buildSessions, type SessionSummary } from './sessions';

export interface TimelineOptions {
  /** Milliseconds to add to each file's times, by file name (a file not named gets 0). */
  clockOffsetMs?: Readonly<Record<string, number>>;
}

export interface TimelineFile {
  name: string;
  sid: number;
  sidSource: SidSource;
  version: string | null;
  layout: ParsedLog['layout'];
  clockOffsetMs: number;
  events: number;
  unknownLines: number;
  firstAt: string | null;
  lastAt: string | null;
  /** The sid the file name suggests, when the content named another one (the content won). */
  nameSid: number | null;
}

export interface Timeline {
  /** Every server with a file, ascending. */
  servers: number[];
  files: TimelineFile[];
  /** All events in time order; `ms` is shifted by the file's clock offset, `at` is as printed. */
  events: LogEvent[];
  elections: Election[];
  sessions: SessionSummary[];
  /** Records no rule knew plus lines before the first record, over all files. */
  unparsedLines: number;
}

/** Files in a canonical order (sid, then name), so that the caller's order never matters. */
function canonical(logs: readonly ParsedLog[]): ParsedLog[] {
  return [...logs].sort(
    (a, b) => a.sid - b.sid || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

export function compareEvents(a: LogEvent, b: LogEvent): number {
  if (a.ms !== b.ms) return a.ms - b.ms;
  if (a.sid !== b.sid) return a.sid - b.sid;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line;
}

export function buildTimeline(logs: readonly ParsedLog[], options: TimelineOptions = {}): Timeline {
  const files = canonical(logs);
  const events: LogEvent[] = [];
  const summaries: TimelineFile[] = [];
  for (const log of files) {
    const offset = options.clockOffsetMs?.[log.name] ?? 0;
    for (const e of log.events) events.push(offset === 0 ? e : { ...e, ms: e.ms + offset });
    summaries.push({
      name: log.name,
      sid: log.sid,
      sidSource: log.sidSource,
      version: log.version,
      layout: log.layout,
      clockOffsetMs: offset,
      events: log.events.length,
      unknownLines: log.unknownCount + log.strayLines,
      firstAt: log.events[0]?.at ?? log.unknown[0]?.at ?? null,
      lastAt: log.events[log.events.length - 1]?.at ?? null,
      nameSid: log.nameSid,
    });
  }
  // (ms, sid, file, line) is a total order: the result is the same whatever order came in.
  events.sort(compareEvents);
  const servers = [...new Set(files.map((f) => f.sid))].sort((a, b) => a - b);
  return {
    servers,
    files: summaries,
    events,
    elections: buildElections(events),
    sessions: buildSessions(events),
    unparsedLines: summaries.reduce((n, f) => n + f.unknownLines, 0),
  };
}
