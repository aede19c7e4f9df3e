/**
 * The leader in broadcast (Leader.propose, processAck, tryToCommit, processSync, the ping loop;
 * ZAB.md sections 5.1-5.5): proposals with the next zxid of the epoch, commits in order on a quorum
 * of ACKs, syncs, PINGs and the once-per-tick check that a quorum is still synced.
 */
import type { ServerContext } from './context';
import type { LearnerHandler } from './context';
import { txnValue, type Txn, type ZabRequest } from './messages';
import type { ServerPort } from './port';
import { isQuorum } from './vote';
import { COUNTER_MAX, compareZxid, formatZxid, makeZxid, zxidEquals, type Zxid } from './zxid';
import { closeHandler, handlers, lead, sendPacket, sidList } from './leaderShared';

/** Leader.processAck for a proposal: count a voter's ACK, then try to commit in order. */
export function onProposalAck(
  ctx: ServerContext,
  h: LearnerHandler,
  zxid: Zxid,
  port: ServerPort,
): void {
  const l = lead(ctx);
  while (h.unacked.length > 0 && compareZxid((h.unacked[0] as { zxid: Zxid }).zxid, zxid) <= 0)
    h.unacked.shift();
  if (compareZxid(zxid, l.lastCommitted) <= 0) return;
  const o = l.outstanding.find((p) => zxidEquals(p.txn.zxid, zxid));
  if (!o || h.observer) return;
  if (!o.ackers.includes(h.sid)) o.ackers.push(h.sid);
  tryToCommit(ctx, port);
}

/** The leader's own fsync completed: its ACK counts now. */
export function onLeaderLogged(ctx: ServerContext, zxid: Zxid, port: ServerPort): void {
  const l = lead(ctx);
  const o = l.outstanding.find((p) => zxidEquals(p.txn.zxid, zxid));
  if (!o) return;
  if (!o.ackers.includes(ctx.cfg.sid)) o.ackers.push(ctx.cfg.sid);
  tryToCommit(ctx, port);
}

/** Leader.tryToCommit, in order: only the oldest outstanding proposal can commit. */
function tryToCommit(ctx: ServerContext, port: ServerPort): void {
  const l = lead(ctx);
  while (l.outstanding.length > 0) {
    const o = l.outstanding[0] as { txn: Txn; ackers: number[] };
    if (!isQuorum(o.ackers, ctx.cfg.voters)) return;
    l.outstanding.shift();
    l.lastCommitted = o.txn.zxid;
    port.ghost({
      kind: 'commit',
      sid: ctx.cfg.sid,
      zxid: o.txn.zxid,
      ackers: o.ackers.slice(),
      previousOutstanding: false,
    });
    port.log(`Committing ${formatZxid(o.txn.zxid)}: ACKs from a quorum ${sidList(o.ackers)}`, {
      kind: 'commit',
      zxid: formatZxid(o.txn.zxid),
      ackers: o.ackers.slice(),
    });
    for (const h of handlers(l)) {
      if (!h.forwarding) continue;
      if (h.observer) sendPacket(port, h, { kind: 'INFORM', txn: o.txn });
      else sendPacket(port, h, { kind: 'COMMIT', zxid: o.txn.zxid });
    }
    port.deliver(o.txn);
    answerSyncs(ctx, port);
  }
}

/** Leader.processSync: a sync is answered once everything proposed before it has committed. */
function answerSyncs(ctx: ServerContext, port: ServerPort): void {
  const l = lead(ctx);
  const ready = l.pendingSyncs.filter((s) => compareZxid(s.zxid, l.lastCommitted) <= 0);
  if (ready.length === 0) return;
  l.pendingSyncs = l.pendingSyncs.filter((s) => compareZxid(s.zxid, l.lastCommitted) > 0);
  for (const s of ready) {
    const h = l.learners[String(s.from)];
    if (s.from === ctx.cfg.sid) port.syncDone(s.origin);
    else if (h) sendPacket(port, h, { kind: 'SYNC', origin: s.origin });
  }
}

/** A request reaches the leader, from a learner (`from`) or from its own clients. */
export function submit(
  ctx: ServerContext,
  request: ZabRequest,
  from: number,
  port: ServerPort,
): void {
  const l = lead(ctx);
  if (request.kind === 'sync') {
    l.pendingSyncs.push({ zxid: l.lastProposed, origin: request.origin, from });
    answerSyncs(ctx, port);
    return;
  }
  propose(ctx, request, port);
}

/** Leader.propose: the next zxid of this epoch, logged locally and sent to every forwarding follower. */
export function propose(
  ctx: ServerContext,
  request: Exclude<ZabRequest, { kind: 'sync' }>,
  port: ServerPort,
): void {
  const l = lead(ctx);
  if (l.lastProposed.counter + 1 >= COUNTER_MAX) {
    l.quit = { code: 'zxidExhausted' };
    return;
  }
  const zxid = makeZxid(l.epoch as number, l.lastProposed.counter + 1);
  const txn: Txn =
    request.kind === 'write'
      ? { zxid, path: request.path, data: request.data, writeId: request.writeId }
      : {
          zxid,
          ...describeRequest(request),
          writeId: -1,
          request,
          body: port.prepare(request, zxid),
        };
  l.lastProposed = txn.zxid;
  l.outstanding.push({ txn, ackers: [] });
  port.ghost({
    kind: 'propose',
    sid: ctx.cfg.sid,
    epoch: l.epoch as number,
    txn: { zxid: txn.zxid, value: txnValue(txn) },
  });
  port.requestAssigned(request, txn.zxid);
  port.log(`Proposing ${formatZxid(txn.zxid)}: ${txnLabel(txn)}`, {
    kind: 'propose',
    zxid: formatZxid(txn.zxid),
    path: txn.path,
  });
  for (const h of handlers(l)) {
    if (!h.forwarding || h.observer) continue;
    sendPacket(port, h, { kind: 'PROPOSAL', txn });
    h.unacked.push({ zxid: txn.zxid, sentAtMs: port.nowMs });
  }
  port.logTxn(txn);
}

/** The half-tick ping loop: PINGs, the SyncLimitCheck, and once per tick the quorum check. */
export function onPingTimer(ctx: ServerContext, port: ServerPort): void {
  const l = lead(ctx);
  l.pings++;
  const limitMs = ctx.cfg.syncLimit * ctx.cfg.tickTimeMs;
  for (const h of handlers(l)) {
    const oldest = h.unacked[0];
    if (oldest && port.nowMs - oldest.sentAtMs > limitMs) {
      closeHandler(ctx, h, { code: 'txnTimeout' }, port);
      continue;
    }
    if (h.forwarding) sendPacket(port, h, { kind: 'PING', zxid: l.lastProposed });
  }
  if (l.pings % 2 === 0) tickCheck(ctx, port);
  if (!l.quit) port.setTimer('timer.ping', ctx.cfg.tickTimeMs / 2);
}

/**
 * Once per tick: learner sockets silent for their read timeout die, then the leader counts the
 * learners still synced (LearnerHandler.synced) plus itself. [sim] A handler's socket timeout is
 * evaluated at tick boundaries, which the tick check would catch at the same tick anyway.
 */
function tickCheck(ctx: ServerContext, port: ServerPort): void {
  const l = lead(ctx);
  l.tick++;
  for (const h of handlers(l)) {
    const limit =
      (h.stage === 'newLeaderAcked' ? ctx.cfg.syncLimit : ctx.cfg.initLimit) * ctx.cfg.tickTimeMs;
    if (port.nowMs - h.lastHeardMs >= limit)
      closeHandler(ctx, h, { code: 'learnerTimeout', limitMs: limit }, port);
  }
  const synced = [ctx.cfg.sid];
  for (const h of handlers(l))
    if (!h.observer && l.tick <= h.tickOfNextAckDeadline) synced.push(h.sid);
  if (!isQuorum(synced, ctx.cfg.voters))
    l.quit = { code: 'notSynced', synced: synced.sort((a, b) => a - b) };
}

/** Path and data for display: what the txn does, in ZooKeeper's words. */
function describeRequest(r: Exclude<ZabRequest, { kind: 'write' | 'sync' }>): {
  path: string;
  data: string;
} {
  switch (r.kind) {
    case 'client':
      return { path: r.op.path, data: r.op.op === 'delete' ? '' : r.op.data };
    case 'createSession':
      return { path: '', data: `createSession ${r.sessionId}` };
    case 'closeSession':
      return { path: '', data: `closeSession ${r.sessionId}` };
  }
}

export function txnLabel(t: Txn): string {
  if (!t.request) return `setData ${t.path}`;
  if (t.request.kind === 'client') return `${t.request.op.op} ${t.path}`;
  return t.data;
}
