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

/** Events merged between two yields of `buildTimelineSteps`. */
export const MERGE_STEP = 4096;

export function buildTimeline(logs: readonly ParsedLog[], options: TimelineOptions = {}): Timeline {
  const steps = buildTimelineSteps(logs, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Each file's events, clock-shifted, in time order (a file's own lines are nearly so already). */
function shiftedSorted(log: ParsedLog, offset: number): LogEvent[] {
  const out = log.events.map((e) => (offset === 0 ? e : { ...e, ms: e.ms + offset }));
  return out.sort(compareEvents);
}

/**
 * `buildTimeline` in steps, for the worker to slice (a large log set must show progress and be
 * cancellable while its timeline is built, not only while it is read): it yields the number of
 * events merged so far every MERGE_STEP events, out of the total it was given. The files' events
 * are merged by compareEvents, a total order, so the result is the one a single sort would give.
 */
export function* buildTimelineSteps(
  logs: readonly ParsedLog[],
  options: TimelineOptions = {},
): Generator<number, Timeline, void> {
  const files = canonical(logs);
  const summaries: TimelineFile[] = [];
  const lanes: LogEvent[][] = [];
  for (const log of files) {
    const offset = options.clockOffsetMs?.[log.name] ?? 0;
    lanes.push(shiftedSorted(log, offset));
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
  const total = lanes.reduce((n, l) => n + l.length, 0);
  const events: LogEvent[] = new Array<LogEvent>(total);
  const heads = lanes.map(() => 0);
  for (let n = 0; n < total; n++) {
    // At most LOG_FILES_MAX lanes: a scan of their heads costs less than a heap would.
    let best = -1;
    for (let k = 0; k < lanes.length; k++) {
      const e = (lanes[k] as LogEvent[])[heads[k] as number];
      if (e === undefined) continue;
      if (best < 0) best = k;
      else {
        const b = (lanes[best] as LogEvent[])[heads[best] as number] as LogEvent;
        if (compareEvents(e, b) < 0) best = k;
      }
    }
    events[n] = (lanes[best] as LogEvent[])[heads[best] as number] as LogEvent;
    heads[best] = (heads[best] as number) + 1;
    if ((n + 1) % MERGE_STEP === 0) yield n + 1;
  }
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
