/**
 * The one place the live mode touches the network: a WebSocket to the bridge, its messages read
 * (shape-checked; anything else is ignored) into the live store, and commands sent with an id the
 * answer will carry. The connection belongs to the page, not to a component: main.tsx opens it
 * once (startLive) and it lasts while the page is in live mode, whatever view is shown. A closed
 * socket is reported, never retried behind the reader's back (a new `npm run live` prints a new
 * token, so retrying the old address blindly cannot help); the person may Reconnect, and the
 * page then asks only for the records after the last one it has (`?after=`, docs/LIVE.md).
 */
import type { BridgeMessage, LiveCommand } from '../../protocol/live';
import { useLiveStore, type LiveLink } from './liveStore';
import { readLiveParam } from './liveUrl';

export type { LiveLink };

const TYPES = new Set(['hello', 'status', 'events', 'ack', 'refused']);
const REFUSALS = new Set(['token', 'after', 'protocol']);

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
  if (m.type === 'events' && (!Array.isArray(m.events) || !isSeq(m.seq))) return null;
  if (m.type === 'ack' && (typeof m.id !== 'number' || typeof m.ok !== 'boolean')) return null;
  if (m.type === 'refused' && !REFUSALS.has(m.reason as string)) return null;
  return m as unknown as BridgeMessage;
}

/** A record's number as the bridge gives it: 1, 2, 3, ... */
function isSeq(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;
}

/** The socket's address: the bridge's, asking only for the records after `lastSeq` when it has some. */
export function connectUrl(url: string, lastSeq: number): string {
  return lastSeq > 0 ? `${url}?after=${lastSeq}` : url;
}

let started = false;

/** Opens the connection `?live=` names, once for the page (later calls do nothing). */
export function startLive(search: string): void {
  if (started) return;
  started = true;
  const p = readLiveParam(search);
  if (p.kind !== 'ok') {
    const value = p.kind === 'invalid' ? p.value : '';
    return useLiveStore.getState().setConnection({ state: 'invalid-url', value });
  }
  useLiveStore.setState({ address: p.url });
  open();
}

/** After the socket closed (the bridge went, or never answered), tries the same address again. */
export function reconnectLive(): void {
  const s = useLiveStore.getState();
  if (s.connection.state !== 'gone' && s.connection.state !== 'unreachable') return;
  s.link?.close();
  open();
}

function open(): void {
  const s = useLiveStore.getState();
  s.setConnection({ state: 'connecting' });
  s.setLink(connectLive(connectUrl(s.address, s.lastSeq)));
}

export function connectLive(url: string): LiveLink {
  const store = useLiveStore.getState;
  let opened = false;
  let nextId = 1;
  // After close() (a reconnection replaced it), this socket's late events are not news.
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
      else if (socket.readyState === WebSocket.OPEN) socket.close();
    },
  };
}
