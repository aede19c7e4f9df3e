/**
 * Drives the display clock with requestAnimationFrame while playing, and only then: paused, no
 * callback is scheduled at all, so an idle page costs nothing. Each tick moves display time
 * (tickClock), asks the worker for the events due by then (one request in flight at a time), and
 * the view draws from (frame, display time). Jumps (step, seek, command) pause nothing; the clock
 * simply continues from where the jump landed.
 */
import type { Frame } from '../../protocol/frame';
import type { SimBridge } from '../bridge/simBridge';
import type { AppStore } from '../store/appStore';
import { tickClock } from './clock';
import { speedAt } from './speeds';

export interface Player {
  play(): void;
  pause(): void;
  toggle(): void;
  dispose(): void;
}

export function createPlayer(store: AppStore, bridge: SimBridge): Player {
  let raf = 0;
  let last = 0;
  let glideMs = 0;
  let requestedMs = 0;
  /** Event mode: one event was asked for; the glide waits for its frame. */
  let awaiting = false;

  const stop = () => {
    if (raf) cancelAnimationFrame(raf);
    raf = 0;
  };

  const pause = () => {
    stop();
    if (store.getState().playing) store.getState().setPlaying(false);
  };

  const tick = (ts: number) => {
    raf = 0;
    const s = store.getState();
    const frame = s.frame;
    if (!s.playing || !frame) return;
    const dtMs = last === 0 ? 0 : ts - last;
    last = ts;
    const speed = speedAt(s.speedIndex);
    if (speed.kind === 'event' && awaiting) {
      raf = requestAnimationFrame(tick);
      return;
    }
    const out = tickClock({
      speed,
      displayMs: s.displayMs,
      dtMs,
      nowMs: frame.nowMs,
      nextEventMs: frame.nextEventMs,
      untilMs: frame.untilMs,
      inFlight: frame.messages.length,
      skipQuiet: true,
      glideMs,
    });
    glideMs = out.glideMs;
    s.setSkipping(out.skipping);
    if (frame.ended && s.displayMs >= frame.endMs) return pause();
    if (out.displayMs !== s.displayMs) s.setDisplayMs(out.displayMs);
    if (out.request && bridge.advance(out.request.displayMs, out.request.maxEvents)) {
      requestedMs = out.request.displayMs;
      awaiting = out.request.maxEvents !== null;
    }
    raf = requestAnimationFrame(tick);
  };

  const play = () => {
    const s = store.getState();
    if (s.playing || !s.frame) return;
    if (s.frame.ended && s.displayMs >= s.frame.endMs) return;
    // Long work is under way (a far seek, a link being opened): play starts from where it lands.
    if (s.busy && s.busy.kind !== 'quick') return;
    s.setPlaying(true);
    last = 0;
    glideMs = 0;
    awaiting = false;
    raf = requestAnimationFrame(tick);
  };

  // A frame that did not come from the clock (a jump) restarts the glide from where it landed.
  bridge.onFrame((frame: Frame, fromPlay: boolean) => {
    if (fromPlay) awaiting = false;
    if (!fromPlay) glideMs = 0;
    else if (frame.displayMs < requestedMs) {
      // The worker stopped early (its time budget): display time waits for the simulation.
      store.getState().setDisplayMs(frame.displayMs);
    }
  });

  return {
    play,
    pause,
    toggle: () => (store.getState().playing ? pause() : play()),
    dispose: stop,
  };
}
