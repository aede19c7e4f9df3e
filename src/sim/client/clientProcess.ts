/**
 * A simulated ZooKeeper client process (ClientCnxn, HostConnectionManager; ZAB.md 6.1, 6.2, 6.5,
 * 6.7): a shuffled connect string tried round robin with a 1 s pause after each full pass, a
 * connect timeout of T / #servers per attempt, a read timeout of 2T/3, pings at T/3, reconnection
 * with the same session and SetWatches, and the local Expired of ZooKeeper 3.9.3 after 4T/3
 * without hearing from any server. Plain data plus pure steps; the engine supplies the port.
 */
import { shuffled, type Prng } from '../kernel/prng';
import { compareZxid, formatZxid, ZXID_ZERO, type Zxid } from '../zab/zxid';
import type { ClientResult } from '../scenario/types';
import type { ClientMessage, WatchType, ZkOp, ZkReply } from './clientMessages';
import type { ClientLogData, DisconnectCause, ExpiryCause } from './logCodes';

export type ClientTimer =
  | 'client.connect'
  | 'client.read'
  | 'client.ping'
  | 'client.expire'
  | 'client.retry'
  | 'client.recipe';
export type ClientStatus =
  'NOT_STARTED' | 'CONNECTING' | 'CONNECTED' | 'DISCONNECTED' | 'EXPIRED' | 'CLOSED' | 'CRASHED';

export interface ClientPort {
  readonly nowMs: number;
  readonly rng: Prng;
  send(server: number, message: ClientMessage): void;
  setTimer(name: ClientTimer, delayMs: number): void;
  cancelTimer(name: ClientTimer): void;
  newConnId(): number;
  /** A trace line, by code (logCodes.ts); the port writes its English text from the code. */
  log(data: ClientLogData): void;
}

export interface ClientState {
  id: string;
  connect: number[];
  requestedTimeoutMs: number;
  status: ClientStatus;
  hostOrder: number[];
  hostIndex: number;
  triedInPass: number;
  conn: number | null;
  server: number | null;
  /** True between ZK_CONNECT and the server's answer. */
  handshaking: boolean;
  sessionId: string | null;
  negotiatedTimeoutMs: number | null;
  lastZxidSeen: Zxid;
  lastHeardMs: number;
  nextXid: number;
  /** Sent, waiting for a reply, in order. */
  pending: { xid: number; request: ZkOp }[];
  /** Submitted while not connected (ClientCnxn's outgoingQueue). */
  queued: ZkOp[];
  watches: { data: string[]; exist: string[]; child: string[] };
  results: ClientResult[];
  watchEvents: { atMs: number; type: WatchType; path: string }[];
}

export function newClient(id: string, connect: number[], requestedTimeoutMs: number): ClientState {
  return {
    id,
    connect: connect.slice(),
    requestedTimeoutMs,
    status: 'NOT_STARTED',
    hostOrder: [],
    hostIndex: -1,
    triedInPass: 0,
    conn: null,
    server: null,
    handshaking: false,
    sessionId: null,
    negotiatedTimeoutMs: null,
    lastZxidSeen: ZXID_ZERO,
    lastHeardMs: 0,
    nextXid: 1,
    pending: [],
    queued: [],
    watches: { data: [], exist: [], child: [] },
    results: [],
    watchEvents: [],
  };
}

const timeoutOf = (c: ClientState) => c.negotiatedTimeoutMs ?? c.requestedTimeoutMs;

/** The process starts: shuffle the connect string once (HostConnectionManager) and connect. */
export function startClient(c: ClientState, port: ClientPort): void {
  c.status = 'CONNECTING';
  c.hostOrder = shuffled(port.rng, c.connect);
  c.hostIndex = -1;
  c.triedInPass = 0;
  c.lastHeardMs = port.nowMs;
  connectNext(c, port);
}

/** One connection attempt to the next host; after a full pass, pause 1 s first. */
function connectNext(c: ClientState, port: ClientPort): void {
  if (c.triedInPass >= c.hostOrder.length) {
    c.triedInPass = 0;
    port.setTimer('client.retry', 1000);
    return;
  }
  c.hostIndex = (c.hostIndex + 1) % c.hostOrder.length;
  c.triedInPass++;
  c.server = c.hostOrder[c.hostIndex] as number;
  c.conn = port.newConnId();
  c.handshaking = true;
  port.send(c.server, {
    kind: 'ZK_CONNECT',
    conn: c.conn,
    sessionId: c.sessionId,
    lastZxidSeen: c.lastZxidSeen,
    timeoutMs: c.requestedTimeoutMs,
  });
  port.setTimer('client.connect', Math.max(1, Math.floor(timeoutOf(c) / c.hostOrder.length)));
}

function fail(c: ClientState, request: ZkOp, rc: string, port: ClientPort): void {
  c.results.push({
    atMs: port.nowMs,
    op: request.op,
    path: 'path' in request ? request.path : '',
    rc,
  });
}

/** The connection is gone: in-flight requests fail with ConnectionLoss; reconnect elsewhere. */
function disconnect(c: ClientState, port: ClientPort, cause: DisconnectCause): void {
  if (c.conn !== null && c.server !== null) port.send(c.server, { kind: 'ZK_CLOSE', conn: c.conn });
  const wasConnected = c.status === 'CONNECTED';
  for (const p of c.pending) fail(c, p.request, 'ConnectionLoss', port);
  c.pending = [];
  c.conn = null;
  c.handshaking = false;
  for (const t of ['client.connect', 'client.read', 'client.ping'] as const) port.cancelTimer(t);
  if (wasConnected) {
    c.status = 'DISCONNECTED';
    port.log({ kind: 'clientDisconnected', client: c.id, cause });
    if (c.negotiatedTimeoutMs !== null) {
      // ZOOKEEPER-4508 (3.9.3+): Expired locally 4T/3 after last hearing from any server.
      port.setTimer(
        'client.expire',
        Math.max(0, c.lastHeardMs + Math.floor((4 * c.negotiatedTimeoutMs) / 3) - port.nowMs),
      );
    }
  }
  connectNext(c, port);
}

function expire(c: ClientState, port: ClientPort, cause: ExpiryCause): void {
  if (c.conn !== null && c.server !== null) port.send(c.server, { kind: 'ZK_CLOSE', conn: c.conn });
  for (const p of [...c.pending.map((x) => x.request), ...c.queued])
    fail(c, p, 'SessionExpired', port);
  c.pending = [];
  c.queued = [];
  c.conn = null;
  c.status = 'EXPIRED';
  for (const t of [
    'client.connect',
    'client.read',
    'client.ping',
    'client.expire',
    'client.retry',
  ] as const)
    port.cancelTimer(t);
  port.log({ kind: 'clientExpired', client: c.id, session: c.sessionId, cause });
}

function armReadAndPing(c: ClientState, port: ClientPort): void {
  const t = timeoutOf(c);
  port.setTimer('client.read', Math.floor((2 * t) / 3));
  port.setTimer('client.ping', Math.floor(t / 3));
}

function sendRequest(c: ClientState, request: ZkOp, port: ClientPort): void {
  const xid = c.nextXid++;
  c.pending.push({ xid, request });
  port.send(c.server as number, { kind: 'ZK_REQUEST', conn: c.conn as number, xid, request });
  port.setTimer('client.ping', Math.floor(timeoutOf(c) / 3));
}

/** The application calls the API. Not connected: queued until the session is re-established. */
export function submit(c: ClientState, request: ZkOp, port: ClientPort): void {
  if (
    c.status === 'EXPIRED' ||
    c.status === 'CLOSED' ||
    c.status === 'CRASHED' ||
    c.status === 'NOT_STARTED'
  ) {
    return fail(c, request, c.status === 'EXPIRED' ? 'SessionExpired' : 'ConnectionLoss', port);
  }
  if (c.status === 'CONNECTED') sendRequest(c, request, port);
  else c.queued.push(request);
}

export function onClientTimer(c: ClientState, name: ClientTimer, port: ClientPort): void {
  switch (name) {
    case 'client.connect':
      return disconnect(c, port, { code: 'connectTimeout', server: c.server });
    case 'client.retry':
      return connectNext(c, port);
    case 'client.read':
      return disconnect(c, port, {
        code: 'readTimeout',
        limitMs: Math.floor((2 * timeoutOf(c)) / 3),
      });
    case 'client.expire':
      return expire(c, port, { code: 'localExpiry' });
    case 'client.recipe':
      return; // the recipe's own timer (src/sim/client/recipes.ts), handled by the engine
    case 'client.ping':
      if (c.status === 'CONNECTED' && c.conn !== null && c.server !== null) {
        port.send(c.server, { kind: 'ZK_PING', conn: c.conn });
        port.setTimer('client.ping', Math.floor(timeoutOf(c) / 3));
      }
      return;
  }
}

function seeZxid(c: ClientState, z: Zxid): void {
  if (compareZxid(z, c.lastZxidSeen) > 0) c.lastZxidSeen = z;
}

function remove(list: string[], path: string): string[] {
  return list.filter((p) => p !== path);
}

/** A message from a server. Returns the watch event or reply it carried, for the recipe. */
export function onClientMessage(
  c: ClientState,
  from: number,
  m: ClientMessage,
  port: ClientPort,
):
  | { kind: 'reply'; request: ZkOp; reply: ZkReply }
  | { kind: 'watch'; type: WatchType; path: string }
  | { kind: 'session' }
  | null {
  if (c.conn === null || !('conn' in m) || m.conn !== c.conn || from !== c.server) return null;
  c.lastHeardMs = port.nowMs;
  if (c.status === 'CONNECTED') armReadAndPing(c, port);
  switch (m.kind) {
    case 'ZK_CONNECTED':
      return onConnected(c, m.sessionId, m.timeoutMs, port);
    case 'ZK_CLOSE':
      if (c.handshaking) {
        c.conn = null;
        port.cancelTimer('client.connect');
        connectNext(c, port);
      } else disconnect(c, port, { code: 'closedByServer', server: from });
      return null;
    // ClientCnxn.SendThread.readResponse returns early for PING_XID and NOTIFICATION_XID: only a
    // request's reply moves lastZxid (`if (replyHdr.getZxid() > 0) lastZxid = replyHdr.getZxid()`).
    case 'ZK_PONG':
      return null;
    case 'ZK_WATCH': {
      const w = c.watches;
      if (m.type === 'NodeDataChanged' || m.type === 'NodeCreated' || m.type === 'NodeDeleted') {
        w.data = remove(w.data, m.path);
        w.exist = remove(w.exist, m.path);
      }
      if (m.type === 'NodeChildrenChanged' || m.type === 'NodeDeleted')
        w.child = remove(w.child, m.path);
      c.watchEvents.push({ atMs: port.nowMs, type: m.type, path: m.path });
      return { kind: 'watch', type: m.type, path: m.path };
    }
    case 'ZK_REPLY': {
      const head = c.pending[0];
      if (!head || head.xid !== m.xid) return null;
      c.pending.shift();
      seeZxid(c, m.reply.zxid);
      recordReply(c, head.request, m.reply, port);
      if (head.request.op === 'close-session') {
        c.status = 'CLOSED';
        c.conn = null;
        for (const t of ['client.read', 'client.ping', 'client.expire'] as const)
          port.cancelTimer(t);
      }
      return { kind: 'reply', request: head.request, reply: m.reply };
    }
    default:
      return null;
  }
}

function onConnected(
  c: ClientState,
  sessionId: string,
  timeoutMs: number,
  port: ClientPort,
): { kind: 'session' } {
  port.cancelTimer('client.connect');
  c.handshaking = false;
  if (timeoutMs <= 0) {
    expire(c, port, { code: 'sessionInvalid', server: c.server });
    return { kind: 'session' };
  }
  const resumed = c.sessionId !== null;
  c.sessionId = sessionId;
  c.negotiatedTimeoutMs = timeoutMs;
  c.status = 'CONNECTED';
  c.triedInPass = 0;
  port.cancelTimer('client.expire');
  port.log({
    kind: 'clientConnected',
    client: c.id,
    server: c.server,
    session: sessionId,
    timeoutMs,
  });
  const w = c.watches;
  if (resumed && w.data.length + w.exist.length + w.child.length > 0) {
    port.send(c.server as number, {
      kind: 'ZK_SET_WATCHES',
      conn: c.conn as number,
      relativeZxid: c.lastZxidSeen,
      data: w.data.slice(),
      exist: w.exist.slice(),
      child: w.child.slice(),
    });
  }
  armReadAndPing(c, port);
  const queued = c.queued;
  c.queued = [];
  for (const q of queued) sendRequest(c, q, port);
  return { kind: 'session' };
}

function recordReply(c: ClientState, request: ZkOp, reply: ZkReply, port: ClientPort): void {
  const path = 'path' in request ? request.path : '';
  const r: ClientResult = { atMs: port.nowMs, op: request.op, path, rc: reply.rc };
  if (reply.createdPath !== undefined) r.createdPath = reply.createdPath;
  if (reply.data !== undefined) r.data = reply.data;
  if (reply.children !== undefined) r.children = reply.children;
  if (reply.exists !== undefined) r.exists = reply.exists;
  c.results.push(r);
  const watched = 'watch' in request && request.watch;
  if (!watched) return;
  // ZKWatchManager: exists registers even on NoNode; getData/getChildren only on success.
  const w = c.watches;
  if (request.op === 'exists') (reply.rc === 'OK' ? w.data : w.exist).push(path);
  else if (request.op === 'get' && reply.rc === 'OK') w.data.push(path);
  else if (request.op === 'children' && reply.rc === 'OK') w.child.push(path);
  for (const k of ['data', 'exist', 'child'] as const) w[k] = [...new Set(w[k])];
}

/** The client process dies: no more pings; its session will expire at the leader. */
export function crashClient(c: ClientState, port: ClientPort): void {
  for (const t of [
    'client.connect',
    'client.read',
    'client.ping',
    'client.expire',
    'client.retry',
  ] as const)
    port.cancelTimer(t);
  c.status = 'CRASHED';
  c.conn = null;
  c.pending = [];
  c.queued = [];
  port.log({ kind: 'clientCrashed', client: c.id, session: c.sessionId });
}

export function describeZxid(z: Zxid): string {
  return formatZxid(z);
}
