/**
 * The messages between `npm run live` (the bridge beside a real local ZooKeeper ensemble) and the
 * app's live mode, sent as JSON text over one WebSocket. The bridge sends codes and parameters,
 * never sentences: the app words them. Both sides check `protocol`; a different number means a
 * stale page or bridge, and the app says so instead of misreading.
 */
import type { LogEvent } from '../logs/kinds';

/** 2: `events` messages carry `seq` and a page may reconnect with `?after=N` (issue 18). */
export const LIVE_PROTOCOL = 2;

/** Bounds of a write command, checked on both sides (docs/LIVE.md). */
export const LIVE_PATH_MAX = 200;
export const LIVE_DATA_MAX = 1024;
/** The most events one `events` message carries; more are sent in further messages. */
export const LIVE_EVENTS_PER_MESSAGE = 500;

/** A znode path as ZooKeeper accepts it: absolute, no empty, `.` or `..` segment, no NUL. */
export function validZnodePath(path: string): boolean {
  if (path.length === 0 || path.length > LIVE_PATH_MAX || !path.startsWith('/')) return false;
  if (path === '/' || path.includes('\u0000')) return false;
  return path
    .slice(1)
    .split('/')
    .every((s) => s !== '' && s !== '.' && s !== '..');
}

/** What the operating system says about a server's JVM. */
export type LiveProcessState = 'up' | 'frozen' | 'down';

export interface LiveServerStatus {
  sid: number;
  /** The JVM's process id while it runs; null when it is down. */
  pid: number | null;
  process: LiveProcessState;
  /** `srvr`'s Mode: leader, follower, observer; null when it does not serve (LOOKING, syncing, down, frozen). */
  mode: string | null;
  /** `srvr`'s Zxid (the data tree's lastProcessedZxid), hex; null when it does not serve. */
  zxid: string | null;
  /** currentEpoch as the server persisted it; null before it has one. */
  epoch: number | null;
  /** `mntr`'s zk_znode_count; null when it does not answer. */
  znodes: number | null;
  clientPort: number;
}

/** Why the bridge refused or failed a command. */
export type LiveErrorCode =
  | 'command.invalid'
  | 'server.unknown'
  | 'server.not-running'
  | 'server.already-running'
  | 'server.frozen'
  | 'server.not-frozen'
  | 'write.no-server'
  | 'write.failed'
  | 'busy';

export type LiveCommand =
  | { type: 'crash' | 'freeze' | 'resume' | 'restart'; id: number; sid: number }
  | { type: 'write'; id: number; path: string; data: string };

export type LiveCommandType = LiveCommand['type'];

export type BridgeMessage =
  /** The first message after a connection with the right token. */
  | { type: 'hello'; protocol: number; servers: number[] }
  /** Every server's state, once a second and after each command. */
  | { type: 'status'; servers: LiveServerStatus[] }
  /**
   * New parsed log events, in the order the servers wrote them per server. Every record the bridge
   * streams is numbered, 1, 2, 3, ... without a hole: `seq` is the first one's number and
   * events[i] has seq + i (docs/LIVE.md).
   */
  | { type: 'events'; seq: number; events: LogEvent[] }
  /** The answer to a command: done, with the zxid a write got, or refused with a code. */
  | {
      type: 'ack';
      id: number;
      command: LiveCommandType;
      ok: true;
      zxid: string | null;
    }
  | {
      type: 'ack';
      id: number;
      command: LiveCommandType | null;
      ok: false;
      error: LiveErrorCode;
      /** The ZooKeeper error code of a refused write, or the sid a server error names. */
      detail: number | null;
    }
  /**
   * The token in the URL was wrong, or its `?after=` was not a seq: the bridge closes the
   * connection after this.
   */
  | { type: 'refused'; reason: 'token' | 'after' | 'protocol' };
