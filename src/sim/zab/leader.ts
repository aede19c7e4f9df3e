/**
 * The leader's side of discovery, synchronization and broadcast (Leader.lead, getEpochToPropose,
 * waitForEpochAck, waitForNewLeaderAck, startZkServer, LearnerHandler, processAck, tryToCommit;
 * ZAB.md sections 4.2, 4.4, 4.5, 5.2, 5.4, 5.5). Each function is one step; the machine routes
 * events here while the server is LEADING and moves its phase when `established`, `active` or
 * `quit` become true.
 */
import type { LeaderState, LearnerHandler, ServerContext } from './context';
import { isVoter } from './context';
import { txnValue, type PeerPacket, type Txn, type ZabRequest } from './messages';
import type { ServerPort } from './port';
import { syncModeFor } from './syncMode';
import { isQuorum } from './vote';
import { COUNTER_MAX, compareZxid, formatZxid, makeZxid, zxidEquals, type Zxid } from './zxid';

function lead(ctx: ServerContext): LeaderState {
  if (!ctx.lead) throw new Error(`server ${ctx.cfg.sid} is not leading`);
  return ctx.lead;
}

const sidList = (sids: readonly number[]) => `[${[...sids].sort((a, b) => a - b).join(', ')}]`;

function sendPacket(port: ServerPort, h: LearnerHandler, packet: PeerPacket): void {
  port.send(h.sid, { kind: 'PACKET', conn: h.conn, packet });
}

function handlers(l: LeaderState): LearnerHandler[] {
  return Object.keys(l.learners)
    .map((k) => l.learners[k] as LearnerHandler)
    .sort((a, b) => a.sid - b.sid);
}

/** Leader.lead begins: discovery, with the leader's own getEpochToPropose. */
export function startLeading(ctx: ServerContext, port: ServerPort): void {
  const last = port.disk.lastLoggedZxid();
  ctx.lead = {
    epoch: null,
    candidateEpoch: port.disk.acceptedEpoch + 1,
    connecting: [ctx.cfg.sid],
    epochAcks: [ctx.cfg.sid],
    newLeaderAcks: [ctx.cfg.sid],
    established: false,
    active: false,
    learners: {},
    tick: 0,
    pings: 0,
    lastProposed: last,
    lastCommitted: last,
    lastProcessed: last,
    // zk.loadData(): every logged txn is in the leader's database and its committed log.
    committedCount: port.disk.logLength,
    outstanding: [],
    pendingSyncs: [],
    quit: null,
  };
  port.log(
    `LEADING - discovery: waiting for a quorum of FOLLOWERINFO (initLimit ${ctx.cfg.initLimit} x tickTime)`,
  );
  port.setTimer('timer.initLimit', ctx.cfg.initLimit * ctx.cfg.tickTimeMs);
  maybeFixEpoch(ctx, port);
}

/** A learner's TCP connection arrives (LearnerCnxAcceptor). */
export function acceptLearner(
  ctx: ServerContext,
  from: number,
  conn: number,
  port: ServerPort,
): void {
  const l = lead(ctx);
  const old = l.learners[String(from)];
  if (old) port.send(from, { kind: 'CLOSE', conn: old.conn });
  l.learners[String(from)] = {
    sid: from,
    conn,
    observer: !isVoter(ctx, from),
    stage: 'connected',
    peerLastZxid: null,
    forwarding: false,
    tickOfNextAckDeadline: l.tick + ctx.cfg.initLimit + ctx.cfg.syncLimit,
    lastHeardMs: port.nowMs,
    unacked: [],
  };
  port.send(from, { kind: 'ACCEPT', conn });
}

/** The learner closed its connection (or it was reset). */
export function learnerClosed(ctx: ServerContext, from: number, conn: number): void {
  const l = lead(ctx);
  if (l.learners[String(from)]?.conn === conn) delete l.learners[String(from)];
}

function closeHandler(ctx: ServerContext, h: LearnerHandler, why: string, port: ServerPort): void {
  port.log(why, { kind: 'closeLearner', learner: h.sid });
  port.send(h.sid, { kind: 'CLOSE', conn: h.conn });
  delete lead(ctx).learners[String(h.sid)];
}

/** getEpochToPropose: once the leader and a quorum have reported, the epoch is fixed. */
function maybeFixEpoch(ctx: ServerContext, port: ServerPort): void {
  const l = lead(ctx);
  if (l.epoch !== null || !isQuorum(l.connecting, ctx.cfg.voters)) return;
  l.epoch = l.candidateEpoch;
  port.setAcceptedEpoch(l.epoch);
  port.log(
    `New epoch ${l.epoch} fixed: max acceptedEpoch of the first quorum ${sidList(l.connecting)} + 1`,
    { kind: 'epoch', epoch: l.epoch },
  );
  port.setTimer('timer.initLimit', ctx.cfg.initLimit * ctx.cfg.tickTimeMs);
  for (const h of handlers(l)) if (h.stage === 'info') sendLeaderInfo(l, h, port);
  maybeEstablish(ctx, port);
}

function sendLeaderInfo(l: LeaderState, h: LearnerHandler, port: ServerPort): void {
  sendPacket(port, h, { kind: 'LEADERINFO', epoch: l.epoch as number });
  h.stage = 'epochSent';
}

/** waitForEpochAck: a quorum of ACKEPOCH makes the leader established (ZAB.md section 4.6). */
function maybeEstablish(ctx: ServerContext, port: ServerPort): void {
  const l = lead(ctx);
  if (l.established || l.epoch === null || !isQuorum(l.epochAcks, ctx.cfg.voters)) return;
  l.established = true;
  port.setCurrentEpoch(l.epoch);
  const history: { zxid: Zxid; value: string }[] = [];
  for (let i = 0; i < port.disk.logLength; i++) {
    const t = port.disk.logAt(i);
    history.push({ zxid: t.zxid, value: txnValue(t) });
  }
  port.ghost({ kind: 'established', sid: ctx.cfg.sid, epoch: l.epoch, history });
  port.log(
    `Leader established in epoch ${l.epoch}: ACKEPOCH from a quorum ${sidList(l.epochAcks)}`,
    { kind: 'established', epoch: l.epoch },
  );
  port.setTimer('timer.initLimit', ctx.cfg.initLimit * ctx.cfg.tickTimeMs);
  for (const h of handlers(l)) if (h.stage === 'epochAcked') syncLearner(ctx, h, port);
  maybeActivate(ctx, port);
}

/** syncFollower + startForwarding + NEWLEADER (ZAB.md sections 4.4 and 4.5). */
function syncLearner(ctx: ServerContext, h: LearnerHandler, port: ServerPort): void {
  const l = lead(ctx);
  const disk = port.disk;
  const plan = syncModeFor(
    {
      length: disk.logLength,
      zxidAt: (i) => disk.logAt(i).zxid,
      committed: l.committedCount,
      lastProcessedZxid: l.lastProcessed,
      commitLogCount: ctx.cfg.commitLogCount,
    },
    h.peerLastZxid ?? makeZxid(0, 0),
  );
  port.log(
    `Synchronizing with learner S${h.sid} by ${plan.mode} (${plan.rule}); peerLastZxid ${formatZxid(h.peerLastZxid ?? makeZxid(0, 0))}`,
    {
      kind: 'syncMode',
      learner: h.sid,
      mode: plan.mode,
      rule: plan.rule,
    },
  );
  if (plan.mode === 'SNAP') {
    const history: Txn[] = [];
    for (let i = 0; i < l.committedCount; i++) history.push(disk.logAt(i));
    sendPacket(port, h, { kind: 'SNAP', zxid: plan.zxid, history });
  } else {
    sendPacket(port, h, { kind: plan.mode, zxid: plan.zxid });
    for (let i = plan.fromIndex; i < l.committedCount; i++) {
      const txn = disk.logAt(i);
      sendPacket(port, h, { kind: 'PROPOSAL', txn });
      sendPacket(port, h, { kind: 'COMMIT', zxid: txn.zxid });
    }
  }
  // startForwarding: outstanding proposals (participants only), then live traffic.
  if (!h.observer) {
    for (const o of l.outstanding) {
      sendPacket(port, h, { kind: 'PROPOSAL', txn: o.txn });
      h.unacked.push({ zxid: o.txn.zxid, sentAtMs: port.nowMs });
    }
  }
  h.forwarding = true;
  sendPacket(port, h, { kind: 'NEWLEADER', zxid: makeZxid(l.epoch as number, 0) });
  h.stage = 'synced';
}

/** waitForNewLeaderAck then startZkServer: the leader becomes active (BROADCAST). */
function maybeActivate(ctx: ServerContext, port: ServerPort): void {
  const l = lead(ctx);
  if (l.active || !l.established || !isQuorum(l.newLeaderAcks, ctx.cfg.voters)) return;
  const e = l.epoch as number;
  l.active = true;
  for (let i = 0; i < port.disk.logLength; i++) port.deliver(port.disk.logAt(i));
  l.committedCount = port.disk.logLength;
  l.lastCommitted = makeZxid(e, 0);
  l.lastProcessed = makeZxid(e, 0);
  l.lastProposed = makeZxid(e, 0);
  if (ctx.currentVote) ctx.currentVote = { ...ctx.currentVote, peerEpoch: e };
  port.cancelTimer('timer.initLimit');
  port.ghost({ kind: 'activated', sid: ctx.cfg.sid, epoch: e });
  port.log(
    `Have quorum of supporters, sids: ${sidList(l.newLeaderAcks)}; starting up and setting last processed zxid: ${formatZxid(l.lastProcessed)}`,
    {
      kind: 'activated',
      epoch: e,
    },
  );
  for (const h of handlers(l))
    if (h.stage === 'newLeaderAcked') sendPacket(port, h, { kind: 'UPTODATE' });
  port.setTimer('timer.ping', ctx.cfg.tickTimeMs / 2);
}

/** One packet from a learner (LearnerHandler.run). */
export function onLearnerPacket(
  ctx: ServerContext,
  from: number,
  conn: number,
  packet: PeerPacket,
  port: ServerPort,
): void {
  const l = lead(ctx);
  const h = l.learners[String(from)];
  if (!h || h.conn !== conn) return;
  h.lastHeardMs = port.nowMs;
  h.tickOfNextAckDeadline = l.tick + ctx.cfg.syncLimit;
  switch (packet.kind) {
    case 'FOLLOWERINFO':
    case 'OBSERVERINFO':
      h.observer = packet.kind === 'OBSERVERINFO' || !isVoter(ctx, from);
      if (h.stage !== 'connected') return;
      h.stage = 'info';
      if (l.epoch === null) {
        l.candidateEpoch = Math.max(l.candidateEpoch, packet.acceptedEpoch + 1);
        if (!h.observer && !l.connecting.includes(from)) l.connecting.push(from);
        maybeFixEpoch(ctx, port);
      } else sendLeaderInfo(l, h, port);
      return;
    case 'ACKEPOCH':
      return onAckEpoch(ctx, h, packet.lastZxid, packet.currentEpoch, port);
    case 'ACK':
      return onAck(ctx, h, packet.zxid, port);
    case 'REQUEST':
      if (l.active) submit(ctx, packet.request, from, port);
      return;
    case 'PING':
      if (packet.touches && packet.touches.length > 0) port.touchSessions(packet.touches);
      return;
    case 'REVALIDATE': {
      const valid = port.revalidate(packet.sessionId, packet.timeoutMs);
      sendPacket(port, h, {
        kind: 'REVALIDATE',
        sessionId: packet.sessionId,
        timeoutMs: packet.timeoutMs,
        origin: packet.origin,
        valid,
      });
      return;
    }
    default:
      port.log(`Unexpected packet ${packet.kind} from S${from}`, { kind: 'unexpected' });
  }
}

function onAckEpoch(
  ctx: ServerContext,
  h: LearnerHandler,
  lastZxid: Zxid,
  currentEpoch: number,
  port: ServerPort,
): void {
  const l = lead(ctx);
  h.peerLastZxid = lastZxid;
  h.stage = 'epochAcked';
  if (l.established) return syncLearner(ctx, h, port);
  if (currentEpoch !== -1) {
    const mine = { epoch: port.disk.currentEpoch, zxid: port.disk.lastLoggedZxid() };
    if (
      currentEpoch > mine.epoch ||
      (currentEpoch === mine.epoch && compareZxid(lastZxid, mine.zxid) > 0)
    ) {
      l.quit = `Follower is ahead of the leader: S${h.sid} has currentEpoch ${currentEpoch}, zxid ${formatZxid(lastZxid)}`;
      return;
    }
    if (!h.observer && !l.epochAcks.includes(h.sid)) l.epochAcks.push(h.sid);
  }
  maybeEstablish(ctx, port);
}

function onAck(ctx: ServerContext, h: LearnerHandler, zxid: Zxid, port: ServerPort): void {
  const l = lead(ctx);
  if (zxid.counter === 0) {
    if (h.stage !== 'synced') return; // the ACK after UPTODATE: ignored (processAck skips counter 0)
    h.stage = 'newLeaderAcked';
    if (l.active) sendPacket(port, h, { kind: 'UPTODATE' });
    else {
      if (!h.observer && !l.newLeaderAcks.includes(h.sid)) l.newLeaderAcks.push(h.sid);
      maybeActivate(ctx, port);
    }
    return;
  }
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
    l.lastProcessed = o.txn.zxid;
    l.committedCount++;
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
    l.quit = 'zxid counter exhausted: shutting down to start a new epoch (ZOOKEEPER-1277)';
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

/** Timers while LEADING: the discovery/sync waits, and the half-tick ping loop. */
export function onLeaderTimer(ctx: ServerContext, name: string, port: ServerPort): void {
  const l = lead(ctx);
  if (name === 'timer.initLimit') {
    if (l.epoch === null) l.quit = 'Timeout while waiting for epoch from quorum';
    else if (!l.established) l.quit = 'Timeout while waiting for epoch to be acked by quorum';
    else if (!l.active)
      l.quit = `Waiting for a quorum of followers, only synced with sids: ${sidList(l.newLeaderAcks)}`;
    return;
  }
  if (name !== 'timer.ping') return;
  l.pings++;
  const limitMs = ctx.cfg.syncLimit * ctx.cfg.tickTimeMs;
  for (const h of handlers(l)) {
    const oldest = h.unacked[0];
    if (oldest && port.nowMs - oldest.sentAtMs > limitMs) {
      closeHandler(
        ctx,
        h,
        `Closing connection to peer S${h.sid} due to transaction timeout.`,
        port,
      );
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
      closeHandler(ctx, h, `Learner S${h.sid} read timed out after ${limit} ms`, port);
  }
  const synced = [ctx.cfg.sid];
  for (const h of handlers(l))
    if (!h.observer && l.tick <= h.tickOfNextAckDeadline) synced.push(h.sid);
  if (!isQuorum(synced, ctx.cfg.voters))
    l.quit = `Not sufficient followers synced, only synced with sids: ${sidList(synced)}`;
}

/** Leader.shutdown: close every learner connection; the role's timers die with it. */
export function shutdownLeader(ctx: ServerContext, port: ServerPort): void {
  const l = ctx.lead;
  if (!l) return;
  port.log(`Shutting down leader: ${l.quit ?? 'leaving LEADING'}`, {
    kind: 'shutdown',
    reason: l.quit,
  });
  for (const h of handlers(l)) port.send(h.sid, { kind: 'CLOSE', conn: h.conn });
  port.cancelTimer('timer.initLimit');
  port.cancelTimer('timer.ping');
  ctx.lead = null;
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
