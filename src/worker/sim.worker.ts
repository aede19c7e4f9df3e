/// <reference lib="webworker" />
/**
 * The simulation worker: a thin adapter from protocol messages to a SimSession and back to frames
 * (DESIGN.md sections 2 and 7). It keeps no timer of its own: the UI asks for a frame per
 * animation tick with its display time, and the worker answers each request with one frame, so
 * frames are batched by construction (never one per simulated event).
 *
 * Requests that may take long (opening a run at a distant event, seeking far ahead, the next
 * change) run as jobs (jobRunner.ts): a slice at a time, with progress, cancellable. While one
 * runs, a newer seek or load replaces it; anything else waits its turn in order.
 */
import { assertNever } from '../sim/index';
import {
  receive,
  versioned,
  type FromWorkerBody,
  type ToWorkerBody,
  type ViewParams,
} from '../protocol/messages';
import { JobRunner } from './jobRunner';
import { forkScenario } from './replay/fork';
import { projectReplayFrame } from './replay/projectReplay';
import { ReplaySource } from './replay/replaySource';
import { SimSession } from './session';
import { DEFAULT_PRESET_ID, PRESETS } from './simApi';
import type { Work } from './work';

declare const self: DedicatedWorkerGlobalScope;

const clock = () => performance.now();
let session: SimSession | null = null;
/** A replay of real logs, while one is open: requests that move in time go to it instead. */
let replay: ReplaySource | null = null;
/** Live mode's replay (docs/LIVE.md), kept while the page lives: a fork or a load only hides it. */
let live: ReplaySource | null = null;
/** The display time of the last frame sent: where a cancelled seek goes back to. */
let shownMs = 0;
/** The view of the latest request, for frames that answer a cancel. */
let lastView: ViewParams = { inspect: null, filter: { sids: [], cats: [] }, dropWindowMs: 20 };
const waiting: ToWorkerBody[] = [];

function post(body: FromWorkerBody): void {
  self.postMessage(versioned(body));
}

function frame(seq: number, displayMs: number, view: ViewParams): void {
  const f = replay
    ? projectReplayFrame(replay, seq, displayMs, view)
    : session?.frame(seq, displayMs, view);
  if (!f) return;
  shownMs = f.displayMs;
  post({ type: 'frame', frame: f });
}

function fail(e: unknown): void {
  post({ type: 'error', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
}

function now(): number {
  if (replay) return replay.nowMs();
  return session ? session.tl.sim.nowMs : 0;
}

// A message posted to ourselves runs after the messages already queued (a cancel, a newer seek),
// without the 4 ms clamp of nested setTimeout.
const channel = new MessageChannel();
const scheduled: (() => void)[] = [];
channel.port1.onmessage = () => {
  try {
    scheduled.shift()?.();
  } catch (e) {
    fail(e);
  }
};
const jobs = new JobRunner({
  schedule: (fn) => {
    scheduled.push(fn);
    channel.port2.postMessage(null);
  },
  clock,
  progress: (seq, kind, p, elapsedMs) =>
    post({ type: 'progress', seq, kind, ...p, elapsedMs: Math.round(elapsedMs) }),
  idle: () => {
    while (waiting.length > 0 && !jobs.busy) handle(waiting.shift() as ToWorkerBody);
  },
});

const ABSOLUTE = new Set<ToWorkerBody['type']>(['seek', 'seekTime', 'findTargets']);

/** Routes a message now, or queues it behind the running job (see the file comment). */
function receiveMessage(m: ToWorkerBody): void {
  if (m.type === 'cancel') {
    jobs.cancel(m.seq);
    return;
  }
  if (m.type === 'load') {
    waiting.length = 0;
    jobs.abort();
  } else if (jobs.busy) {
    const replaces = ABSOLUTE.has(m.type) && waiting.length === 0 && jobs.kind === 'seek';
    if (!replaces) return void waiting.push(m);
    jobs.abort();
  }
  handle(m);
}

function handle(m: ToWorkerBody): void {
  switch (m.type) {
    case 'hello':
      return post({
        type: 'ready',
        presets: PRESETS.map((p) => ({
          id: p.id,
          title: p.title,
          description: p.description,
          reference: p.reference,
          scenario: p.scenario,
        })),
        defaultPresetId: DEFAULT_PRESET_ID,
      });
    case 'load':
      return jobs.start({
        seq: m.seq,
        kind: 'load',
        work: SimSession.loadWork(m.scenario, m.commands, m.at, clock),
        done: (result) => {
          if (!result.ok)
            return post({
              type: 'loadError',
              seq: m.seq,
              source: m.source,
              message: result.error,
              field: result.field,
            });
          session = result.session;
          replay = null;
          const s = session;
          post({
            type: 'loaded',
            seq: m.seq,
            source: m.source,
            scenario: s.scenario,
            info: s.info,
          });
          post({ type: 'session', commands: s.commands, forkedAt: null });
          frame(m.seq, now(), m.view);
        },
        // The run being opened is dropped; the current one was never touched.
        cancelled: () => post({ type: 'cancelled', seq: m.seq, kind: 'load' }),
      });
    case 'view':
      if (!replay) session?.invalidate();
      return frame(m.seq, m.displayMs, m.view);
    case 'cancel':
      return void jobs.cancel(m.seq);
    case 'openLogs':
    case 'replayClock':
    case 'fork':
      return handleReplayRequest(m);
    case 'liveEvents':
      return handleLive(m);
    default:
      if (replay) return handleReplay(replay, m);
      if (!session) return;
      return handleRun(session, m);
  }
}

/** Opening real logs, moving their clocks, forking them into a scenario (docs/LOGS.md). */
function handleReplayRequest(
  m: Extract<ToWorkerBody, { type: 'openLogs' | 'replayClock' | 'fork' }>,
) {
  switch (m.type) {
    case 'openLogs':
      // Long work: a big log set reports its progress in bytes and can be cancelled; refused or
      // cancelled, the current run (or replay) stays exactly as it was.
      return jobs.start({
        seq: m.seq,
        kind: 'logs',
        work: ReplaySource.openWork(m.files, clock),
        done: (opened) => {
          if (!opened.ok) {
            post({ type: 'logsRefused', seq: m.seq, errors: opened.errors });
            return frame(m.seq, shownMs, m.view);
          }
          replay = opened.source;
          post({ type: 'logsOpened', seq: m.seq, summary: replay.summary() });
          frame(m.seq, 0, m.view);
        },
        cancelled: () => post({ type: 'cancelled', seq: m.seq, kind: 'logs' }),
      });
    case 'replayClock':
      if (!replay) return;
      replay.setOffsets(m.offsets);
      post({ type: 'logsOpened', seq: m.seq, summary: replay.summary() });
      return frame(m.seq, replay.nowMs(), m.view);
    case 'fork': {
      const result = replay ? forkScenario(replay) : null;
      if (!result)
        return post({ type: 'forkRefused', seq: m.seq, refusal: { code: 'fork.no-replay' } });
      if (!result.ok) return post({ type: 'forkRefused', seq: m.seq, refusal: result.refusal });
      const { scenario, notes, config, at, atMs } = result;
      return post({ type: 'forked', seq: m.seq, fork: { scenario, notes, config, at, atMs } });
    }
    default:
      return assertNever(m, 'replay request');
  }
}

/**
 * Live records join the live replay. While it is shown, the summary follows (the scrubber grows),
 * and when the view was at its newest moment it moves to the new newest one; scrubbed back, it
 * stays where the person put it. `show` brings it back after a fork or a load, at its newest.
 */
function handleLive(m: Extract<ToWorkerBody, { type: 'liveEvents' }>): void {
  live ??= ReplaySource.forLive();
  const shown = replay === live;
  const following = !shown || m.show || live.cursor >= live.events.length;
  if (m.events.length > 0) live.appendEvents(m.events);
  if (!shown && !m.show) return;
  replay = live;
  post({ type: 'liveSummary', seq: m.seq, summary: live.summary() });
  if (!following) return;
  live.seek(live.events.length);
  frame(m.seq, live.nowMs(), m.view);
}

/** Requests that move in time, answered by the run or by the replay alike. */
type MovingRequest = Exclude<
  ToWorkerBody,
  {
    type: 'hello' | 'load' | 'view' | 'cancel' | 'openLogs' | 'replayClock' | 'fork' | 'liveEvents';
  }
>;

/** Requests that move through a replay: the same answers as a run's, from the logs. */
function handleReplay(r: ReplaySource, m: MovingRequest): void {
  switch (m.type) {
    case 'advance':
      return frame(m.seq, r.advance(m.displayMs, m.maxEvents), m.view);
    case 'step':
      if (m.mode === 'event') r.stepEvent();
      else r.stepChange();
      return frame(m.seq, r.nowMs(), m.view);
    case 'seek':
      r.seek(m.event);
      return frame(m.seq, r.nowMs(), m.view);
    case 'seekTime':
      return frame(m.seq, r.seekTime(m.ms), m.view);
    case 'findTargets':
      // Lessons run on their own scenarios, never on a replay: no target moment is found here.
      post({ type: 'targets', seq: m.seq, found: m.targets.map(() => null) });
      return frame(m.seq, r.nowMs(), m.view);
    case 'command':
      // The app offers no commands on a replay; one that arrives anyway changes nothing.
      post({
        type: 'refused',
        seq: m.seq,
        message: 'replay: real logs cannot be changed',
        field: null,
      });
      return frame(m.seq, shownMs, m.view);
    default:
      return assertNever(m, 'message to the replay');
  }
}

/** Requests that move through the current run. */
function handleRun(s: SimSession, m: MovingRequest): void {
  switch (m.type) {
    case 'advance':
      return frame(m.seq, s.advance(m.displayMs, m.maxEvents), m.view);
    case 'step':
      if (m.mode === 'event') {
        s.stepEvent();
        return frame(m.seq, now(), m.view);
      }
      return runBack(s, m.seq, 'step', s.stepChangeWork(), () => frame(m.seq, now(), m.view));
    case 'seek':
      s.seek(m.event);
      return frame(m.seq, now(), m.view);
    case 'seekTime':
      return runBack(s, m.seq, 'seek', s.seekTimeWork(m.ms), (ms) => frame(m.seq, ms, m.view));
    case 'findTargets':
      return runBack(s, m.seq, 'seek', s.findTargetsWork(m.from, m.targets), (found) => {
        post({ type: 'targets', seq: m.seq, found });
        const last = [...found].reverse().find((f) => f !== null);
        frame(m.seq, last ? last.ms : now(), m.view);
      });
    case 'command': {
      const result = s.command(m.action, m.displayMs);
      if (!result.ok) {
        post({ type: 'refused', seq: m.seq, message: result.error, field: result.field });
        return frame(m.seq, shownMs, m.view);
      }
      post({
        type: 'session',
        commands: s.commands,
        forkedAt: result.forked ? { event: s.tl.now, ms: result.atMs } : null,
      });
      return frame(m.seq, result.atMs, m.view);
    }
    default:
      return assertNever(m, 'message to the worker');
  }
}

/** Long work in the current run; cancelled, it goes back to where it began. */
function runBack<R>(
  s: SimSession,
  seq: number,
  kind: 'seek' | 'step',
  work: Work<R>,
  done: (result: R) => void,
): void {
  const fromEvent = s.tl.now;
  const fromMs = shownMs;
  jobs.start({
    seq,
    kind,
    work,
    done,
    cancelled: () => {
      s.seek(fromEvent);
      post({ type: 'cancelled', seq, kind });
      frame(seq, fromMs, lastView);
    },
  });
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const received = receive<ToWorkerBody>(event.data);
  if (!received.ok) return post({ type: 'error', message: received.error });
  const m = received.message;
  if ('view' in m) lastView = m.view;
  try {
    receiveMessage(m);
  } catch (e) {
    fail(e);
  }
});
