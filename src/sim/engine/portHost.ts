/**
 * What a server's port (serverPort.ts, databasePort.ts) needs from the engine: the world, the
 * ZooKeeper layer's hooks, the checker's ghost events, the trace and the write records. In a
 * file of its own so that both ports import it without importing each other's module.
 */
import type { GhostEvent } from '../check/ghost';
import type { ClientMessage } from '../client/clientMessages';
import type { Message, Origin, Txn, ZabRequest } from '../zab/messages';
import type { Zxid } from '../zab/zxid';
import type { World } from './world';

/** The ZooKeeper server layer above ZAB (sessions, trees, client connections), per server. */
export interface ZkHooks {
  /** A client-protocol message reached server `sid`. */
  onClientMessage(sid: number, from: number, message: ClientMessage): void;
  prepare(sid: number, request: ZabRequest, zxid: Zxid): unknown;
  /** Server `sid` applied a committed txn (after the checker saw the delivery). */
  applied(sid: number, txn: Txn): void;
  requestFailed(sid: number, request: ZabRequest, error: string): void;
  drainTouches(sid: number): string[];
  touchSessions(sid: number, sessionIds: readonly string[]): void;
  revalidate(sid: number, sessionId: string, timeoutMs: number): boolean;
  revalidated(sid: number, origin: Origin, sessionId: string, valid: boolean): void;
  syncDone(sid: number, origin: Origin): void;
}

export interface PortHost {
  world: World;
  zk: ZkHooks;
  ghost(event: GhostEvent): void;
  trace(sid: number, text: string, data?: Record<string, unknown>): void;
  traceSend(from: number, to: number, msg: Message, id: number): void;
  writeDelivered(sid: number, txn: Txn): void;
  failWrite(writeId: number, error: string): void;
}
