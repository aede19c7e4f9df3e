/// <reference lib="webworker" />
/**
 * The simulation worker: a thin adapter from protocol messages to a SimSession and back to frames
 * (DESIGN.md sections 2 and 7). It keeps no timer of its own: the UI asks for a frame per
 * animation tick with its display time, and the worker answers each request with one frame, so
 * frames are batched by construction (never one per simulated event).
 */
import { assertNever } from '../sim/index';
import {
  receive,
  versioned,
  type FromWorkerBody,
  type ToWorkerBody,
  type ViewParams,
} from '../protocol/messages';
import { SimSession } from './session';
import { DEFAULT_PRESET_ID, PRESETS } from './simApi';

declare const self: DedicatedWorkerGlobalScope;

const clock = () => performance.now();
let session: SimSession | null = null;

function post(body: FromWorkerBody): void {
  self.postMessage(versioned(body));
}

function frame(seq: number, displayMs: number, view: ViewParams): void {
  if (session) post({ type: 'frame', frame: session.frame(seq, displayMs, view) });
}

function now(): number {
  return session ? session.tl.sim.world.nowMs : 0;
}

function handle(m: ToWorkerBody): void {
  switch (m.type) {
    case 'hello':
      post({
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
      return;
    case 'load': {
      const result = SimSession.load(m.scenario, m.commands, m.at, clock);
      if (!result.ok)
        return post({ type: 'loadError', seq: m.seq, source: m.source, message: result.error });
      session = result.session;
      post({
        type: 'loaded',
        seq: m.seq,
        source: m.source,
        scenario: session.scenario,
        info: session.info,
      });
      post({ type: 'session', commands: session.commands, forkedAt: null });
      return frame(m.seq, now(), m.view);
    }
    case 'view':
      session?.invalidate();
      return frame(m.seq, m.displayMs, m.view);
    default:
      if (!session) return;
      return handleRun(session, m);
  }
}

/** Requests that move through the current run. */
function handleRun(
  s: SimSession,
  m: Exclude<ToWorkerBody, { type: 'hello' | 'load' | 'view' }>,
): void {
  switch (m.type) {
    case 'advance':
      return frame(m.seq, s.advance(m.displayMs, m.maxEvents), m.view);
    case 'step':
      if (m.mode === 'event') s.stepEvent();
      else s.stepChange();
      return frame(m.seq, now(), m.view);
    case 'seek':
      s.seek(m.event);
      return frame(m.seq, now(), m.view);
    case 'seekTime':
      return frame(m.seq, s.seekTime(m.ms), m.view);
    case 'command': {
      const displayMs = now();
      const result = s.command(m.action, displayMs);
      if (!result.ok) post({ type: 'error', message: result.error });
      else
        post({
          type: 'session',
          commands: s.commands,
          forkedAt: result.forked ? { event: s.tl.now, ms: displayMs } : null,
        });
      return frame(m.seq, displayMs, m.view);
    }
    default:
      return assertNever(m, 'message to the worker');
  }
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const received = receive<ToWorkerBody>(event.data);
  if (!received.ok) return post({ type: 'error', message: received.error });
  try {
    handle(received.message);
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
});
