/**
 * One run in the worker: a Timeline (checkpoints, exact seek, fork on a command in the past) plus
 * the indexes the view needs, and the frame projection. The worker entry only routes messages
 * here. Everything is deterministic except the wall clock, which decides only how much one play
 * tick may do before it answers, and where long work (work.ts) pauses to report its progress:
 * long work always reaches its target.
 */
import type { Frame, MarkerView } from '../protocol/frame';
import type { FoundTarget, StepTarget } from '../protocol/lessonTarget';
import type { CommandView, RunInfo, UserAction, ViewParams } from '../protocol/messages';
import { findTargetsWork } from './findTargets';
import { inspectServer } from './inspect';
import { projectClients } from './projectClients';
import { projectCost } from './projectCost';
import { checkAction, checkInput, refusedAt, stampAction, type Refusal } from './loadInput';
import { checkMessageAction } from './messageCommand';
import { LogIndex } from './logIndex';
import { LabProjector } from './projectLab';
import { RingProjector } from './projectRing';
import { plannedAhead, projectMarkers } from './projectMarkers';
import { categoryOf, firstAtOrAfter, inFlight, recentDrops } from './projectMessages';
import { projectSimSpaceTime } from './replay/simSpaceTime';
import { liveTimers, projectServers } from './projectServers';
import { finish, Slicer, type Work } from './work';
import {
  labOf,
  Timeline,
  why,
  ZOOKEEPER_COMMIT_LOG_COUNT,
  type ResolvedScenario,
  type Scenario,
  type TraceEvent,
} from './simApi';

/** Wall-clock milliseconds, for budgets only (performance.now in the worker). */
export type Clock = () => number;

/** Wall-clock ms one play tick may spend; it then answers how far it got. */
export const ADVANCE_BUDGET_MS = 10;
/** Kinds of trace entries that count as "a change" for step-to-next-change. */
const CHANGE_KINDS = new Set(['state', 'action', 'violation', 'log']);

export type LoadResult = { ok: true; session: SimSession } | ({ ok: false } & Refusal);

export class SimSession {
  readonly tl: Timeline;
  private readonly index = new LogIndex();
  private readonly labs = new LabProjector();
  private readonly rings = new RingProjector();
  private frontierMs = 0;
  private generation = 0;
  private lastLogKey = '';
  private lastMarkersKey = '';
  private userKeys = new Set<string>();

  private constructor(
    readonly scenario: Scenario,
    readonly resolved: ResolvedScenario,
    private readonly clock: Clock,
  ) {
    this.tl = new Timeline(resolved, { checkpointEvery: 2000, keepTrace: true });
  }

  /** Validates, builds the timeline, replays the command log and opens at event `at`. */
  static load(
    scenarioJson: unknown,
    commandsJson: unknown,
    at: number | null,
    clock: Clock,
  ): LoadResult {
    return finish(SimSession.loadWork(scenarioJson, commandsJson, at, clock));
  }

  /** `load` as long work: replaying a long command log or reaching a distant event takes time. */
  static *loadWork(
    scenarioJson: unknown,
    commandsJson: unknown,
    at: number | null,
    clock: Clock,
  ): Work<LoadResult> {
    const input = checkInput(scenarioJson, commandsJson);
    if (!input.ok) return input;
    if (at !== null && (!Number.isSafeInteger(at) || at < 0))
      return refusedAt('at', why('atEvent', {}));
    const s = new SimSession(input.scenario, input.resolved, clock);
    const last = input.commands[input.commands.length - 1]?.atEvent ?? 0;
    const total = Math.max(at ?? 0, last);
    const slicer = new Slicer(clock);
    for (let i = 0; i < input.commands.length; i++) {
      const c = input.commands[i] as (typeof input.commands)[number];
      if (!(yield* s.forwardWork(c.atEvent, total, slicer)))
        return refusedAt(`commands[${i}].atEvent`, why('runEnds', { at: s.tl.now }));
      s.tl.command(c.action); // at its recorded time (clamped to before the next event)
    }
    s.noteCommands();
    if (at !== null) {
      if (at <= s.tl.frontier) s.tl.seek(at);
      else if (!(yield* s.forwardWork(at, total, slicer)))
        return refusedAt('at', why('runEnds', { at: s.tl.now }));
    }
    s.noteFrontier();
    return { ok: true, session: s };
  }

  get info(): RunInfo {
    const r = this.resolved;
    return {
      seed: r.seed,
      untilMs: r.untilMs,
      servers: r.ensemble.servers,
      observers: r.ensemble.observers,
      tickTimeMs: r.ensemble.tickTimeMs,
      initLimit: r.ensemble.initLimit,
      syncLimit: r.ensemble.syncLimit,
      delayMsMin: r.network.delayMsMin,
      delayMsMax: r.network.delayMsMax,
      commitLogCount: r.ensemble.commitLogCount,
      commitLogFloor: ZOOKEEPER_COMMIT_LOG_COUNT,
    };
  }

  get commands(): CommandView[] {
    return this.tl.commands.map((c) => ({
      atEvent: c.atEvent,
      action: c.action as CommandView['action'],
    }));
  }

  /** Steps forward (within untilMs) until event n; false if the run ends first. */
  private *forwardWork(n: number, total: number, slicer: Slicer): Work<boolean> {
    if (n <= this.tl.frontier && n >= this.tl.now) this.tl.seek(n);
    while (this.tl.now < n && this.tl.step()) {
      if (slicer.tick()) {
        this.noteFrontier();
        yield { unit: 'events', done: this.tl.now, total };
        slicer.reset();
      }
    }
    this.noteFrontier();
    return this.tl.now === n;
  }

  private noteFrontier(): void {
    if (this.tl.now >= this.tl.frontier) this.frontierMs = this.tl.sim.nowMs;
  }

  private noteCommands(): void {
    this.userKeys = new Set(this.tl.commands.map((c) => `${c.atEvent}|${c.action.do}`));
    this.generation++;
  }

  /**
   * The time of the next kernel event or scripted entry, or null when none is due by untilMs or
   * the run has spent its event budget (it will process nothing more).
   */
  nextEventMs(): number | null {
    if (this.tl.budgetSpent) return null;
    const t = this.tl.sim.nextDueMs();
    return t > this.resolved.untilMs ? null : t;
  }

  /** Processes every event due by displayMs (at most maxEvents); returns the display time reached. */
  advance(displayMs: number, maxEvents: number | null, budgetMs = ADVANCE_BUDGET_MS): number {
    const limit = Math.min(displayMs, this.resolved.untilMs);
    const t0 = this.clock();
    let n = 0;
    let cut = false;
    while (this.tl.step(limit)) {
      n++;
      if (maxEvents !== null && n >= maxEvents) {
        cut = true;
        break;
      }
      if ((n & 127) === 0 && this.clock() - t0 > budgetMs) {
        cut = true;
        break;
      }
    }
    this.noteFrontier();
    return cut ? this.tl.sim.nowMs : Math.max(limit, this.tl.sim.nowMs);
  }

  stepEvent(): void {
    this.tl.step();
    this.noteFrontier();
  }

  /** Steps until the trace records a state change, a decision, an action or a violation. */
  stepChange(): void {
    finish(this.stepChangeWork());
  }

  /** `stepChange` as long work: after a quiet stretch the next change may be far ahead. */
  *stepChangeWork(): Work<void> {
    const slicer = new Slicer(this.clock);
    for (;;) {
      const before = this.tl.sim.traceCount;
      if (!this.tl.step()) break;
      if (this.changedSince(before)) break;
      if (slicer.tick()) {
        this.noteFrontier();
        yield { unit: 'ms', done: this.tl.sim.nowMs, total: this.resolved.untilMs };
        slicer.reset();
      }
    }
    this.noteFrontier();
  }

  private changedSince(before: number): boolean {
    const trace = this.tl.trace;
    const end = Math.min(this.tl.sim.traceCount, trace.length);
    for (let i = before; i < end; i++)
      if (CHANGE_KINDS.has((trace[i] as TraceEvent).k)) return true;
    return false;
  }

  stepBack(): void {
    if (this.tl.now > 0) this.tl.seek(this.tl.now - 1);
  }

  seek(event: number): void {
    this.tl.seek(Math.max(0, Math.min(event, this.tl.frontier)));
    this.noteFrontier();
  }

  /** Seeks to display time ms: every event at or before it has run (past the frontier too). */
  seekTime(ms: number): number {
    return finish(this.seekTimeWork(ms));
  }

  /** `seekTime` as long work: far past the frontier, the run must be computed up to there. */
  *seekTimeWork(ms: number): Work<number> {
    const target = Math.max(0, Math.min(ms, this.resolved.untilMs));
    if (target < this.frontierMs) {
      const trace = this.tl.trace;
      const k = firstAtOrAfter(trace, trace.length, target + 1) - 1;
      this.tl.seek(k >= 0 ? (trace[k] as TraceEvent).e : 0);
      // The trace holds only what a learner may want explained (no lab request is in it), so its
      // last entry before the target can be far behind it: replay the explored events up to it.
    } else if (this.tl.now < this.tl.frontier) this.tl.seek(this.tl.frontier);
    const slicer = new Slicer(this.clock);
    while (this.tl.step(target)) {
      if (slicer.tick()) {
        this.noteFrontier();
        yield { unit: 'ms', done: this.tl.sim.nowMs, total: target };
        slicer.reset();
      }
    }
    this.noteFrontier();
    return Math.max(target, this.tl.sim.nowMs);
  }

  /** A lesson's target moments after `from` (findTargets.ts), as long work. */
  findTargetsWork(from: FoundTarget, targets: readonly StepTarget[]): Work<(FoundTarget | null)[]> {
    const start = { ...from, event: Math.max(0, Math.min(from.event, this.tl.frontier)) };
    const note = () => this.noteFrontier();
    return findTargetsWork(this.tl, start, targets, this.resolved.untilMs, this.clock, note);
  }

  /**
   * Applies a user action at the displayed time, exactly: events due by then run first (the page
   * may show a moment the last play tick had not reached yet), and the action is stamped with
   * that time (the timeline keeps it before the next event). Reports whether it rewrote the
   * future, or why it was refused.
   */
  command(
    action: UserAction,
    displayMs?: number,
  ): { ok: true; forked: boolean; atMs: number } | ({ ok: false } & Refusal) {
    const display = displayMs === undefined ? null : Math.round(displayMs);
    if (display !== null && display > this.tl.sim.nowMs) {
      const next = this.nextEventMs();
      if (next !== null && next <= display) this.advance(display, null, Infinity);
    }
    const w = this.tl.sim.view;
    const stamped = stampAction(action, Math.max(w.nowMs, display ?? w.nowMs));
    const earlier = this.tl.commands.filter((c) => c.atEvent <= this.tl.now).map((c) => c.action);
    const problem =
      checkAction(this.scenario, stamped, earlier) ?? checkMessageAction(this.tl.sim, stamped);
    if (problem) return { ok: false, ...problem };
    const before = w.traceCount;
    const forked = this.tl.command(stamped);
    if (forked) this.index.truncate(before);
    this.noteCommands();
    this.noteFrontier();
    return { ok: true, forked, atMs: this.tl.sim.nowMs };
  }

  /** The frame at display time displayMs (clamped between now and the next event). */
  frame(seq: number, displayMs: number, view: ViewParams): Frame {
    const tl = this.tl;
    const w = tl.sim.view;
    this.index.sync(tl.trace);
    const end = Math.min(w.traceCount, tl.trace.length);
    const next = this.nextEventMs();
    const budget = tl.budgetSpent;
    const endMs = budget ? budget.atMs : this.resolved.untilMs;
    const upper = Math.min(next ?? endMs, endMs);
    const d = Math.max(w.nowMs, Math.min(displayMs, Math.max(upper, w.nowMs)));
    const timers = liveTimers(tl.sim);
    const v = this.index.firstViolation(tl.trace, end);
    const ve = v >= 0 ? (tl.trace[v] as Extract<TraceEvent, { k: 'violation' }>) : null;
    return {
      seq,
      event: tl.now,
      frontier: tl.frontier,
      frontierMs: this.frontierMs,
      nowMs: w.nowMs,
      displayMs: d,
      nextEventMs: next,
      untilMs: this.resolved.untilMs,
      endMs,
      stop: budget ? { code: budget.code, events: budget.events } : null,
      ended: next === null,
      servers: projectServers(tl.sim, timers),
      messages: inFlight(tl.sim),
      drops: recentDrops(w, tl.trace, end, d, view.dropWindowMs),
      partition: w.net.groups ? w.net.groups.map((g) => g.slice()) : null,
      violations: {
        count: w.violations.length,
        first: ve ? { e: ve.e, t: ve.t, invariant: ve.invariant, params: ve.p ?? null } : null,
      },
      log: this.logIfChanged(end, view),
      markers: this.markersIfChanged(),
      inspector:
        view.inspect === null
          ? null
          : inspectServer(tl.sim, view.inspect, timers.get(view.inspect) ?? []),
      lab: this.rings.attach(
        this.labs.project(labOf(w), this.resolved.balancer?.service ?? '', this.generation, w),
        labOf(w),
        this.resolved.balancer,
        this.generation,
      ),
      spacetime: view.spacetimeMs
        ? projectSimSpaceTime(
            {
              trace: tl.trace,
              end,
              sids: w.servers.map((r) => r.sid),
              markers: this.index.markers,
              category: (label) => categoryOf(label),
            },
            d,
            view.spacetimeMs,
          )
        : null,
      clients: projectClients(this.tl.sim, view.treeSid ?? null),
      cost: projectCost(w),
    };
  }

  private logIfChanged(end: number, view: ViewParams) {
    const key = `${this.generation}|${view.filter.sids.join(',')}|${view.filter.cats.join(',')}|${this.index.countBefore(end)}`;
    if (key === this.lastLogKey) return null;
    this.lastLogKey = key;
    return this.index.tail(this.tl.trace, end, view.filter, (ev) => this.isUser(ev));
  }

  private isUser(ev: TraceEvent): boolean {
    return ev.k === 'action' && this.userKeys.has(`${ev.e}|${ev.data.do}`);
  }

  private markersIfChanged(): MarkerView[] | null {
    const ahead = plannedAhead(this.resolved, this.frontierMs);
    const key = `${this.generation}|${this.index.markers.length}|${ahead.planned.length}|${ahead.lab.length}`;
    if (key === this.lastMarkersKey) return null;
    this.lastMarkersKey = key;
    return projectMarkers(this.index.markers, this.tl.trace, ahead, (ev) => this.isUser(ev));
  }

  /** Forces the next frame to carry the log, markers and charts (a new view subscribed). */
  invalidate(): void {
    this.lastLogKey = '';
    this.lastMarkersKey = '';
    this.labs.invalidate();
    this.rings.invalidate();
  }
}
