/**
 * The client side of a frame (issue 15): ZooKeeper clients with their sessions, the leader's
 * session tracker, client requests and replies in flight, one server's data tree (only the server
 * the UI asks for, so frames stay small), watches, fired watch events, and observations such as
 * two believers of one lock. Codes and parameters only; the UI writes the sentences.
 */
import type { ClientStatus } from '../sim/client/clientProcess';
import type { WatchType } from '../sim/client/clientMessages';
import type { LockObservation } from '../sim/engine/lockBelievers';
import type { Zxid } from '../sim/zab/zxid';

export type { ClientStatus, LockObservation, WatchType };

export interface ClientRecipeView {
  kind: 'register' | 'discover' | 'config' | 'lock';
  path: string;
  /** lock: whether the client believes it holds the lock, and the node it created. */
  holding: boolean;
  node: string | null;
  /** lock: it holds the lock or waits for it (lock-release applies); false for other recipes. */
  queued: boolean;
  /** lock: 'predecessor' or 'parent' (the herd variant); null for other recipes. */
  watch: 'predecessor' | 'parent' | null;
  /** config: the value last read; discover: the members last listed. */
  value: string | null;
  members: string[];
  registered: boolean;
}

export interface ClientView {
  id: string;
  /** The server it is connected (or connecting) to, or null. */
  server: number | null;
  sessionId: string | null;
  state: ClientStatus;
  /** client-freeze: the process is paused (a GC pause). */
  frozen: boolean;
  /** The timeout the server negotiated, or the requested one before the first connection. */
  timeoutMs: number;
  negotiated: boolean;
  /** When it last heard from a server (a reply, a ping's answer, a watch event). */
  lastHeardMs: number;
  /** Pings every T/3 while connected (ClientCnxn). */
  pingEveryMs: number;
  /**
   * The client's own next deadline: CONNECTED, the read timeout (2T/3 after last hearing, then it
   * disconnects); DISCONNECTED with a session, the local expiry (4T/3, ZooKeeper 3.9.3).
   */
  deadline: { kind: 'read' | 'expire'; atMs: number } | null;
  watches: { data: string[]; exist: string[]; child: string[] };
  /** Watch events this client received so far. */
  notifications: number;
  lastResult: { atMs: number; op: string; path: string; rc: string } | null;
  recipe: ClientRecipeView | null;
}

export interface TrackedSessionView {
  sessionId: string;
  /** The client that holds it, if any of the scenario's clients does. */
  client: string | null;
  timeoutMs: number;
  /** A multiple of tickTime: ExpiryQueue's bucket. */
  expiresAtMs: number;
  closing: boolean;
}

export interface SessionTrackerView {
  leader: number;
  tickTimeMs: number;
  sessions: TrackedSessionView[];
}

export interface ClientMessageView {
  id: number;
  /** Network nodes: sids for servers, the client's id for clients. */
  from: number | string;
  to: number | string;
  /** ZK_CONNECT, ZK_REQUEST, ZK_REPLY, ZK_WATCH, ZK_PING, ... */
  kind: string;
  /** A request's or reply's operation (create, set, get, ...), a watch's event type. */
  op: string | null;
  path: string | null;
  /** A reply's result code: OK, NodeExists, NoNode, BadVersion, SessionExpired, ... */
  rc: string | null;
  sentAtMs: number;
  atMs: number;
}

/** How a znode on the chosen server compares with the leader's committed tree. */
export type ZnodeDiff = 'same' | 'stale' | 'extra';

export interface ZnodeView {
  path: string;
  data: string;
  version: number;
  cversion: number;
  czxid: Zxid;
  mzxid: Zxid;
  /** The owning session ("0x0" for persistent). */
  ephemeralOwner: string;
  /** The client whose session owns it, if known. */
  owner: string | null;
  /** Its name ends with a 10-digit sequential suffix. */
  sequential: boolean;
  diff: ZnodeDiff;
}

export interface WatchView {
  path: string;
  kind: 'data' | 'child';
  sessionId: string;
  client: string | null;
}

export interface DataTreeView {
  sid: number;
  /** The leader it is compared with, or null during an election (no diff then). */
  leader: number | null;
  lastZxid: Zxid;
  leaderZxid: Zxid | null;
  nodes: ZnodeView[];
  /** Paths the leader has and this server does not (yet). */
  missing: string[];
  watches: WatchView[];
  /** More nodes than shown. */
  truncated: boolean;
}

export interface WatchFiredView {
  atMs: number;
  client: string;
  type: WatchType;
  path: string;
}

export interface ClientsView {
  clients: ClientView[];
  tracker: SessionTrackerView | null;
  messages: ClientMessageView[];
  /** The data tree of the server the view asked for (ViewParams.treeSid), or null. */
  tree: DataTreeView | null;
  /** The latest watch events delivered to clients, oldest first. */
  fired: WatchFiredView[];
  observations: LockObservation[];
}
