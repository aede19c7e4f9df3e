/**
 * The port through which one server's machine touches the world (src/sim/zab/port.ts): sends go
 * to the network, timers and fsyncs become kernel events, disk writes and deliveries update the
 * world and tell the checker. One port object per server, reused for every event.
 */
import {
  append,
  at,
  lastItem,
  lastIndexWhere,
  listFrom,
  setAt,
  truncate,
} from '../kernel/chunkedList';
import { push } from '../kernel/eventQueue';
import { nextInt } from '../kernel/prng';
import type { GhostEvent } from '../check/ghost';
import { txnValue, type Message, type Origin, type Txn, type ZabRequest } from '../zab/messages';
import type { DiskView, ServerPort, TimerName } from '../zab/port';
import { compareZxid, ZXID_ZERO, type Zxid } from '../zab/zxid';
import { sendMessage } from './network';
import type { KernelEvent, ServerRecord, World } from './world';

/** The ZooKeeper server layer above ZAB (sessions, trees, client connections), per server. */
export interface ZkHooks {
  /** A client-protocol message reached server `sid`. */
  onClientMessage(
    sid: number,
    from: number,
    message: import('../client/clientMessages').ClientMessage,
  ): void;
  prepare(sid: number, request: ZabRequest, zxid: Zxid): unknown;
  /** Server `sid` applied a committed txn (after the checker saw the delivery). */
  applied(sid: number, txn: Txn): void;
  /** Server `sid`'s log was truncated or replaced: its tree is rebuilt from the log. */
  logReplaced(sid: number): void;
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

class DiskAdapter implements DiskView {
  constructor(private readonly rec: () => ServerRecord) {}
  get acceptedEpoch() {
    return this.rec().disk.acceptedEpoch;
  }
  get currentEpoch() {
    return this.rec().disk.currentEpoch;
  }
  get logLength() {
    return this.rec().disk.log.length;
  }
  logAt(index: number): Txn {
    return at(this.rec().disk.log, index) as Txn;
  }
  lastLoggedZxid(): Zxid {
    return lastItem(this.rec().disk.log)?.zxid ?? ZXID_ZERO;
  }
}

export class EnginePort implements ServerPort {
  readonly disk: DiskView;
  /** Set while the server crashes: a dead process sends nothing (its OS resets the connections). */
  silenced = false;

  constructor(
    private readonly host: PortHost,
    readonly sid: number,
  ) {
    this.disk = new DiskAdapter(() => this.rec);
  }

  private get rec(): ServerRecord {
    return this.host.world.servers[this.sid - 1] as ServerRecord;
  }
  get nowMs(): number {
    return this.host.world.nowMs;
  }

  send(to: number, message: Message): void {
    if (this.silenced) return;
    const id = sendMessage(this.host.world, this.sid, to, message);
    this.host.traceSend(this.sid, to, message, id);
  }

  setTimer(name: TimerName, delayMs: number): void {
    const w = this.host.world;
    const token = w.nextTimerToken++;
    this.rec.timers[name] = token;
    // Simulated time is whole milliseconds: a delay such as tickTime / 2 with an odd tickTime is
    // rounded down, as Java's integer division does in ZooKeeper (Thread.sleep(tickTime / 2)).
    const timeMs = w.nowMs + Math.floor(delayMs);
    push(w.queue, { kind: 'timer', timeMs, sid: this.sid, name, token } as Omit<
      KernelEvent,
      'seq'
    >);
  }

  cancelTimer(name: TimerName): void {
    delete this.rec.timers[name];
  }

  newConnId(): number {
    return this.host.world.nextConnId++;
  }

  logTxn(txn: Txn): void {
    this.appendNow(txn);
    const w = this.host.world;
    const rec = this.rec;
    const { fsyncMsMin, fsyncMsMax } = w.scenario.network;
    // One disk per server: fsyncs complete in the order they were issued.
    const done = Math.max(rec.lastFsyncMs, w.nowMs + nextInt(w.rng.disk, fsyncMsMin, fsyncMsMax));
    rec.lastFsyncMs = done;
    push(w.queue, {
      kind: 'fsync',
      timeMs: done,
      sid: this.sid,
      inc: rec.incarnation,
      zxid: txn.zxid,
    } as Omit<KernelEvent, 'seq'>);
  }

  appendNow(txn: Txn): void {
    append(this.rec.disk.log, txn);
    this.host.ghost({ kind: 'log', sid: this.sid, txn: { zxid: txn.zxid, value: txnValue(txn) } });
  }

  truncateTo(zxid: Zxid): void {
    const log = this.rec.disk.log;
    truncate(log, lastIndexWhere(log, (t) => compareZxid(t.zxid, zxid) <= 0) + 1);
    this.host.ghost({ kind: 'truncate', sid: this.sid, toZxid: zxid });
    this.host.zk.logReplaced(this.sid);
  }

  replaceLog(history: readonly Txn[]): void {
    this.rec.disk.log = listFrom(history);
    this.host.ghost({
      kind: 'snap',
      sid: this.sid,
      history: history.map((t) => ({ zxid: t.zxid, value: txnValue(t) })),
    });
    this.host.zk.logReplaced(this.sid);
  }

  setAcceptedEpoch(epoch: number): void {
    this.rec.disk.acceptedEpoch = epoch;
    this.epochs();
  }

  setCurrentEpoch(epoch: number): void {
    this.rec.disk.currentEpoch = epoch;
    this.epochs();
  }

  private epochs(): void {
    const d = this.rec.disk;
    this.host.ghost({
      kind: 'epochs',
      sid: this.sid,
      acceptedEpoch: d.acceptedEpoch,
      currentEpoch: d.currentEpoch,
    });
  }

  deliver(txn: Txn): void {
    const rec = this.rec;
    if (compareZxid(txn.zxid, rec.lastDelivered) <= 0) return;
    rec.delivered++;
    rec.lastDelivered = txn.zxid;
    this.host.ghost({
      kind: 'deliver',
      sid: this.sid,
      txn: { zxid: txn.zxid, value: txnValue(txn) },
    });
    this.host.writeDelivered(this.sid, txn);
    this.host.zk.applied(this.sid, txn);
  }

  ghost(event: GhostEvent): void {
    this.host.ghost(event);
  }

  log(line: string, data?: Record<string, unknown>): void {
    this.host.trace(this.sid, line, data);
  }

  requestFailed(request: ZabRequest, error: string): void {
    if (request.kind === 'write') this.host.failWrite(request.writeId, error);
    else this.host.zk.requestFailed(this.sid, request, error);
  }

  requestAssigned(request: ZabRequest, zxid: Zxid): void {
    if (request.kind !== 'write') return;
    const writes = this.host.world.writes;
    const w = at(writes, request.writeId);
    if (w && w.zxid === null) setAt(writes, request.writeId, { ...w, zxid });
  }

  prepare(request: ZabRequest, zxid: Zxid): unknown {
    return this.host.zk.prepare(this.sid, request, zxid);
  }
  drainTouches(): string[] {
    return this.host.zk.drainTouches(this.sid);
  }
  touchSessions(sessionIds: readonly string[]): void {
    this.host.zk.touchSessions(this.sid, sessionIds);
  }
  revalidate(sessionId: string, timeoutMs: number): boolean {
    return this.host.zk.revalidate(this.sid, sessionId, timeoutMs);
  }
  revalidated(origin: Origin, sessionId: string, valid: boolean): void {
    this.host.zk.revalidated(this.sid, origin, sessionId, valid);
  }
  syncDone(origin: Origin): void {
    this.host.zk.syncDone(this.sid, origin);
  }
}
