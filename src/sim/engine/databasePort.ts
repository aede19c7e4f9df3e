/**
 * The part of a server's port that is its ZooKeeperServer's database (ZAB.md 1.4, engine/zkDb.ts):
 * the vote zxid and its origin, the committed log, the snapshots, SNAP, TRUNC, the sync stream,
 * activation and the shutdown's fast-forward, plus the txn log's appends and the deliveries that
 * read its history. EnginePort (serverPort.ts) adds the network, the timers and the rest.
 */
import { at, firstIndex, lastIndexWhere, toArray, type ChunkedList } from '../kernel/chunkedList';
import type { CompactedPrefix } from '../check/prefixHash';
import { txnValue, type Txn } from '../zab/messages';
import type { SnapshotData, TxnList, TxnLogSizeCheck } from '../zab/port';
import type { ZabLogData } from '../zab/logCodes';
import type { LastProcessedOrigin } from '../zab/voteOrigin';
import { compareZxid, formatZxid, makeZxid, type Zxid } from '../zab/zxid';
import type { DataTree } from '../zk/dataTree';
import type { PortHost } from './portHost';
import type { ServerRecord, World } from './world';
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
  ZOOKEEPER_COMMIT_LOG_COUNT,
} from './zkDb';
import { compactHistory, purgeTxnLog, shouldSnapshot, snapRoll } from './purge';

export abstract class DatabasePort {
  /** Set while the server crashes: a dead process sends nothing (its OS resets the connections). */
  silenced = false;

  constructor(
    protected readonly host: PortHost,
    readonly sid: number,
  ) {}

  protected get rec(): ServerRecord {
    return this.host.world.servers[this.sid - 1] as ServerRecord;
  }
  get nowMs(): number {
    return this.host.world.nowMs;
  }

  abstract deliver(txn: Txn): void;

  log(line: string, data: ZabLogData): void {
    traceDatabase(this.host, this.sid, line, data);
  }

  /** Appends a txn to the txn log (FileTxnLog.append) and tells the checker. */
  appendNow(txn: Txn): void {
    appendToTxnLog(this.rec.zk, this.rec.disk, txn);
    this.host.ghost({ kind: 'log', sid: this.sid, txn: { zxid: txn.zxid, value: txnValue(txn) } });
    this.snapshotByCount();
  }

  /**
   * SyncRequestProcessor.run after zks.getZKDatabase().append(si): when shouldSnapshot, roll the
   * log (the next append starts a new file), take a snapshot, and purge what it makes obsolete
   * (PurgeTxnLog; engine/purge.ts), compacting the ghost history to match.
   */
  private snapshotByCount(): void {
    const rec = this.rec;
    const z = rec.zk;
    const e = this.host.world.scenario.ensemble;
    z.txnCount++;
    if (z.snapRoll < 0) {
      z.snapRoll = snapRoll(
        this.host.world.scenario.seed,
        this.sid,
        rec.incarnation,
        z.snapRolls,
        e.snapCount,
      );
      z.snapRolls++;
    }
    if (!shouldSnapshot(z, e.snapCount)) return;
    z.txnCount = 0;
    z.snapRoll = -1;
    z.logStreamOpen = false;
    const snap = this.snapshot('snapCount');
    const upTo = purgeTxnLog(rec.disk, snap, e.snapRetainCount);
    if (upTo > 0) compactHistory(z, rec.disk, upTo, e.commitLogCount, rec.lastDelivered);
  }

  deliverHistory(): void {
    const rec = this.rec;
    const h = rec.zk.history;
    const last = rec.lastDelivered;
    // A compacted prefix this server has not delivered yet (a reload or SNAP far behind, in a
    // long run): delivered as one, by its hash, which the checker compares with the canonical one.
    const prefix = compactedPrefix(h);
    if (prefix !== null && h.baseLast !== undefined && compareZxid(h.baseLast.zxid, last) > 0) {
      rec.delivered = Math.max(rec.delivered, prefix.length);
      rec.lastDelivered = h.baseLast.zxid;
      this.host.ghost({ kind: 'deliverPrefix', sid: this.sid, prefix });
    }
    for (let i = lastIndexWhere(h, (t) => compareZxid(t.zxid, last) <= 0) + 1; i < h.length; i++)
      this.deliver(at(h, i) as Txn);
  }

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

  history(): TxnList & { compacted: CompactedPrefix | null } {
    const h = this.rec.zk.history;
    const base = firstIndex(h);
    return {
      length: h.length - base,
      at: (i) => at(h, base + i) as Txn,
      compacted: compactedPrefix(h),
    };
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
    const { dirtySnapshotZxid } = truncateLog(this.rec.zk, this.rec.disk, zxid, from, this.nowMs);
    this.host.ghost({ kind: 'truncate', sid: this.sid, toZxid: zxid });
    if (dirtySnapshotZxid !== null) {
      this.log(
        `The reload after TRUNC ${formatZxid(zxid)} read snapshot.${formatZxid(dirtySnapshotZxid).slice(2)}, which is newer: its txns after ${formatZxid(zxid)} were never committed, and the tree keeps them`,
        {
          kind: 'dirtySnapshot',
          snapshotZxid: formatZxid(dirtySnapshotZxid),
          truncZxid: formatZxid(zxid),
        },
      );
    }
  }

  applySynced(txn: Txn, from: number): void {
    applySynced(this.rec.zk, txn, from);
  }

  takeSyncSnapshot(cause: 'snap' | 'trunc'): void {
    const snap = this.snapshot(cause);
    // The checker follows a server's history (its snapshot, then the txns it logs after it):
    // from here on that is this snapshot's content (ZAB.md 7.1).
    const compacted = compactedPrefix(snap.history);
    this.host.ghost({
      kind: 'snap',
      sid: this.sid,
      history: toArray(snap.history).map((t) => ({ zxid: t.zxid, value: txnValue(t) })),
      ...(compacted === null ? {} : { compacted }),
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

  private snapshot(cause: 'lead' | 'snap' | 'trunc' | 'snapCount') {
    const rec = this.rec;
    const snap = takeSnapshot(rec.zk, rec.disk, cause, this.nowMs);
    this.log(
      `Snapshotting: ${formatZxid(snap.zxid)} to snapshot.${formatZxid(snap.zxid).slice(2)}`,
      {
        kind: 'snapshot',
        zxid: formatZxid(snap.zxid),
        cause,
      },
    );
    return snap;
  }
}

/**
 * QuorumPeer.loadDataBase at process start: the newest snapshot plus the txns logged after it
 * (snapshot.0 first on an empty data directory). ZKDatabase's constructor warns about a
 * commitLogCount below 500, which ZooKeeper then raises; the simulator keeps the scenario's value
 * for teaching and says so in the trace, as data.
 */
export function loadDatabaseAtStart(host: PortHost, rec: ServerRecord, world: World): void {
  const count = world.scenario.ensemble.commitLogCount;
  if (count < ZOOKEEPER_COMMIT_LOG_COUNT) {
    traceDatabase(
      host,
      rec.sid,
      `The configured commitLogCount ${count} is less than the recommended ${ZOOKEEPER_COMMIT_LOG_COUNT} (ZooKeeper would use ${ZOOKEEPER_COMMIT_LOG_COUNT}; the simulator keeps ${count})`,
      { kind: 'commitLogCount', configured: count, floor: ZOOKEEPER_COMMIT_LOG_COUNT },
    );
  }
  const fresh = rec.disk.snapshot === null;
  loadDataBase(rec.zk, rec.disk, world.nowMs, 'start');
  const z = rec.zk;
  const o = z.lastProcessedOrigin;
  traceDatabase(
    host,
    rec.sid,
    `${fresh ? 'Initialize an empty database (snapshot.0); ' : ''}Snapshot loaded, highest zxid is ${formatZxid(z.tree.lastProcessedZxid)}`,
    {
      kind: 'loadDataBase',
      zxid: formatZxid(z.tree.lastProcessedZxid),
      snapshotZxid: formatZxid(rec.disk.snapshot?.zxid ?? makeZxid(0, 0)),
      replayed: o.origin === 'restart-log' ? o.replayed : 0,
      fresh,
    },
  );
}

/** Every database line goes through here, so that each carries a code (zab/logCodes.ts). */
function traceDatabase(host: PortHost, sid: number, line: string, data: ZabLogData): void {
  host.trace(sid, line, data);
}

/** A ghost history's compacted prefix (engine/purge.ts), or null while it keeps every txn. */
function compactedPrefix(h: ChunkedList<Txn>): CompactedPrefix | null {
  const length = firstIndex(h);
  return length === 0 || h.baseHash === undefined ? null : { length, hash: h.baseHash };
}
