/**
 * The leader's discovery and synchronization (Leader.lead, getEpochToPropose, waitForEpochAck,
 * waitForNewLeaderAck, startZkServer, LearnerHandler.syncFollower; ZAB.md sections 4.2, 4.4, 4.5):
 * fix the new epoch, become established on a quorum of ACKEPOCH, sync each learner, and become
 * active on a quorum of NEWLEADER ACKs.
 */
import type { LeaderState, LearnerHandler, ServerContext } from './context';
import { isVoter } from './context';
import { txnValue } from './messages';
import type { ServerPort } from './port';
import { SYNC_RULE_TEXT, syncModeFor } from './syncMode';
import { isQuorum } from './vote';
import { compareZxid, EPOCH_MAX, formatZxid, makeZxid, type Zxid } from './zxid';
import { closeHandler, handlers, lead, sendPacket, sidList } from './leaderShared';

/** Leader.lead begins: discovery, with the leader's own getEpochToPropose. */
export function startLeading(ctx: ServerContext, port: ServerPort): void {
  // zk.loadData(): the database is already in memory; ZooKeeper takes a "clean snapshot" of it.
  port.loadData();
  const last = port.lastProcessedZxid();
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
    // Leader.lead: leaderStateSummary = (currentEpoch, zk.getLastProcessedZxid()).
    summary: { epoch: port.disk.currentEpoch, zxid: last },
    outstanding: [],
    pendingSyncs: [],
    quit: null,
  };
  port.log(
    `LEADING - discovery: waiting for a quorum of FOLLOWERINFO (initLimit ${ctx.cfg.initLimit} x tickTime)`,
    {
      kind: 'discovery',
      initLimit: ctx.cfg.initLimit,
      limitMs: ctx.cfg.initLimit * ctx.cfg.tickTimeMs,
    },
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

/** FOLLOWERINFO / OBSERVERINFO: getEpochToPropose, or LEADERINFO at once if the epoch is fixed. */
export function onFollowerInfo(
  ctx: ServerContext,
  h: LearnerHandler,
  kind: 'FOLLOWERINFO' | 'OBSERVERINFO',
  acceptedEpoch: number,
  port: ServerPort,
): void {
  const l = lead(ctx);
  h.observer = kind === 'OBSERVERINFO' || !isVoter(ctx, h.sid);
  if (h.stage !== 'connected') return;
  h.stage = 'info';
  if (l.epoch === null) {
    l.candidateEpoch = Math.max(l.candidateEpoch, acceptedEpoch + 1);
    if (!h.observer && !l.connecting.includes(h.sid)) l.connecting.push(h.sid);
    maybeFixEpoch(ctx, port);
  } else sendLeaderInfo(l, h, port);
}

/** getEpochToPropose: once the leader and a quorum have reported, the epoch is fixed. */
function maybeFixEpoch(ctx: ServerContext, port: ServerPort): void {
  const l = lead(ctx);
  if (l.epoch !== null || !isQuorum(l.connecting, ctx.cfg.voters)) return;
  if (l.candidateEpoch > EPOCH_MAX) {
    // A zxid holds 32 bits of epoch and ZooKeeper has no epoch rollover: rather than form a
    // 65-bit zxid, the leader gives up, as Leader.propose does when the counter runs out.
    l.quit = { code: 'epochTooLarge', needed: l.candidateEpoch };
    return;
  }
  l.epoch = l.candidateEpoch;
  port.setAcceptedEpoch(l.epoch);
  // Leader.lead: zk.setZxid(makeZxid(epoch, 0)); lastProposed = zk.getZxid().
  l.lastProposed = makeZxid(l.epoch, 0);
  port.log(
    `New epoch ${l.epoch} fixed: max acceptedEpoch of the first quorum ${sidList(l.connecting)} + 1`,
    { kind: 'epoch', epoch: l.epoch, quorum: [...l.connecting].sort((a, b) => a - b) },
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
  // The checker's history of this leader: every txn its database holds (ZAB.md 7.1).
  const db = port.history();
  const history: { zxid: Zxid; value: string }[] = [];
  for (let i = 0; i < db.length; i++) {
    const t = db.at(i);
    history.push({ zxid: t.zxid, value: txnValue(t) });
  }
  const compacted = db.compacted;
  port.ghost({
    kind: 'established',
    sid: ctx.cfg.sid,
    epoch: l.epoch,
    history,
    ...(compacted === null ? {} : { compacted }),
  });
  port.log(
    `Leader established in epoch ${l.epoch}: ACKEPOCH from a quorum ${sidList(l.epochAcks)}`,
    { kind: 'established', epoch: l.epoch, quorum: [...l.epochAcks].sort((a, b) => a - b) },
  );
  port.setTimer('timer.initLimit', ctx.cfg.initLimit * ctx.cfg.tickTimeMs);
  for (const h of handlers(l)) if (h.stage === 'epochAcked') syncLearner(ctx, h, port);
  maybeActivate(ctx, port);
}

/** syncFollower + startForwarding + NEWLEADER (ZAB.md sections 4.4 and 4.5). */
function syncLearner(ctx: ServerContext, h: LearnerHandler, port: ServerPort): void {
  const l = lead(ctx);
  const disk = port.disk;
  const committed = port.committedLog();
  const peer = h.peerLastZxid ?? makeZxid(0, 0);
  const lastProcessed = port.lastProcessedZxid();
  const txnLogSize = port.txnLogSizeCheck(peer);
  const plan = syncModeFor(
    {
      lastProcessedZxid: lastProcessed,
      committedLog: { length: committed.length, zxidAt: (i) => committed.at(i).zxid },
      txnLog: { length: disk.logLength, zxidAt: (i) => disk.logAt(i).zxid },
      txnLogSize,
    },
    peer,
  );
  port.log(
    `Synchronizing with learner S${h.sid} by ${plan.mode} (${SYNC_RULE_TEXT[plan.rule]}); peerLastZxid ${formatZxid(peer)}, maxCommittedLog ${formatZxid(plan.maxCommittedLog)}, minCommittedLog ${formatZxid(plan.minCommittedLog)}, lastProcessedZxid ${formatZxid(lastProcessed)}`,
    {
      kind: 'syncMode',
      learner: h.sid,
      mode: plan.mode,
      ruleCode: plan.rule,
      zxid: formatZxid(plan.zxid),
      peerLastZxid: formatZxid(peer),
      minCommittedLog: formatZxid(plan.minCommittedLog),
      maxCommittedLog: formatZxid(plan.maxCommittedLog),
      lastProcessedZxid: formatZxid(lastProcessed),
      committedLogCount: committed.length,
      // ZKDatabase.getProposalsFromTxnLog's "Txnlog size: N exceeds sizeLimit: M", in bytes.
      txnLogSizeLimit: txnLogSize.sizeLimitBytes,
      txnLogStorage: txnLogSize.storageBytes,
    },
  );
  if (plan.mode === 'SNAP') {
    sendPacket(port, h, { kind: 'SNAP', ...port.serializeSnapshot() });
  } else {
    sendPacket(port, h, { kind: plan.mode, zxid: plan.zxid });
    for (const seg of plan.stream) {
      for (let i = seg.from; i < seg.to; i++) {
        const txn = seg.source === 'txnLog' ? disk.logAt(i) : committed.at(i);
        sendPacket(port, h, { kind: 'PROPOSAL', txn });
        sendPacket(port, h, { kind: 'COMMIT', zxid: txn.zxid });
      }
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
  // COMMIT-LD (ghost): the leader's initial history is committed.
  port.deliverHistory();
  l.lastCommitted = makeZxid(e, 0);
  l.lastProposed = makeZxid(e, 0);
  // Leader.startZkServer: setlastProcessedZxid((e, 0)), then updateElectionVote(e).
  port.activate(e);
  if (ctx.currentVote) ctx.currentVote = { ...ctx.currentVote, peerEpoch: e };
  port.cancelTimer('timer.initLimit');
  port.ghost({ kind: 'activated', sid: ctx.cfg.sid, epoch: e });
  port.log(
    `Have quorum of supporters, sids: ${sidList(l.newLeaderAcks)}; starting up and setting last processed zxid: ${formatZxid(port.lastProcessedZxid())}`,
    {
      kind: 'activated',
      epoch: e,
      zxid: formatZxid(port.lastProcessedZxid()),
      quorum: [...l.newLeaderAcks].sort((a, b) => a - b),
    },
  );
  for (const h of handlers(l))
    if (h.stage === 'newLeaderAcked') sendPacket(port, h, { kind: 'UPTODATE' });
  port.setTimer('timer.ping', ctx.cfg.tickTimeMs / 2);
}

export function onAckEpoch(
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
    // Leader.waitForEpochAck, called from this learner's LearnerHandler thread: a follower more
    // recent than leaderStateSummary makes it throw "Follower is ahead of the leader", which
    // LearnerHandler.run catches by closing this learner's socket. The leader goes on, and its
    // own wait ends in a quorum or in the initLimit timeout (onInitLimit).
    const mine = l.summary;
    if (
      currentEpoch > mine.epoch ||
      (currentEpoch === mine.epoch && compareZxid(lastZxid, mine.zxid) > 0)
    ) {
      closeHandler(
        ctx,
        h,
        {
          code: 'followerAhead',
          epoch: currentEpoch,
          zxid: formatZxid(lastZxid),
          leaderEpoch: mine.epoch,
          leaderZxid: formatZxid(mine.zxid),
        },
        port,
      );
      return;
    }
    if (!h.observer && !l.epochAcks.includes(h.sid)) l.epochAcks.push(h.sid);
  }
  maybeEstablish(ctx, port);
}

/** The ACK of NEWLEADER (zxid (e, 0)): waitForNewLeaderAck, or UPTODATE at once when active. */
export function onNewLeaderAck(ctx: ServerContext, h: LearnerHandler, port: ServerPort): void {
  const l = lead(ctx);
  if (h.stage !== 'synced') return; // the ACK after UPTODATE: ignored (processAck skips counter 0)
  h.stage = 'newLeaderAcked';
  if (l.active) sendPacket(port, h, { kind: 'UPTODATE' });
  else {
    if (!h.observer && !l.newLeaderAcks.includes(h.sid)) l.newLeaderAcks.push(h.sid);
    maybeActivate(ctx, port);
  }
}

/** initLimit x tickTime passed in discovery or synchronization: the leader gives up. */
export function onInitLimit(ctx: ServerContext): void {
  const l = lead(ctx);
  if (l.epoch === null) l.quit = { code: 'epochTimeout' };
  else if (!l.established) l.quit = { code: 'epochAckTimeout' };
  else if (!l.active)
    l.quit = { code: 'newLeaderTimeout', synced: [...l.newLeaderAcks].sort((a, b) => a - b) };
}
