/**
 * The only code that touches `Worker` (DESIGN.md section 7). It starts the simulation worker,
 * stamps outgoing messages with the protocol version, checks the version of incoming ones and
 * writes what the worker reports into the store. Anything unexpected becomes an error status
 * and a console error: it is never silently dropped.
 */
import {
  receive,
  versioned,
  type FromWorkerBody,
  type ToWorkerBody,
} from '../../protocol/messages';
import type { AppStore } from '../store/appStore';

export interface SimBridge {
  play(): void;
  pause(): void;
  /** Terminates the worker; the bridge ignores everything afterwards. */
  dispose(): void;
}

export interface SimBridgeOptions {
  seed: number;
  servers: number;
  tickIntervalMs: number;
}

export function createSimBridge(store: AppStore, options: SimBridgeOptions): SimBridge {
  // Written inline so that Vite recognises the pattern and bundles the worker.
  const worker = new Worker(new URL('../../worker/sim.worker.ts', import.meta.url), {
    type: 'module',
    name: 'zabscope-sim',
  });
  let disposed = false;

  const send = (body: ToWorkerBody) => {
    if (!disposed) worker.postMessage(versioned(body));
  };
  const fail = (message: string) => {
    if (disposed) return;
    console.error(`ZabScope worker: ${message}`);
    store.getState().setError(message);
  };

  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (disposed) return;
    const received = receive<FromWorkerBody>(event.data);
    if (!received.ok) return fail(received.error);
    const message = received.message;
    switch (message.type) {
      case 'status':
        return store.getState().setPlaying(message.playing);
      case 'frame':
        return store.getState().setFrame(message.frame);
      case 'error':
        return fail(message.message);
      default: {
        const unexpected: never = message;
        return fail(`unknown message ${JSON.stringify(unexpected)}`);
      }
    }
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(event.message || 'the worker failed to load or threw');
  });
  worker.addEventListener('messageerror', () => fail('a message could not be deserialized'));

  send({ type: 'start', ...options });
  return {
    play: () => send({ type: 'play' }),
    pause: () => send({ type: 'pause' }),
    dispose: () => {
      disposed = true;
      worker.terminate();
    },
  };
}
