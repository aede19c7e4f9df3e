/// <reference lib="webworker" />
/**
 * The simulation worker: a thin adapter from protocol messages to the loop and back to frames
 * (DESIGN.md sections 2 and 7). Real timers are allowed here, outside src/sim: they only pace
 * how fast simulated ticks are produced, never what a tick computes.
 */
import { assertNever } from '../sim/kernel/assert';
import { receive, versioned, type FromWorkerBody, type ToWorkerBody } from '../protocol/messages';
import { createDemoLoop, stepDemoLoop, type DemoLoop } from './demoLoop';

declare const self: DedicatedWorkerGlobalScope;

let loop: DemoLoop | null = null;
let tickIntervalMs = 100;
let timer: ReturnType<typeof setInterval> | undefined;

function post(body: FromWorkerBody): void {
  self.postMessage(versioned(body));
}

function tick(): void {
  if (loop) post({ type: 'frame', frame: stepDemoLoop(loop) });
}

function setPlaying(playing: boolean): void {
  clearInterval(timer);
  timer = playing ? setInterval(tick, tickIntervalMs) : undefined;
  post({ type: 'status', playing });
}

function handle(message: ToWorkerBody): void {
  switch (message.type) {
    case 'start':
      loop = createDemoLoop(message.seed, message.servers);
      tickIntervalMs = message.tickIntervalMs;
      post({ type: 'frame', frame: loop.frame });
      setPlaying(true);
      return;
    case 'play':
      if (loop) setPlaying(true);
      return;
    case 'pause':
      setPlaying(false);
      return;
    default:
      assertNever(message, 'message to the worker');
  }
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const received = receive<ToWorkerBody>(event.data);
  if (received.ok) handle(received.message);
  else post({ type: 'error', message: received.error });
});
