/**
 * The one place the live mode touches the network: a WebSocket to the bridge, its messages read
 * (shape-checked; anything else is ignored) into the live store, and commands sent with an id the
 * answer will carry. A closed socket is reported, never retried behind the reader's back: a new
 * `npm run live` prints a new token, so retrying the old address cannot help.
 */
import type { BridgeMessage, LiveCommand } from '../../protocol/live';
import { useLiveStore, type LiveLink } from './liveStore';

export type { LiveLink };

const TYPES = new Set(['hello', 'status', 'events', 'ack', 'refused']);

/** A bridge message, or null when the text is not one (not JSON, no known type, wrong fields). */
export function parseBridgeMessage(text: string): BridgeMessage | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const m = v as Record<string, unknown>;
  if (typeof m.type !== 'string' || !TYPES.has(m.type)) return null;
  if (m.type === 'hello' && (typeof m.protocol !== 'number' || !Array.isArray(m.servers)))
    return null;
  if (m.type === 'status' && !Array.isArray(m.servers)) return null;
  if (m.type === 'events' && !Array.isArray(m.events)) return null;
  if (m.type === 'ack' && (typeof m.id !== 'number' || typeof m.ok !== 'boolean')) return null;
  return m as unknown as BridgeMessage;
}

export function connectLive(url: string): LiveLink {
  const store = useLiveStore.getState;
  let opened = false;
  let nextId = 1;
  // After close() (React's StrictMode mounts twice), this socket's late events are not news.
  let disposed = false;
  const socket = new WebSocket(url);
  socket.addEventListener('open', () => {
    opened = true;
  });
  socket.addEventListener('message', (e: MessageEvent) => {
    if (disposed || typeof e.data !== 'string') return;
    const m = parseBridgeMessage(e.data);
    if (m) store().receive(m);
  });
  socket.addEventListener('close', () => {
    if (disposed) return;
    const now = store().connection.state;
    // A refusal or a version mismatch already says why the socket closed.
    if (now === 'refused' || now === 'protocol') return;
    store().setConnection({ state: opened ? 'gone' : 'unreachable' });
  });
  return {
    send(partial) {
      if (socket.readyState !== WebSocket.OPEN) return;
      const command = { ...partial, id: nextId++ } as LiveCommand;
      store().addSent(command);
      socket.send(JSON.stringify(command));
    },
    close() {
      disposed = true;
      // Closing a socket that is still connecting makes the browser log an error: wait for it.
      if (socket.readyState === WebSocket.CONNECTING)
        socket.addEventListener('open', () => socket.close());
      else socket.close();
    },
  };
}
