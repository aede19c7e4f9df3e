/**
 * The client protocol between a ZooKeeper client (ClientCnxn) and the server it is connected to
 * (NIOServerCnxn / ZooKeeperServer), as plain data. Every message names its TCP connection
 * (`conn`), like the learner protocol, so a stale connection's packets can be told apart.
 */
import type { CreateMode } from '../zk/kinds';
import type { Zxid } from '../zab/zxid';

export type ZkOp =
  | {
      op: 'create';
      path: string;
      data: string;
      mode: CreateMode;
    }
  | { op: 'delete'; path: string; version: number }
  | { op: 'set'; path: string; data: string; version: number }
  | { op: 'get'; path: string; watch: boolean }
  | { op: 'exists'; path: string; watch: boolean }
  | { op: 'children'; path: string; watch: boolean }
  | { op: 'sync'; path: string }
  | { op: 'close-session' };

export type WatchType = 'NodeCreated' | 'NodeDeleted' | 'NodeDataChanged' | 'NodeChildrenChanged';

export interface ZkReply {
  rc: string;
  /** The zxid of the server's state the reply reflects (ReplyHeader.zxid). */
  zxid: Zxid;
  createdPath?: string;
  data?: string;
  children?: string[];
  exists?: boolean;
}

export type ClientMessage =
  /** ConnectRequest: sessionId null asks for a new session. */
  | {
      kind: 'ZK_CONNECT';
      conn: number;
      sessionId: string | null;
      lastZxidSeen: Zxid;
      timeoutMs: number;
    }
  /** ConnectResponse: timeoutMs 0 means the session is expired (ClientCnxn.SendThread.onConnected). */
  | { kind: 'ZK_CONNECTED'; conn: number; sessionId: string; timeoutMs: number }
  | { kind: 'ZK_REQUEST'; conn: number; xid: number; request: ZkOp }
  | { kind: 'ZK_REPLY'; conn: number; xid: number; reply: ZkReply }
  /** SetWatches after a reconnect: the watches the client still holds, relative to its last zxid. */
  | {
      kind: 'ZK_SET_WATCHES';
      conn: number;
      relativeZxid: Zxid;
      data: string[];
      exist: string[];
      child: string[];
    }
  | { kind: 'ZK_WATCH'; conn: number; type: WatchType; path: string; zxid: Zxid }
  | { kind: 'ZK_PING'; conn: number }
  | { kind: 'ZK_PONG'; conn: number; zxid: Zxid }
  /** Either side closes the connection (or a reset). */
  | { kind: 'ZK_CLOSE'; conn: number };
