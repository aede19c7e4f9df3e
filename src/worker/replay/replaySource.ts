/**
 * A replay of real ZooKeeper logs: the worker's second source of frames beside SimSession. Its
 * input is an append-only list of parsed logs (src/logs), so a live stream of the same records
 * (issue 18, part 5) can feed it by calling `append`; it never reads a file itself. A cursor walks
 * the merged, clock-shifted events the way SimSession walks kernel events, and every request
 * (advance, step, seek, seekTime) is answered with the same Frame type (projectReplay.ts), so
 * every panel works unchanged (docs/LOGS.md, "Replay in the app").
 */
import {
  CLOCK_OFFSET_MAX_MS,
  type ReplayFileInput,
  type ReplaySummary,
} from '../../protocol/replay';
import {
  buildTimelineSteps,
  LOG_FILES_MAX,
  parseLogFileSteps,
  type LogError,
  type LogEvent,
  type ParsedLog,
  type Timeline,
} from '../../logs/index';
import { SLICE_MS, type Work } from '../work';
import { applyEvent, cloneEnsemble, emptyServer, type RealEnsemble } from './realState';

/** How often (in events) the fold keeps a copy, so seeking back never refolds everything. */
const CHECKPOINT_EVERY = 500;

export type { ReplayFileInput, ReplaySummary };

export type OpenResult = { ok: true; source: ReplaySource } | { ok: false; errors: LogError[] };

/** Sids other servers' lines name: senders of Notifications, learners, quorum members, peers. */
function mentionedSids(events: readonly LogEvent[]): Set<number> {
  const out = new Set<number>();
  for (const e of events) {
    if (e.code === 'fle.notification.received') out.add(e.params.from);
    else if (e.code === 'leader.learner' || e.code === 'leader.sync') out.add(e.params.sid);
    else if (e.code === 'leader.quorum') for (const s of e.params.sids) out.add(s);
  }
  return out;
}

/**
 * A log made of streamed records: the bridge names each server itself (so the sid is explicit) and
 * sends only the records a rule knows, so unknown lines are not counted here.
 */
function streamedLog(name: string, sid: number): ParsedLog {
  return {
    name,
    sid,
    sidSource: 'explicit',
    version: null,
    layout: 'no-mdc',
    events: [],
    unknown: [],
    unknownCount: 0,
    strayLines: 0,
    continuationLines: 0,
    totalLines: 0,
    nameSid: null,
  };
}

export class ReplaySource {
  private logs: ParsedLog[] = [];
  private offsets = new Map<number, number>();
  timeline!: Timeline;
  /** Epoch ms of display time 0 (the first event, after clock offsets). */
  t0 = 0;
  /** Events processed: the replay's event index. */
  cursor = 0;
  private checkpoints: RealEnsemble[] = [];
  private state: RealEnsemble = new Map();
  private stateAt = 0;
  /** Bumped whenever the timeline is rebuilt, so the frame resends log and markers. */
  generation = 0;
  /** Live mode's source: fed by a running ensemble's records, never by files. */
  live = false;

  /** An empty source for live mode (docs/LIVE.md); `appendEvents` feeds it. */
  static forLive(): ReplaySource {
    const source = new ReplaySource();
    source.live = true;
    source.append([]);
    return source;
  }

  /** Parses every file; any refusal refuses the whole set, so nothing half-opens. */
  static open(files: readonly ReplayFileInput[]): OpenResult {
    const work = ReplaySource.openWork(files, () => 0);
    for (;;) {
      const r = work.next();
      if (r.done) return r.value;
    }
  }

  /**
   * `open` as long work (work.ts): it yields every SLICE_MS of wall-clock time with the bytes
   * (characters) read so far of all files, so the worker shows progress and a cancel lands
   * between two slices. With a clock that never moves it never yields.
   */
  static *openWork(files: readonly ReplayFileInput[], clock: () => number): Work<OpenResult> {
    if (files.length === 0) return { ok: false, errors: [{ code: 'input.no-files', file: null }] };
    if (files.length > LOG_FILES_MAX)
      return {
        ok: false,
        errors: [{ code: 'input.too-many-files', file: null, limit: LOG_FILES_MAX }],
      };
    const parsed: ParsedLog[] = [];
    const errors: LogError[] = [];
    const total = files.reduce((n, f) => n + f.text.length, 0);
    let before = 0;
    let t0 = clock();
    for (const f of files) {
      const steps = parseLogFileSteps(f.name, f.text, f.sid === null ? {} : { sid: f.sid });
      for (;;) {
        const r = steps.next();
        if (r.done) {
          if (r.value.ok) parsed.push(r.value.log);
          else errors.push(r.value.error);
          break;
        }
        if (clock() - t0 > SLICE_MS) {
          yield { unit: 'bytes', done: before + Math.floor(r.value * f.text.length), total };
          t0 = clock();
        }
      }
      before += f.text.length;
    }
    if (errors.length > 0) return { ok: false, errors };
    // Building the timeline of a large set takes long too: sliced the same way, in events merged.
    const source = new ReplaySource();
    source.logs.push(...parsed);
    const build = source.rebuildSteps();
    t0 = clock();
    for (;;) {
      const r = build.next();
      if (r.done) break;
      if (clock() - t0 > SLICE_MS) {
        yield { unit: 'events', done: r.value.done, total: r.value.total };
        t0 = clock();
      }
    }
    return { ok: true, source };
  }

  /** More parsed logs (a later file, or a live stream's new records): the timeline is rebuilt. */
  append(logs: readonly ParsedLog[]): void {
    this.logs.push(...logs);
    this.rebuild();
  }

  /**
   * Records a live bridge parsed from the servers' logs (src/cli/live/logTail.ts, the same rules
   * as a file): each joins its file's log, made on its first record, and the timeline is rebuilt.
   * Whether the cursor was at the end (following the newest moment) is the caller's to keep.
   */
  appendEvents(events: readonly LogEvent[]): void {
    for (const e of events) {
      let log = this.logs.find((l) => l.sid === e.sid && l.name === e.file);
      if (!log) {
        log = streamedLog(e.file, e.sid);
        this.logs.push(log);
      }
      log.events.push(e);
    }
    this.rebuild();
  }

  /** Each server's clock offset (ms added to its lines); the cursor keeps its display time. */
  setOffsets(offsets: Readonly<Record<number, number>>): void {
    const keepMs = this.nowMs();
    // The dialog checks the bound; a value beyond it (or not a number) keeps the old offset.
    const next = new Map(this.offsets);
    for (const [sid, ms] of Object.entries(offsets))
      if (Number.isInteger(ms) && Math.abs(ms) <= CLOCK_OFFSET_MAX_MS) next.set(Number(sid), ms);
    this.offsets = next;
    this.rebuild();
    this.seekTime(keepMs);
  }

  private rebuild(): void {
    const steps = this.rebuildSteps();
    while (!steps.next().done);
  }

  /** The timeline built again, yielding the events merged so far (buildTimelineSteps). */
  private *rebuildSteps(): Generator<{ done: number; total: number }, void, void> {
    const byFile: Record<string, number> = {};
    for (const log of this.logs) byFile[log.name] = this.offsets.get(log.sid) ?? 0;
    const total = this.logs.reduce((n, l) => n + l.events.length, 0);
    const steps = buildTimelineSteps(this.logs, { clockOffsetMs: byFile });
    for (;;) {
      const r = steps.next();
      if (r.done) {
        this.timeline = r.value;
        break;
      }
      yield { done: r.value, total };
    }
    this.t0 = this.timeline.events[0]?.ms ?? 0;
    this.checkpoints = [this.initial()];
    this.state = this.initial();
    this.stateAt = 0;
    this.cursor = Math.min(this.cursor, this.timeline.events.length);
    this.generation += 1;
  }

  /** Every server a file belongs to, and those only others name (shown without a log). */
  private initial(): RealEnsemble {
    const e: RealEnsemble = new Map();
    for (const sid of mentionedSids(this.timeline.events)) e.set(sid, emptyServer(sid, false));
    for (const sid of this.timeline.servers) e.set(sid, emptyServer(sid, true));
    return new Map([...e].sort((a, b) => a[0] - b[0]));
  }

  get events(): readonly LogEvent[] {
    return this.timeline.events;
  }

  /** Display time of event i (ms since the first event). */
  timeOf(i: number): number {
    const e = this.timeline.events[i];
    return e ? e.ms - this.t0 : this.endMs();
  }

  endMs(): number {
    const n = this.timeline.events.length;
    return n === 0 ? 0 : (this.timeline.events[n - 1] as LogEvent).ms - this.t0;
  }

  /** Display time of the last processed event (0 before the first). */
  nowMs(): number {
    return this.cursor === 0 ? 0 : this.timeOf(this.cursor - 1);
  }

  /** The ensemble after the first `n` events, from the nearest checkpoint at or before it. */
  ensembleAt(n: number): RealEnsemble {
    const k = Math.min(Math.floor(n / CHECKPOINT_EVERY), this.checkpoints.length - 1);
    if (n < this.stateAt || k * CHECKPOINT_EVERY > this.stateAt) {
      this.state = cloneEnsemble(this.checkpoints[k] as RealEnsemble);
      this.stateAt = k * CHECKPOINT_EVERY;
    }
    while (this.stateAt < n) {
      applyEvent(this.state, this.timeline.events[this.stateAt] as LogEvent);
      this.stateAt += 1;
      if (
        this.stateAt % CHECKPOINT_EVERY === 0 &&
        this.checkpoints.length === this.stateAt / CHECKPOINT_EVERY
      )
        this.checkpoints.push(cloneEnsemble(this.state));
    }
    return this.state;
  }

  seek(event: number): void {
    this.cursor = Math.max(0, Math.min(Math.floor(event), this.timeline.events.length));
  }

  /** Index of the first event at or after epoch ms `epochMs` (events are in time order). */
  indexAt(epochMs: number): number {
    const events = this.timeline.events;
    let lo = 0;
    let hi = events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((events[mid] as LogEvent).ms < epochMs) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Every event at or before display time `ms`. */
  seekTime(ms: number): number {
    this.cursor = this.indexAt(Math.floor(ms + this.t0) + 1);
    return Math.max(ms, this.nowMs());
  }

  /** Play: events due by displayMs (at most maxEvents). Returns the display time to show. */
  advance(displayMs: number, maxEvents: number | null): number {
    const before = this.cursor;
    this.seekTime(displayMs);
    if (this.cursor < before) this.cursor = before;
    if (maxEvents !== null && this.cursor - before > maxEvents) {
      this.cursor = before + maxEvents;
      return this.nowMs();
    }
    return Math.min(Math.max(displayMs, this.nowMs()), this.endMs());
  }

  stepEvent(): void {
    this.seek(this.cursor + 1);
  }

  /** Up to and including the next state change or election: the replay's "Next change". */
  stepChange(): void {
    const events = this.timeline.events;
    for (let i = this.cursor; i < events.length; i++) {
      const code = (events[i] as LogEvent).code;
      if (code === 'state' || code === 'election.took' || code === 'server.started') {
        this.cursor = i + 1;
        return;
      }
    }
    this.cursor = events.length;
  }

  summary(): ReplaySummary {
    const offsets: Record<number, number> = {};
    for (const sid of this.timeline.servers) offsets[sid] = this.offsets.get(sid) ?? 0;
    return {
      servers: this.timeline.servers,
      files: this.timeline.files.map((f) => ({
        name: f.name,
        sid: f.sid,
        version: f.version,
        events: f.events,
        unknownLines: f.unknownLines,
        firstAt: f.firstAt,
        lastAt: f.lastAt,
      })),
      t0Ms: this.t0,
      endMs: this.endMs(),
      elections: this.timeline.elections.length,
      offsets,
      live: this.live,
    };
  }
}
