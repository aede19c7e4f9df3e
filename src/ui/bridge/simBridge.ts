/**
 * The only code that touches `Worker` (DESIGN.md section 7). It starts the simulation worker,
 * stamps outgoing messages with the protocol version, checks the version of incoming ones and
 * writes what the worker reports into the store. Anything unexpected becomes an error status
 * and a console error: it is never silently dropped.
 *
 * Every request carries a sequence number. A request that jumps (seek, step, command, load) makes
 * the frames of older play requests stale: they are ignored, so the view never flashes back.
 * Until a jump's answer arrives the store says the stage is busy, with the worker's progress
 * reports for long ones, which `cancel` stops.
 */
import type { Frame } from '../../protocol/frame';
import type { FoundTarget, StepTarget } from '../../protocol/lessonTarget';
import {
  receive,
  versioned,
  type FromWorkerBody,
  type JobKind,
  type LoadSource,
  type ToWorkerBody,
  type UserAction,
  type ViewParams,
} from '../../protocol/messages';
import type { ForkView, ReplayFileInput } from '../../protocol/replay';
import type { LogEvent } from '../../logs/kinds';
import type { AppStore } from '../store/appStore';
import { startSpeedIndex } from '../player/speeds';
import { createLogThrottle } from './logThrottle';

/** Loads that open a different run start at that run's own speed; the others keep the chosen one. */
const FRESH_SOURCES: readonly LoadSource[] = ['preset', 'url', 'file'];

export interface LoadRequest {
  source: LoadSource;
  scenario: unknown;
  commands: unknown;
  at: number | null;
  /** The preset this scenario came from, if any (for the picker). */
  presetId: string | null;
  /** The preset a custom scenario was made from with the settings dialog, if any. */
  basedOn?: string | null;
}

export interface SimBridge {
  load(request: LoadRequest): void;
  /** Play tick: events due by displayMs. Returns false while an earlier play request is pending. */
  advance(displayMs: number, maxEvents: number | null): boolean;
  step(mode: 'event' | 'change'): void;
  seek(event: number): void;
  seekTime(ms: number): void;
  /** An action at display time displayMs (rounded to whole simulated ms). */
  command(action: UserAction, displayMs: number): void;
  /**
   * A lesson's next target moments after `from` (lessonTarget.ts); `done` gets what was found
   * (not called when a newer jump replaced the search), and a frame at the last one follows.
   */
  findTargets(
    from: FoundTarget,
    targets: StepTarget[],
    done: (found: (FoundTarget | null)[]) => void,
  ): void;
  /** Cancels the long request the stage is busy with, if any. */
  cancel(): void;
  /** A new frame at the current display time, for a changed selection or filter. */
  refresh(): void;
  /** Called with each accepted frame (the player corrects its clock from play frames). */
  onFrame(listener: (frame: Frame, fromPlay: boolean) => void): void;
  /** Replays real logs (docs/LOGS.md); refused files leave everything as it was. */
  openLogs(files: ReplayFileInput[]): void;
  /** The replay's clock offset per server, in ms. */
  replayClock(offsets: Record<number, number>): void;
  /** Asks for a scenario continuing the replay; `onFork` receives it. */
  fork(): void;
  onFork(listener: (fork: ForkView) => void): void;
  /**
   * Live mode (docs/LIVE.md): the bridge's parsed records for the live replay; `show` makes it
   * the one shown. Not a jump: the stage never turns busy for a stream that never stops.
   */
  liveEvents(events: LogEvent[], show: boolean): void;
  dispose(): void;
}

/** How long a dropped message stays visible, in simulated ms, for a given speed. */
export type DropWindow = () => number;

export function createSimBridge(store: AppStore, dropWindowMs: DropWindow): SimBridge {
  // Written inline so that Vite recognises the pattern and bundles the worker.
  const worker = new Worker(new URL('../../worker/sim.worker.ts', import.meta.url), {
    type: 'module',
    name: 'zabscope-sim',
  });
  let disposed = false;
  let seq = 0;
  let minSeq = 0;
  let playPending = false;
  const playSeqs = new Set<number>();
  /** Frames answering a view change: they must not move the display clock. */
  const viewSeqs = new Set<number>();
  const loads = new Map<number, LoadRequest>();
  const searches = new Map<number, (found: (FoundTarget | null)[]) => void>();
  const listeners: ((frame: Frame, fromPlay: boolean) => void)[] = [];
  const forkListeners: ((fork: ForkView) => void)[] = [];
  const logs = createLogThrottle<NonNullable<Frame['log']>>(250, () => performance.now());
  // A pause shows the log held back while playing.
  const unsubscribe = store.subscribe((s, prev) => {
    if (prev.playing && !s.playing) {
      const log = logs.flush();
      if (log && s.frame) s.setFrame({ ...s.frame, log }, s.displayMs);
    }
  });

  const view = (): ViewParams => {
    const s = store.getState();
    return {
      inspect: s.selected,
      filter: s.filter,
      dropWindowMs: dropWindowMs(),
      ...(s.spacetimeMs > 0 ? { spacetimeMs: s.spacetimeMs } : {}),
      treeSid: s.treeSid,
    };
  };
  const send = (body: ToWorkerBody) => {
    if (!disposed) worker.postMessage(versioned(body));
  };
  /** A request that replaces what is shown: older play frames become stale; busy until answered. */
  const jump = (kind: JobKind | 'quick'): number => {
    seq += 1;
    minSeq = seq;
    store.getState().setBusy({ seq, kind, progress: null });
    return seq;
  };
  /** The answer to request `answered` arrived (a frame, a refusal, a cancel): no longer busy. */
  const settle = (answered: number) => {
    const busy = store.getState().busy;
    if (busy && answered >= busy.seq) store.getState().setBusy(null);
  };
  const fail = (message: string) => {
    if (disposed) return;
    console.error(`ZabScope worker: ${message}`);
    store.getState().setWorkerError(message);
    store.getState().setStatus('error');
  };

  const onFrame = (frame: Frame) => {
    const fromPlay = playSeqs.delete(frame.seq);
    const fromView = viewSeqs.delete(frame.seq);
    if (fromPlay) playPending = false;
    if (frame.seq < minSeq) return;
    if (!fromPlay && !fromView) settle(frame.seq);
    const s = store.getState();
    const displayMs = s.displayMs;
    const log = logs.take(frame.log, s.playing);
    if (log !== frame.log) frame = { ...frame, log };
    store
      .getState()
      .setFrame(
        frame,
        fromView ? displayMs : fromPlay ? Math.max(displayMs, frame.displayMs) : frame.displayMs,
      );
    if (fromView) return;
    for (const l of listeners) l(frame, fromPlay);
  };

  const handle = (m: FromWorkerBody) => {
    const s = store.getState();
    switch (m.type) {
      case 'ready':
        s.setPresets(m.presets, m.defaultPresetId);
        return s.setStatus('ready');
      case 'loaded':
        s.setReplay(null);
        if (FRESH_SOURCES.includes(m.source)) s.setSpeedIndex(startSpeedIndex(m.scenario));
        s.setLoaded(
          m.scenario,
          m.info,
          loads.get(m.seq)?.presetId ?? null,
          loads.get(m.seq)?.basedOn ?? null,
        );
        loads.delete(m.seq);
        return;
      case 'loadError':
        loads.delete(m.seq);
        settle(m.seq);
        return s.setNotice({
          kind: 'loadError',
          source: m.source,
          message: m.message,
          field: m.field,
        });
      case 'progress': {
        const busy = s.busy;
        if (!busy || busy.seq !== m.seq) return;
        const { unit, done, total, elapsedMs } = m;
        return s.setBusy({ ...busy, kind: m.kind, progress: { unit, done, total, elapsedMs } });
      }
      case 'cancelled': {
        const source = loads.get(m.seq)?.source ?? null;
        loads.delete(m.seq);
        settle(m.seq);
        return s.setNotice({ kind: 'cancelled', job: m.kind, source });
      }
      case 'frame':
        return onFrame(m.frame);
      case 'session':
        return s.setCommands(m.commands, m.forkedAt);
      case 'targets': {
        const done = searches.get(m.seq);
        searches.delete(m.seq);
        // A newer jump made this search stale: its answer must not move the lesson.
        if (done && m.seq >= minSeq) done(m.found);
        return;
      }
      case 'refused':
        // A refused command is the person's to read (its frame follows).
        return s.setNotice({ kind: 'commandError', message: m.message, field: m.field });
      case 'error':
        // Anything else is a bug worth a console error.
        return fail(m.message);
      case 'logsOpened':
        s.setLogErrors(null);
        s.setFork(null);
        s.setLogsDialogOpen(false);
        return s.setReplay(m.summary);
      case 'logsRefused':
        return s.setLogErrors(m.errors);
      case 'forked':
        for (const l of forkListeners) l(m.fork);
        return;
      case 'forkRefused':
        return s.setForkRefusal(m.refusal);
      case 'liveSummary':
        if (s.replay === null || !s.replay.live) s.setFork(null);
        return s.setReplay(m.summary);
      default: {
        const unexpected: never = m;
        return fail(`unknown message ${JSON.stringify(unexpected)}`);
      }
    }
  };

  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (disposed) return;
    const received = receive<FromWorkerBody>(event.data);
    if (!received.ok) return fail(received.error);
    handle(received.message);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(event.message || 'the worker failed to load or threw');
  });
  worker.addEventListener('messageerror', () => fail('a message could not be deserialized'));
  send({ type: 'hello' });

  return {
    load: (request) => {
      const id = jump('load');
      loads.set(id, request);
      const { scenario, commands, at, source } = request;
      send({ type: 'load', seq: id, source, scenario, commands, at, view: view() });
    },
    advance: (displayMs, maxEvents) => {
      if (playPending) return false;
      playPending = true;
      seq += 1;
      playSeqs.add(seq);
      send({ type: 'advance', seq, displayMs, maxEvents, view: view() });
      return true;
    },
    step: (mode) =>
      send({ type: 'step', seq: jump(mode === 'event' ? 'quick' : 'step'), mode, view: view() }),
    seek: (event) => send({ type: 'seek', seq: jump('quick'), event, view: view() }),
    seekTime: (ms) => send({ type: 'seekTime', seq: jump('seek'), ms, view: view() }),
    command: (action, displayMs) =>
      send({
        type: 'command',
        seq: jump('quick'),
        action,
        displayMs: Math.round(displayMs),
        view: view(),
      }),
    findTargets: (from, targets, done) => {
      const id = jump('seek');
      searches.set(id, done);
      send({ type: 'findTargets', seq: id, from, targets, view: view() });
    },
    cancel: () => {
      const busy = store.getState().busy;
      if (busy) send({ type: 'cancel', seq: busy.seq });
    },
    refresh: () => {
      seq += 1;
      viewSeqs.add(seq);
      send({ type: 'view', seq, displayMs: store.getState().displayMs, view: view() });
    },
    onFrame: (listener) => void listeners.push(listener),
    openLogs: (files) => send({ type: 'openLogs', seq: jump('logs'), files, view: view() }),
    replayClock: (offsets) =>
      send({ type: 'replayClock', seq: jump('quick'), offsets, view: view() }),
    fork: () => {
      seq += 1;
      send({ type: 'fork', seq });
    },
    onFork: (listener) => void forkListeners.push(listener),
    liveEvents: (events, show) => {
      seq += 1;
      send({ type: 'liveEvents', seq, events, show, view: view() });
    },
    dispose: () => {
      disposed = true;
      unsubscribe();
      worker.terminate();
    },
  };
}
