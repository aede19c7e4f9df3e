/**
 * The port through which one server's machine touches the world (src/sim/zab/port.ts): sends go
 * to the network, timers and fsyncs become kernel events, disk writes and deliveries update the
 * world and tell the checker. One port object per server, reused for every event.
 */
import { at, lastIndexWhere, lastItem, setAt, toArray } from '../kernel/chunkedList';
import { push } from '../kernel/eventQueue';
import { nextInt } from '../kernel/prng';
import type { GhostEvent } from '../check/ghost';
import { txnValue, type Message, type Origin, type Txn, type ZabRequest } from '../zab/messages';
import type {
  DiskView,
  ServerPort,
  SnapshotData,
  TimerName,
  TxnList,
  TxnLogSizeCheck,
} from '../zab/port';
import { compareZxid, formatZxid, makeZxid, ZXID_ZERO, type Zxid } from '../zab/zxid';
import type { DataTree } from '../zk/dataTree';
import type { LastProcessedOrigin } from '../zab/voteOrigin';
import {
  appendToTxnLog,
  applySynced,
  committedLogRange,
  deserializeSnapshot,
  fastForwardDataBase,
  loadDataBase,
  serializeSnapshot,
  setActivationZxid,
  takeSnapshot,
  truncateLog,
  txnLogSizeCheck,
} from './zkDb';
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
    appendToTxnLog(this.rec.zk, this.rec.disk, txn);
    this.host.ghost({ kind: 'log', sid: this.sid, txn: { zxid: txn.zxid, value: txnValue(txn) } });
  }

  // ---------------------------------------------------------------- ZKDatabase (zkDb.ts)

  lastProcessedZxid(): Zxid {
    return this.rec.zk.tree.lastProcessedZxid;
  }

  lastProcessedOrigin(): LastProcessedOrigin {
    return this.rec.zk.lastProcessedOrigin;
  }

  committedLog(): TxnList {
    const z = this.rec.zk;
    const { from, to } = committedLogRange(z, this.host.world.scenario.ensemble.commitLogCount);
    return { length: to - from, at: (i) => at(z.history, from + i) as Txn };
  }

  history(): TxnList {
    const h = this.rec.zk.history;
    return { length: h.length, at: (i) => at(h, i) as Txn };
  }

  txnLogSizeCheck(peerLastZxid: Zxid): TxnLogSizeCheck {
    const factor = this.host.world.scenario.ensemble.snapshotSizeFactor;
    return txnLogSizeCheck(this.rec.disk, peerLastZxid, factor);
  }

  loadData(): void {
    // The database was loaded when the process started (QuorumPeer.getLastLoggedZxid, ZOOKEEPER-1642),
    // so loadData only takes the "clean snapshot" of ZooKeeperServer.loadData.
    this.snapshot('lead');
  }

  activate(epoch: number): void {
    setActivationZxid(this.rec.zk, makeZxid(epoch, 0));
  }

  serializeSnapshot(): SnapshotData {
    return serializeSnapshot(this.rec.zk);
  }

  deserializeSnapshot(snapshot: SnapshotData, from: number): void {
    const { zxid, history } = snapshot;
    deserializeSnapshot(this.rec.zk, { zxid, history, tree: snapshot.tree as DataTree }, from);
  }

  truncateLog(zxid: Zxid, from: number): void {
    truncateLog(this.rec.zk, this.rec.disk, zxid, from, this.nowMs);
    this.host.ghost({ kind: 'truncate', sid: this.sid, toZxid: zxid });
  }

  applySynced(txn: Txn, from: number): void {
    applySynced(this.rec.zk, txn, from);
  }

  takeSyncSnapshot(cause: 'snap' | 'trunc'): void {
    const snap = this.snapshot(cause);
    // The checker follows a server's history (its snapshot, then the txns it logs after it):
    // from here on that is this snapshot's content (ZAB.md 7.1).
    this.host.ghost({
      kind: 'snap',
      sid: this.sid,
      history: toArray(snap.history).map((t) => ({ zxid: t.zxid, value: txnValue(t) })),
    });
  }

  shutdownDatabase(running: boolean, fullyShutDown: boolean): void {
    // A crash loses the memory anyway; the restart loads from disk.
    if (this.silenced) return;
    const z = this.rec.zk;
    if (fullyShutDown) {
      loadDataBase(z, this.rec.disk, this.nowMs, 'snap-aborted');
      this.log(
        `The SNAP did not reach NEWLEADER: database cleared and reloaded from disk, highest zxid is ${formatZxid(z.tree.lastProcessedZxid)}`,
        { kind: 'reload', zxid: formatZxid(z.tree.lastProcessedZxid) },
      );
    } else if (running) {
      const replayed = fastForwardDataBase(z, this.rec.disk);
      if (replayed > 0)
        this.log(
          `${replayed} txns loaded (fast-forward), highest zxid is ${formatZxid(z.tree.lastProcessedZxid)}`,
          {
            kind: 'fastForward',
            replayed,
            zxid: formatZxid(z.tree.lastProcessedZxid),
          },
        );
    }
  }

  private snapshot(cause: 'lead' | 'snap' | 'trunc') {
    const rec = this.rec;
    const snap = takeSnapshot(rec.zk, rec.disk, cause, this.nowMs);
    this.host.trace(
      this.sid,
      `Snapshotting: ${formatZxid(snap.zxid)} to snapshot.${formatZxid(snap.zxid).slice(2)}`,
      {
        kind: 'snapshot',
        zxid: formatZxid(snap.zxid),
        cause,
      },
    );
    return snap;
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

  deliverHistory(): void {
    const rec = this.rec;
    const h = rec.zk.history;
    const last = rec.lastDelivered;
    for (let i = lastIndexWhere(h, (t) => compareZxid(t.zxid, last) <= 0) + 1; i < h.length; i++)
      this.deliver(at(h, i) as Txn);
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
