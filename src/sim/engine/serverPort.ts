/**
 * The port through which one server's machine touches the world (src/sim/zab/port.ts): sends go
 * to the network, timers and fsyncs become kernel events, disk writes and deliveries update the
 * world and tell the checker. One port object per server, reused for every event.
 */
import { at, firstIndex, keptCount, lastItem, setAt } from '../kernel/chunkedList';
import { push } from '../kernel/eventQueue';
import { nextInt } from '../kernel/prng';
import type { GhostEvent } from '../check/ghost';
import { txnValue, type Message, type Origin, type Txn, type ZabRequest } from '../zab/messages';
import type { DiskView, ServerPort, TimerName } from '../zab/port';
import { compareZxid, ZXID_ZERO, type Zxid } from '../zab/zxid';
import { DatabasePort } from './databasePort';
import { sendMessage } from './network';
import { costLeaderApplied, costLogTxn } from './cost/costHooks';
import type { PortHost } from './portHost';
import type { KernelEvent, ServerRecord } from './world';

class DiskAdapter implements DiskView {
  constructor(private readonly rec: () => ServerRecord) {}
  get acceptedEpoch() {
    return this.rec().disk.acceptedEpoch;
  }
  get currentEpoch() {
    return this.rec().disk.currentEpoch;
  }
  // What is still on disk: PurgeTxnLog may have deleted the oldest files (engine/purge.ts), and
  // syncFollower then finds a learner older than the log's first txn nowhere in it (SNAP).
  get logLength() {
    return keptCount(this.rec().disk.log);
  }
  logAt(index: number): Txn {
    const log = this.rec().disk.log;
    return at(log, firstIndex(log) + index) as Txn;
  }
  lastLoggedZxid(): Zxid {
    return lastItem(this.rec().disk.log)?.zxid ?? ZXID_ZERO;
  }
}

export class EnginePort extends DatabasePort implements ServerPort {
  readonly disk: DiskView;

  constructor(host: PortHost, sid: number) {
    super(host, sid);
    this.disk = new DiskAdapter(() => this.rec);
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
    if (w.cost) return costLogTxn(w, this.sid, rec.incarnation, txn.zxid);
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
    const w = this.host.world;
    if (w.cost && rec.state === 'LEADING') costLeaderApplied(w, this.sid);
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
