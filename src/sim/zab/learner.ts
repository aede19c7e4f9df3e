/**
 * The learner's side (Follower.followLeader, Observer.observeLeader, Learner.connectToLeader,
 * registerWithLeader, syncWithLeader, Follower.processPacket; ZAB.md sections 4.3, 5.2, 5.6).
 * The machine routes events here while the server is FOLLOWING or OBSERVING and moves its phase
 * when `epochAcked` or `upToDate` become true, or goes LOOKING when `quit` is set.
 */
import { isObserver, type ServerContext } from './context';
import {
  appliesInMemory,
  commitInMemory,
  learn,
  onNewLeader,
  onUpToDate,
  toLeader,
} from './learnerSync';
import type { PeerPacket, ZabRequest } from './messages';
import type { ServerPort } from './port';
import { learnerQuitText } from './quitReasons';
import { formatZxid, zxidEquals, type Zxid } from './zxid';

/** leaderConnectDelayDuringRetryMs, at most 5 tries (Learner.connectToLeader). */
export const CONNECT_RETRY_MS = 100;
export const CONNECT_TRIES = 5;

/** The read timeout: initLimit ticks until NEWLEADER, syncLimit ticks after (Learner.syncWithLeader). */
function armReadTimeout(ctx: ServerContext, port: ServerPort): void {
  const s = learn(ctx);
  if (s.newLeaderSeen) {
    port.cancelTimer('timer.initLimit');
    port.setTimer('timer.syncLimit', ctx.cfg.syncLimit * ctx.cfg.tickTimeMs);
  } else port.setTimer('timer.initLimit', ctx.cfg.initLimit * ctx.cfg.tickTimeMs);
}

export function startLearning(ctx: ServerContext, port: ServerPort): void {
  const leader = ctx.currentVote?.leader ?? -1;
  ctx.learn = {
    leader,
    conn: port.newConnId(),
    connected: false,
    tries: 1,
    epoch: null,
    epochAcked: false,
    syncMode: null,
    newLeaderSeen: false,
    upToDate: false,
    syncQueue: [],
    syncCommitted: [],
    pending: [],
    quit: null,
  };
  const limitMs = ctx.cfg.initLimit * ctx.cfg.tickTimeMs;
  const observer = isObserver(ctx);
  port.log(
    `${observer ? 'Observing' : 'Following'} S${leader}: connecting (budget initLimit x tickTime = ${limitMs} ms)`,
    { kind: 'connecting', leader, observer, limitMs },
  );
  port.send(leader, { kind: 'CONNECT', conn: ctx.learn.conn });
  port.setTimer('timer.initLimit', ctx.cfg.initLimit * ctx.cfg.tickTimeMs);
}

export function onAccepted(ctx: ServerContext, conn: number, port: ServerPort): void {
  const s = learn(ctx);
  if (conn !== s.conn || s.connected) return;
  s.connected = true;
  const kind = isObserver(ctx) ? 'OBSERVERINFO' : 'FOLLOWERINFO';
  toLeader(ctx, port, { kind, acceptedEpoch: port.disk.acceptedEpoch });
}

/** The leader's host refused at once: it is not (yet) leading. Retry after 100 ms, 5 tries. */
export function onRefused(ctx: ServerContext, conn: number, port: ServerPort): void {
  const s = learn(ctx);
  if (conn !== s.conn || s.connected) return;
  if (s.tries >= CONNECT_TRIES) {
    s.quit = { code: 'connectTries', leader: s.leader, tries: CONNECT_TRIES };
    return;
  }
  port.setTimer('timer.connectRetry', CONNECT_RETRY_MS);
}

export function onLearnerTimer(ctx: ServerContext, name: string, port: ServerPort): void {
  const s = learn(ctx);
  if (name === 'timer.connectRetry') {
    s.tries++;
    s.conn = port.newConnId();
    port.send(s.leader, { kind: 'CONNECT', conn: s.conn });
  } else if (name === 'timer.initLimit') {
    const limitMs = ctx.cfg.initLimit * ctx.cfg.tickTimeMs;
    s.quit = s.connected
      ? { code: 'readTimeout', limit: 'initLimit', limitMs }
      : { code: 'connectTimeout', leader: s.leader, limitMs };
  } else if (name === 'timer.syncLimit') {
    const limitMs = ctx.cfg.syncLimit * ctx.cfg.tickTimeMs;
    s.quit = { code: 'readTimeout', limit: 'syncLimit', limitMs };
  }
}

export function onLeaderClosed(ctx: ServerContext, conn: number): void {
  const s = learn(ctx);
  if (conn === s.conn) s.quit = { code: 'connectionClosed' };
}

/** One packet from the leader. */
export function onLeaderPacket(
  ctx: ServerContext,
  conn: number,
  packet: PeerPacket,
  port: ServerPort,
): void {
  const s = learn(ctx);
  if (conn !== s.conn) return;
  switch (packet.kind) {
    case 'LEADERINFO':
      return onLeaderInfo(ctx, packet.epoch, port);
    case 'DIFF':
      s.syncMode = 'DIFF';
      port.log(`Getting a diff from the leader ${formatZxid(packet.zxid)}`, {
        kind: 'diff',
        zxid: formatZxid(packet.zxid),
        from: s.leader,
      });
      break;
    case 'TRUNC':
      s.syncMode = 'TRUNC';
      port.log(`Truncating log to get in sync with the leader ${formatZxid(packet.zxid)}`, {
        kind: 'trunc',
        zxid: formatZxid(packet.zxid),
        from: s.leader,
      });
      port.truncateLog(packet.zxid, s.leader);
      break;
    case 'SNAP':
      s.syncMode = 'SNAP';
      port.log(`Getting a snapshot from leader ${formatZxid(packet.zxid)}`, {
        kind: 'snap',
        zxid: formatZxid(packet.zxid),
        from: s.leader,
      });
      port.deserializeSnapshot(packet, s.leader);
      break;
    case 'PROPOSAL':
      if (s.upToDate) {
        s.pending.push(packet.txn);
        port.logTxn(packet.txn);
      } else s.syncQueue.push(packet.txn);
      break;
    case 'COMMIT':
      if (s.upToDate) commitInBroadcast(ctx, packet.zxid, port);
      else if (appliesInMemory(s)) commitInMemory(ctx, packet.zxid, port);
      else s.syncCommitted.push(formatZxid(packet.zxid));
      break;
    case 'INFORM':
      // Observer.processPacket: a committed txn. Before UPTODATE it follows the sync stream's rule.
      if (s.upToDate) {
        port.logTxn(packet.txn);
        port.deliver(packet.txn);
      } else if (appliesInMemory(s)) port.applySynced(packet.txn, s.leader);
      else {
        s.syncQueue.push(packet.txn);
        s.syncCommitted.push(formatZxid(packet.txn.zxid));
      }
      break;
    case 'NEWLEADER':
      onNewLeader(ctx, packet.zxid, port);
      break;
    case 'UPTODATE':
      onUpToDate(ctx, port);
      break;
    case 'PING':
      toLeader(ctx, port, {
        kind: 'PING',
        zxid: port.disk.lastLoggedZxid(),
        touches: port.drainTouches(),
      });
      break;
    case 'SYNC':
      port.syncDone(packet.origin);
      break;
    case 'REVALIDATE':
      port.revalidated(packet.origin, packet.sessionId, packet.valid === true);
      break;
    default:
      port.log(`Unexpected packet ${packet.kind} from the leader`, {
        kind: 'unexpectedPacket',
        packet: packet.kind,
        from: s.leader,
      });
  }
  if (!s.quit) armReadTimeout(ctx, port);
}

/** registerWithLeader: accept a newer epoch once; never go back to an older one. */
function onLeaderInfo(ctx: ServerContext, epoch: number, port: ServerPort): void {
  const s = learn(ctx);
  const accepted = port.disk.acceptedEpoch;
  if (epoch < accepted) {
    s.quit = { code: 'staleLeaderEpoch', epoch, accepted };
    return;
  }
  let reported = -1;
  if (epoch > accepted) {
    port.setAcceptedEpoch(epoch);
    reported = port.disk.currentEpoch;
  }
  s.epoch = epoch;
  s.epochAcked = true;
  // Learner.registerWithLeader: self.getLastLoggedZxid(), the data tree's lastProcessedZxid.
  toLeader(ctx, port, {
    kind: 'ACKEPOCH',
    lastZxid: port.lastProcessedZxid(),
    currentEpoch: reported,
  });
  armReadTimeout(ctx, port);
}

/** FollowerZooKeeperServer.commit: the COMMIT must match the head of the pending queue. */
function commitInBroadcast(ctx: ServerContext, zxid: Zxid, port: ServerPort): void {
  const s = learn(ctx);
  const head = s.pending[0] ?? null;
  port.ghost({
    kind: 'followerCommit',
    sid: ctx.cfg.sid,
    zxid,
    pendingHead: head ? head.zxid : null,
  });
  if (!head || !zxidEquals(head.zxid, zxid)) {
    s.quit = {
      code: 'unmatchedCommit',
      zxid: formatZxid(zxid),
      head: head ? formatZxid(head.zxid) : null,
    };
    return;
  }
  s.pending.shift();
  port.deliver(head);
}

/** The follower's fsync of a proposal completed: ACK it (SendAckRequestProcessor). */
export function onFollowerLogged(ctx: ServerContext, zxid: Zxid, port: ServerPort): void {
  if (isObserver(ctx)) return;
  toLeader(ctx, port, { kind: 'ACK', zxid });
}

/** FollowerRequestProcessor: a write, a session change or a sync goes to the leader as REQUEST. */
export function forwardRequest(ctx: ServerContext, request: ZabRequest, port: ServerPort): void {
  toLeader(ctx, port, { kind: 'REQUEST', request });
}

/** LearnerZooKeeperServer.revalidateSession: ask the leader whether a reconnecting session lives. */
export function revalidate(
  ctx: ServerContext,
  sessionId: string,
  timeoutMs: number,
  origin: { sid: number; conn: number; xid: number },
  port: ServerPort,
): void {
  toLeader(ctx, port, { kind: 'REVALIDATE', sessionId, timeoutMs, origin });
}

/** Learner.shutdown: close the connection to the leader. */
export function shutdownLearner(ctx: ServerContext, port: ServerPort): void {
  const s = ctx.learn;
  if (!s) return;
  port.log(`Leaving the leader S${s.leader}: ${s.quit ? learnerQuitText(s.quit) : 'shutdown'}`, {
    kind: 'learnerShutdown',
    leader: s.leader,
    reason: s.quit,
  });
  // Learner.shutdown: zk.shutdown(syncMode == SNAP). A database that a SNAP replaced and no
  // snapshot saved yet is cleared (the next getLastLoggedZxid() loads the old one from disk); a
  // running one (after UPTODATE) is fast-forwarded over its logged txns.
  port.shutdownDatabase(s.upToDate, s.syncMode === 'SNAP' && !s.newLeaderSeen);
  if (s.connected) port.send(s.leader, { kind: 'CLOSE', conn: s.conn });
  for (const t of ['timer.initLimit', 'timer.syncLimit', 'timer.connectRetry'] as const)
    port.cancelTimer(t);
  ctx.learn = null;
}
