/**
 * The ZooKeeperServer layer of every server (ZAB.md 5.1, 6): client connections and their
 * handshake (ZooKeeperServer.processConnectRequest), per-session FIFO (CommitProcessor), local
 * reads from the server's own tree (possibly stale), writes and session changes sent into ZAB,
 * replies once the txn is applied here, watches fired as txns are applied, and on the active
 * leader the PrepRequestProcessor and the session tracker.
 */
import type { ClientMessage, ZkOp, ZkReply } from '../client/clientMessages';
import { push } from '../kernel/eventQueue';
import type { Origin, Txn, ZabRequest } from '../zab/messages';
import { compareZxid, formatZxid, type Zxid } from '../zab/zxid';
import { exists, getChildren, getData, parentOf } from '../zk/dataTree';
import { NO_SESSION } from '../zk/sessionId';
import { emptyPrepState, prepRequest, requestFromZab, retireChanges } from '../zk/prepRequest';
import { makeSessionId } from '../zk/sessionId';
import { ephemeralsOwnedBy } from '../zk/treeInvariants';
import {
  emptyWatchManager,
  removeWatcher,
  setWatches,
  triggerWatches,
  type WatchEvent,
} from '../zk/watches';
import { sendMessage } from './network';
import { addSession, expireDue, isLive, newTracker, removeSession, touch } from './sessionTracker';
import type { ZkEffects } from './effects';
import type { ZkHooks } from './portHost';
import { applyCommitted, lastAppliedZxid } from './zkDb';
import { zkTxnOf, type ZkConn, type ZkServerState } from './zkState';
import type { KernelEvent, ServerRecord } from './world';
import { sessionLogText, type SessionLogData } from '../zk/sessionLogCodes';

const isRead = (op: ZkOp) => op.op === 'get' || op.op === 'exists' || op.op === 'children';

export class ZkLayer implements ZkHooks {
  constructor(private readonly sim: ZkEffects) {}

  private rec(sid: number): ServerRecord {
    return this.sim.server(sid);
  }
  private z(sid: number): ZkServerState {
    return this.rec(sid).zk;
  }
  private serving(sid: number): boolean {
    const r = this.rec(sid);
    return r.up && r.phase === 'broadcast';
  }
  private get tickMs(): number {
    return this.sim.world.scenario.ensemble.tickTimeMs;
  }

  private send(sid: number, to: number, m: ClientMessage): void {
    const w = this.sim.world;
    const id = sendMessage(w, sid, to, m);
    this.sim.emit({ t: w.nowMs, e: w.events, k: 'send', from: sid, to, label: m.kind, id });
  }

  /** A session line, by code; its English text comes from the code's one table. */
  private log(sid: number, data: SessionLogData): void {
    this.sim.trace(sid, sessionLogText(data), data);
  }

  private request(sid: number, request: ZabRequest): void {
    this.sim.sendTo(sid, { type: 'REQUEST', request, port: this.sim.port(sid) });
  }

  // ---------------------------------------------------------------- client messages

  onClientMessage(sid: number, from: number, m: ClientMessage): void {
    const z = this.z(sid);
    if (m.kind === 'ZK_CONNECT') return this.connect(sid, from, m);
    if (m.kind === 'ZK_CLOSE') return this.dropConn(sid, m.conn, false);
    if (!('conn' in m)) return;
    const c = z.conns[String(m.conn)];
    if (!c) return this.send(sid, from, { kind: 'ZK_CLOSE', conn: m.conn });
    if (!c.handshake) this.touchLocal(sid, c.sessionId);
    switch (m.kind) {
      case 'ZK_PING':
        return this.send(sid, from, {
          kind: 'ZK_PONG',
          conn: c.conn,
          zxid: z.tree.lastProcessedZxid,
        });
      case 'ZK_REQUEST':
        return this.enqueue(sid, c, m.xid, m.request);
      case 'ZK_SET_WATCHES': {
        const events = setWatches(z.tree, z.watches, c.sessionId, m.relativeZxid, {
          data: m.data,
          exist: m.exist,
          child: m.child,
        });
        return this.fire(sid, events);
      }
      default:
        return;
    }
  }

  /** ZooKeeperServer.processConnectRequest. */
  private connect(
    sid: number,
    from: number,
    m: Extract<ClientMessage, { kind: 'ZK_CONNECT' }>,
  ): void {
    const z = this.z(sid);
    if (!this.serving(sid)) return this.send(sid, from, { kind: 'ZK_CLOSE', conn: m.conn });
    if (compareZxid(m.lastZxidSeen, z.tree.lastProcessedZxid) > 0) {
      this.log(sid, {
        kind: 'sessionRefused',
        client: from,
        clientZxid: formatZxid(m.lastZxidSeen),
        serverZxid: formatZxid(z.tree.lastProcessedZxid),
      });
      return this.send(sid, from, { kind: 'ZK_CLOSE', conn: m.conn });
    }
    const timeoutMs = Math.min(20 * this.tickMs, Math.max(2 * this.tickMs, m.timeoutMs));
    const origin: Origin = { sid, conn: m.conn, xid: 0 };
    if (m.sessionId === null) {
      const sessionId = makeSessionId(sid, z.sessionStartMs, z.sessionCount++);
      z.conns[String(m.conn)] = {
        conn: m.conn,
        client: from,
        sessionId,
        timeoutMs,
        handshake: true,
        queue: [],
      };
      this.request(sid, { kind: 'createSession', origin, sessionId, timeoutMs });
    } else {
      z.conns[String(m.conn)] = {
        conn: m.conn,
        client: from,
        sessionId: m.sessionId,
        timeoutMs,
        handshake: true,
        queue: [],
      };
      this.sim.sendTo(sid, {
        type: 'REVALIDATE',
        sessionId: m.sessionId,
        timeoutMs,
        origin,
        port: this.sim.port(sid),
      });
    }
  }

  /**
   * A session (re)established on this server: any older connection of the same session is stale
   * (it may have broken silently) and is closed, as NIOServerCnxnFactory.closeSession does.
   */
  private closeStaleConns(sid: number, keep: ZkConn): void {
    for (const c of Object.values(this.z(sid).conns)) {
      if (c !== keep && c.sessionId === keep.sessionId) this.dropConn(sid, c.conn, true);
    }
  }

  private dropConn(sid: number, conn: number, notify: boolean): void {
    const z = this.z(sid);
    const c = z.conns[String(conn)];
    if (!c) return;
    delete z.conns[String(conn)];
    if (!Object.values(z.conns).some((o) => o.sessionId === c.sessionId))
      removeWatcher(z.watches, c.sessionId);
    if (notify) this.send(sid, c.client, { kind: 'ZK_CLOSE', conn });
  }

  /** A session's request: reads wait behind its earlier writes; writes and syncs go to ZAB now. */
  private enqueue(sid: number, c: ZkConn, xid: number, op: ZkOp): void {
    c.queue.push({ xid, op, reply: null });
    const origin: Origin = { sid, conn: c.conn, xid };
    if (op.op === 'close-session')
      this.request(sid, { kind: 'closeSession', origin, sessionId: c.sessionId });
    else if (op.op === 'sync') this.request(sid, { kind: 'sync', origin });
    else if (!isRead(op)) this.request(sid, { kind: 'client', origin, sessionId: c.sessionId, op });
    this.drain(sid, c);
  }

  /** Sends every reply that is ready at the head of the queue, answering reads when they reach it. */
  private drain(sid: number, c: ZkConn): void {
    const z = this.z(sid);
    while (c.queue.length > 0) {
      const head = c.queue[0] as ZkConn['queue'][number];
      if (head.reply === null && isRead(head.op)) head.reply = this.read(sid, c, head.op);
      if (head.reply === null) return;
      c.queue.shift();
      this.send(sid, c.client, {
        kind: 'ZK_REPLY',
        conn: c.conn,
        xid: head.xid,
        reply: head.reply,
      });
      if (head.op.op === 'close-session') return this.dropConn(sid, c.conn, false);
      if (!z.conns[String(c.conn)]) return;
    }
  }

  /** FinalRequestProcessor for reads: this server's own tree, so possibly stale (ZAB.md 5.1). */
  private read(sid: number, c: ZkConn, op: ZkOp): ZkReply {
    const z = this.z(sid);
    // FinalRequestProcessor answers a read with the tree's lastProcessedZxid, which after a
    // leader's activation or a SNAP is an (e, 0) marker above its last txn; the txns it holds are
    // what must be a delivered prefix.
    const zxid = z.tree.lastProcessedZxid;
    const applied = lastAppliedZxid(z);
    const watch = 'watch' in op && op.watch ? { wm: z.watches, watcher: c.sessionId } : null;
    if (compareZxid(applied, this.rec(sid).lastDelivered) !== 0) {
      this.sim.violation({
        invariant: 'ReadsArePrefixes',
        params: {
          sid,
          applied: formatZxid(applied),
          delivered: formatZxid(this.rec(sid).lastDelivered),
        },
      });
    }
    switch (op.op) {
      case 'get': {
        const r = getData(z.tree, op.path, watch);
        return r.rc === 'OK' ? { rc: 'OK', zxid, data: r.data } : { rc: r.rc, zxid };
      }
      case 'exists':
        return { rc: 'OK', zxid, exists: exists(z.tree, op.path, watch) !== null };
      case 'children': {
        const r = getChildren(z.tree, op.path, watch);
        return r.rc === 'OK'
          ? { rc: 'OK', zxid, children: r.children.slice() }
          : { rc: r.rc, zxid };
      }
      default:
        return { rc: 'BadArguments', zxid };
    }
  }

  private complete(sid: number, origin: Origin, reply: ZkReply): void {
    const c = this.z(sid).conns[String(origin.conn)];
    const q = c?.queue.find((x) => x.xid === origin.xid);
    if (!c || !q) return;
    q.reply = reply;
    this.drain(sid, c);
  }

  private fire(sid: number, events: readonly WatchEvent[]): void {
    const z = this.z(sid);
    for (const ev of events) {
      const c = Object.values(z.conns).find((x) => x.sessionId === ev.watcher && !x.handshake);
      if (c)
        this.send(sid, c.client, {
          kind: 'ZK_WATCH',
          conn: c.conn,
          type: ev.type,
          path: ev.path,
          zxid: z.tree.lastProcessedZxid,
        });
    }
  }

  private touchLocal(sid: number, sessionId: string): void {
    const z = this.z(sid);
    if (z.tracker) touch(z.tracker, sessionId, this.sim.world.nowMs, this.tickMs);
    else if (!z.touches.includes(sessionId)) z.touches.push(sessionId);
  }

  // ---------------------------------------------------------------- ZkHooks (from ZAB)

  prepare(sid: number, request: ZabRequest, zxid: Zxid): unknown {
    const z = this.z(sid);
    const zk = requestFromZab(request);
    if (zk === null) return undefined;
    if (z.prep === null) z.prep = emptyPrepState();
    return prepRequest(z.tree, z.prep, zk, zxid);
  }

  /** A committed txn applied at server sid: tree, watches, replies, sessions. */
  applied(sid: number, txn: Txn): void {
    const z = this.z(sid);
    const body = zkTxnOf(txn);
    const parent = body.type === 'create' ? parentOf(body.path) : undefined;
    const counterBefore = parent !== undefined ? z.tree.nodes[parent]?.internalCversion : undefined;
    // Already in the tree (fast-forward, the sync stream, a restart's replay): nothing to do.
    const result = applyCommitted(z, txn);
    if (result === null) return;
    if (z.tracker) this.sim.txnApplied(sid, body, result); // the active leader
    if (parent !== undefined) this.checkCreate(sid, parent, counterBefore);
    if (z.prep) retireChanges(z.prep, txn.zxid);
    this.fire(sid, triggerWatches(z.watches, result.triggers));
    if (body.type === 'createSession' && z.tracker)
      addSession(z.tracker, body.sessionId, body.timeoutMs, this.sim.world.nowMs, this.tickMs);
    if (body.type === 'closeSession') {
      if (z.tracker) removeSession(z.tracker, body.sessionId);
      const paths = ephemeralsOwnedBy(z.tree, body.sessionId);
      if (paths.length > 0)
        this.sim.violation({
          invariant: 'ClosedSessionLeavesNoEphemerals',
          params: { sid, session: body.sessionId, paths },
        });
    }
    const origin = txn.request && 'origin' in txn.request ? txn.request.origin : null;
    if (origin && origin.sid === sid) this.replyToOrigin(sid, origin, txn, result.rc, result.path);
    if (body.type === 'closeSession') {
      for (const c of Object.values(z.conns).filter((x) => x.sessionId === body.sessionId))
        this.dropConn(sid, c.conn, true);
    }
  }

  /**
   * ZAB.md 7.2 item 16 at each create: an ephemeral never gets a child, and the parent's
   * child-creation counter (the source of sequential suffixes) strictly increases, so suffixes
   * under one parent never repeat.
   */
  private checkCreate(sid: number, parent: string, counterBefore: number | undefined): void {
    const node = this.z(sid).tree.nodes[parent];
    if (!node) return;
    if (node.ephemeralOwner !== NO_SESSION && node.children.length > 0) {
      this.sim.violation({
        invariant: 'EphemeralsHaveNoChildren',
        params: { sid, path: parent, children: node.children.slice() },
      });
    }
    if (counterBefore !== undefined && node.internalCversion <= counterBefore) {
      this.sim.violation({
        invariant: 'SequentialSuffixesIncrease',
        params: { sid, path: parent, before: counterBefore, after: node.internalCversion },
      });
    }
  }

  private replyToOrigin(
    sid: number,
    origin: Origin,
    txn: Txn,
    rc: string,
    path: string | null,
  ): void {
    const z = this.z(sid);
    const body = zkTxnOf(txn);
    const zxid = z.tree.lastProcessedZxid;
    if (body.type === 'createSession') {
      const c = z.conns[String(origin.conn)];
      if (!c) return;
      c.handshake = false;
      this.closeStaleConns(sid, c);
      this.log(sid, {
        kind: 'sessionEstablished',
        client: c.client,
        session: c.sessionId,
        timeoutMs: c.timeoutMs,
      });
      return this.send(sid, c.client, {
        kind: 'ZK_CONNECTED',
        conn: c.conn,
        sessionId: c.sessionId,
        timeoutMs: c.timeoutMs,
      });
    }
    const reply: ZkReply = body.type === 'error' ? { rc: body.err, zxid } : { rc, zxid };
    if (body.type === 'create' && path !== null && rc === 'OK') reply.createdPath = path;
    this.complete(sid, origin, reply);
  }

  requestFailed(sid: number, request: ZabRequest, error: string): void {
    if ('origin' in request && request.origin && request.origin.sid === sid) {
      this.complete(sid, request.origin, { rc: error, zxid: this.z(sid).tree.lastProcessedZxid });
    }
  }

  drainTouches(sid: number): string[] {
    const z = this.z(sid);
    const t = z.touches;
    z.touches = [];
    return t;
  }

  touchSessions(sid: number, sessionIds: readonly string[]): void {
    const t = this.z(sid).tracker;
    if (t) for (const id of sessionIds) touch(t, id, this.sim.world.nowMs, this.tickMs);
  }

  revalidate(sid: number, sessionId: string, _timeoutMs: number): boolean {
    const t = this.z(sid).tracker;
    if (!t || !isLive(t, sessionId)) return false;
    touch(t, sessionId, this.sim.world.nowMs, this.tickMs);
    return true;
  }

  revalidated(sid: number, origin: Origin, sessionId: string, valid: boolean): void {
    const z = this.z(sid);
    const c = z.conns[String(origin.conn)];
    if (!c || !c.handshake) return;
    if (valid) {
      c.handshake = false;
      this.closeStaleConns(sid, c);
      this.log(sid, { kind: 'sessionRevalidated', client: c.client, session: sessionId });
      this.send(sid, c.client, {
        kind: 'ZK_CONNECTED',
        conn: c.conn,
        sessionId,
        timeoutMs: c.timeoutMs,
      });
    } else {
      this.log(sid, { kind: 'sessionInvalid', client: c.client, session: sessionId });
      this.send(sid, c.client, { kind: 'ZK_CONNECTED', conn: c.conn, sessionId, timeoutMs: 0 });
      delete z.conns[String(origin.conn)];
    }
  }

  syncDone(sid: number, origin: Origin): void {
    this.complete(sid, origin, { rc: 'OK', zxid: this.z(sid).tree.lastProcessedZxid });
  }

  // ---------------------------------------------------------------- role changes and expiry

  /** Leaving broadcast closes every client connection and reloads the tree (fast-forward). */
  onRoleChange(sid: number, wasServing: boolean, crashing: boolean): void {
    const r = this.rec(sid);
    const z = r.zk;
    if (wasServing && r.phase !== 'broadcast') {
      for (const c of Object.values(z.conns))
        if (!crashing) this.send(sid, c.client, { kind: 'ZK_CLOSE', conn: c.conn });
      z.conns = {};
      z.watches = emptyWatchManager();
      z.touches = [];
      z.prep = null;
      z.tracker = null;
      z.tickToken++;
      // The fast-forward of ZooKeeperServer.shutdown ran in the role's shutdown (port.shutdownDatabase).
    }
    if (!wasServing && r.state === 'LEADING' && r.phase === 'broadcast') {
      // LeaderZooKeeperServer.createSessionTracker: every session restarts its full timeout.
      const sessions = Object.keys(z.tree.sessions)
        .sort()
        .map((id) => ({ id, timeoutMs: z.tree.sessions[id] as number }));
      z.tracker = newTracker(sessions, this.sim.world.nowMs, this.tickMs);
      z.prep = emptyPrepState();
      this.scheduleTick(sid);
    }
  }

  private scheduleTick(sid: number): void {
    const w = this.sim.world;
    const z = this.z(sid);
    const token = ++z.tickToken;
    const next = (Math.floor(w.nowMs / this.tickMs) + 1) * this.tickMs;
    push(w.queue, {
      kind: 'sessionTick',
      timeMs: next,
      sid,
      token,
      inc: this.rec(sid).incarnation,
    } as Omit<KernelEvent, 'seq'>);
  }

  /** SessionTrackerImpl.run: at each tick boundary, expire the due bucket. */
  sessionTick(sid: number, token: number, inc: number): void {
    const r = this.rec(sid);
    const z = r.zk;
    if (r.incarnation !== inc || z.tickToken !== token || !z.tracker) return;
    for (const id of expireDue(z.tracker, this.sim.world.nowMs)) {
      this.log(sid, { kind: 'expire', session: id, timeoutMs: z.tracker.timeoutMs[id] ?? null });
      this.sim.sessionExpired(sid, id);
      this.request(sid, { kind: 'closeSession', origin: null, sessionId: id });
    }
    if (this.z(sid).tracker) this.scheduleTick(sid);
  }
}
