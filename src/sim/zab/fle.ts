/**
 * Fast Leader Election as the server machine runs it (FastLeaderElection.lookForLeader and
 * Messenger.WorkerReceiver; ZAB.md section 3). Each function handles one step and mutates the
 * server's election state in place; the machine decides which step applies in which state.
 */
import {
  isObserver,
  isVoter,
  type Decision,
  type ElectionState,
  type ServerContext,
} from './context';
import type { VoteBecause } from './logCodes';
import type { ServerPort } from './port';
import {
  isQuorum,
  supportersOf,
  totalOrderPredicate,
  type BetterBecause,
  type ServerState,
  type Vote,
} from './vote';
import { originData } from './voteOrigin';
import { formatZxid, type Zxid } from './zxid';

export const FINALIZE_WAIT_MS = 200;
export const MIN_NOTIFICATION_INTERVAL_MS = 200;
export const MAX_NOTIFICATION_INTERVAL_MS = 60000;
/** Long.MIN_VALUE stands for "no candidate": what an observer proposes. */
const NONE = -1;
const NONE_ZXID: Zxid = { epoch: -1, counter: 0 };

function election(ctx: ServerContext): ElectionState {
  if (ctx.election === null) throw new Error(`server ${ctx.cfg.sid} has no election state`);
  return ctx.election;
}

export function proposalVote(e: ElectionState): Vote {
  return {
    leader: e.proposal.leader,
    zxid: e.proposal.zxid,
    peerEpoch: e.proposal.peerEpoch,
    electionEpoch: e.logicalclock,
    state: 'LOOKING',
  };
}

/**
 * QuorumPeer.getCurrentVote: the last decided vote, or before any decision the one
 * startLeaderElection made, new Vote(myid, getLastLoggedZxid(), getCurrentEpoch()), whose zxid is
 * the data tree's lastProcessedZxid (ZAB.md 1.4).
 */
function currentVoteOf(ctx: ServerContext, port: ServerPort): Vote {
  if (ctx.currentVote) return ctx.currentVote;
  return {
    leader: ctx.cfg.sid,
    zxid: port.lastProcessedZxid(),
    peerEpoch: port.disk.currentEpoch,
    electionEpoch: 0,
    state: 'LOOKING',
  };
}

function sendNotifications(ctx: ServerContext, port: ServerPort): void {
  const v = proposalVote(election(ctx));
  for (const to of ctx.cfg.voters) port.send(to, { kind: 'Notification', ...v });
}

/**
 * lookForLeader's start: a new round, vote for oneself, tell every voter (oneself included). The
 * vote's zxid is getInitLastLoggedZxid(), i.e. QuorumPeer.getLastLoggedZxid(): the data tree's
 * lastProcessedZxid, not the last txn in the log (ZAB.md 1.4).
 */
export function startRound(ctx: ServerContext, port: ServerPort, previousRound: number): void {
  const observer = isObserver(ctx);
  const initial = observer
    ? { leader: NONE, zxid: NONE_ZXID, peerEpoch: NONE }
    : { leader: ctx.cfg.sid, zxid: port.lastProcessedZxid(), peerEpoch: port.disk.currentEpoch };
  ctx.election = {
    logicalclock: previousRound + 1,
    proposal: { ...initial },
    initial,
    recvset: {},
    outofelection: {},
    notTimeoutMs: MIN_NOTIFICATION_INTERVAL_MS,
    startedAtMs: port.nowMs,
    decision: null,
    quorumCheckDue: false,
  };
  const proposed = formatZxid(initial.zxid.epoch < 0 ? { epoch: 0, counter: 0 } : initial.zxid);
  port.log(`New election. My id = ${ctx.cfg.sid}, proposed zxid=${proposed}`, {
    kind: 'newElection',
    round: previousRound + 1,
    zxid: proposed,
    peerEpoch: initial.peerEpoch,
    // Where the vote zxid came from (engine/zkDb.ts LastProcessedOrigin); null for an observer.
    origin: observer ? null : originData(port.lastProcessedOrigin()),
  });
  sendNotifications(ctx, port);
  port.setTimer('timer.notification', MIN_NOTIFICATION_INTERVAL_MS);
}

/** The poll in lookForLeader timed out: re-send and double the back-off (never reset in a round). */
export function onNotificationTimeout(ctx: ServerContext, port: ServerPort): void {
  const e = election(ctx);
  sendNotifications(ctx, port);
  e.notTimeoutMs = Math.min(2 * e.notTimeoutMs, MAX_NOTIFICATION_INTERVAL_MS);
  port.log(`Notification time out: ${e.notTimeoutMs} ms`, {
    kind: 'notificationTimeout',
    notTimeoutMs: e.notTimeoutMs,
  });
  port.setTimer('timer.notification', e.notTimeoutMs);
}

/** Automatic replies of WorkerReceiver while this server is LOOKING. Returns true if consumed. */
export function autoReplyWhileLooking(
  ctx: ServerContext,
  from: number,
  n: Vote,
  port: ServerPort,
): boolean {
  const e = election(ctx);
  if (!isVoter(ctx, from)) {
    const cur = currentVoteOf(ctx, port);
    port.send(from, {
      kind: 'Notification',
      ...cur,
      electionEpoch: e.logicalclock,
      state: 'LOOKING',
    });
    return true;
  }
  if (n.state === 'LOOKING' && n.electionEpoch < e.logicalclock && !isObserver(ctx)) {
    port.send(from, { kind: 'Notification', ...proposalVote(e) });
  }
  return false;
}

/** Replies of a FOLLOWING/LEADING/OBSERVING server to a LOOKING peer: its final vote and state. */
export function replyAsDecided(
  ctx: ServerContext,
  from: number,
  n: Vote,
  state: ServerState,
  port: ServerPort,
): void {
  if (n.state !== 'LOOKING' && isVoter(ctx, from)) return;
  const v = ctx.currentVote;
  if (!v) return;
  port.send(from, { kind: 'Notification', ...v, state });
}

function explainBetter(because: VoteBecause): string {
  switch (because) {
    case 'peerEpoch':
      return 'higher peerEpoch';
    case 'zxid':
      return 'same peerEpoch, higher zxid';
    case 'sid':
      return 'same peerEpoch, same zxid, higher sid';
  }
}

function adopt(
  ctx: ServerContext,
  from: number,
  n: Vote,
  because: VoteBecause,
  port: ServerPort,
): void {
  const e = election(ctx);
  const old = e.proposal;
  e.proposal = { leader: n.leader, zxid: n.zxid, peerEpoch: n.peerEpoch };
  port.log(
    `S${ctx.cfg.sid} switches its vote from S${old.leader} to S${n.leader}: ${explainBetter(because)}`,
    {
      kind: 'vote',
      from,
      oldLeader: old.leader,
      newLeader: n.leader,
      because,
    },
  );
  sendNotifications(ctx, port);
}

function better(
  ctx: ServerContext,
  n: Vote,
  cur: { leader: number; zxid: Zxid; peerEpoch: number },
): BetterBecause {
  return totalOrderPredicate(
    n.leader,
    n.zxid,
    n.peerEpoch,
    cur.leader,
    cur.zxid,
    cur.peerEpoch,
    (s) => isVoter(ctx, s),
  );
}

/** Is n better than the current proposal (the finalize step's only question)? */
export function isBetterThanProposal(ctx: ServerContext, n: Vote): boolean {
  return better(ctx, n, election(ctx).proposal) !== null;
}

/** One notification taken by lookForLeader's main loop. */
export function receive(ctx: ServerContext, from: number, n: Vote, port: ServerPort): void {
  const e = election(ctx);
  if (!isVoter(ctx, from) || !isVoter(ctx, n.leader)) return;
  if (n.state === 'LOOKING') {
    if (n.electionEpoch > e.logicalclock) {
      e.logicalclock = n.electionEpoch;
      e.recvset = {};
      const because = better(ctx, n, e.initial);
      if (because) e.proposal = { leader: n.leader, zxid: n.zxid, peerEpoch: n.peerEpoch };
      else e.proposal = { ...e.initial };
      port.log(
        `S${ctx.cfg.sid} catches up to round ${n.electionEpoch} and votes for S${e.proposal.leader}`,
        {
          kind: 'catchUp',
          from,
          newLeader: e.proposal.leader,
          because: because ?? 'initial',
          round: n.electionEpoch,
        },
      );
      sendNotifications(ctx, port);
    } else if (n.electionEpoch < e.logicalclock) {
      return;
    } else {
      const because = better(ctx, n, e.proposal);
      if (because) adopt(ctx, from, n, because, port);
    }
    e.recvset[String(from)] = n;
    // lookForLeader checks voteSet.hasAllQuorums() here, in case LOOKING, and nowhere else.
    e.quorumCheckDue = true;
    return;
  }
  if (n.state === 'OBSERVING') return;
  receivedDecidedNotification(ctx, from, n, port);
}

/** checkLeader: never follow a leader that has not said it leads (ZAB.md section 3.8). */
function checkLeader(
  ctx: ServerContext,
  votes: Record<string, Vote>,
  leader: number,
  round: number,
): boolean {
  if (leader !== ctx.cfg.sid) return votes[String(leader)]?.state === 'LEADING';
  return election(ctx).logicalclock === round;
}

/** receivedFollowingNotification / receivedLeadingNotification. */
function receivedDecidedNotification(
  ctx: ServerContext,
  from: number,
  n: Vote,
  port: ServerPort,
): void {
  const e = election(ctx);
  if (n.electionEpoch === e.logicalclock) {
    e.recvset[String(from)] = n;
    const supporters = supportersOf(e.recvset, n);
    if (
      isQuorum(supporters, ctx.cfg.voters) &&
      checkLeader(ctx, e.recvset, n.leader, n.electionEpoch)
    ) {
      decideNow(ctx, n, e.logicalclock, 'recvset', supporters, port);
      return;
    }
  }
  e.outofelection[String(from)] = n;
  const supporters = supportersOf(e.outofelection, n);
  if (
    isQuorum(supporters, ctx.cfg.voters) &&
    checkLeader(ctx, e.outofelection, n.leader, n.electionEpoch)
  ) {
    e.logicalclock = n.electionEpoch;
    decideNow(ctx, n, n.electionEpoch, 'outofelection', supporters, port);
  }
}

function decideNow(
  ctx: ServerContext,
  n: Vote,
  round: number,
  via: Decision['via'],
  supporters: number[],
  port: ServerPort,
): void {
  const e = election(ctx);
  e.proposal = { leader: n.leader, zxid: n.zxid, peerEpoch: n.peerEpoch };
  e.decision = { leader: n.leader, zxid: n.zxid, peerEpoch: n.peerEpoch, round, via, supporters };
  port.log(
    `S${ctx.cfg.sid} joins the established leader S${n.leader}: a quorum (${supporters.map((s) => 'S' + s).join(', ')}) already follows it`,
    { kind: 'join', leader: n.leader, via, supporters },
  );
}

/**
 * Right after a LOOKING notification of this round (or a newer one) was added to recvset: do the
 * votes equal to the proposal form a quorum? Then finalize. ZooKeeper asks this only there
 * (lookForLeader, case LOOKING): after a FOLLOWING/LEADING reply, a lower-round notification or a
 * notification timeout it waits for the next LOOKING notification, its own re-sent one included.
 */
export function proposalHasQuorum(ctx: ServerContext): boolean {
  const e = ctx.election;
  if (!e || e.decision || !e.quorumCheckDue) return false;
  return isQuorum(supportersOf(e.recvset, proposalVote(e)), ctx.cfg.voters);
}

/** The quorum check is asked at most once per LOOKING notification. */
export function quorumChecked(ctx: ServerContext): void {
  if (ctx.election) ctx.election.quorumCheckDue = false;
}

/** finalizeWait passed with no notification: decide on the proposal. */
export function decideOnProposal(ctx: ServerContext, port: ServerPort): void {
  const e = election(ctx);
  const supporters = supportersOf(e.recvset, proposalVote(e));
  e.decision = { ...e.proposal, round: e.logicalclock, via: 'recvset', supporters };
  port.log(
    `S${ctx.cfg.sid} decides: S${e.proposal.leader} leads (quorum ${supporters.map((s) => 'S' + s).join(', ')}, no better vote within finalizeWait ${FINALIZE_WAIT_MS} ms)`,
    {
      kind: 'decide',
      leader: e.proposal.leader,
      via: 'recvset',
      supporters,
      finalizeWaitMs: FINALIZE_WAIT_MS,
    },
  );
}

/** FastLeaderElection.setPeerState + leaveInstance: the decided vote becomes the current vote. */
export function concludeElection(ctx: ServerContext, port: ServerPort): ServerState {
  const e = election(ctx);
  const d = e.decision as Decision;
  const state: ServerState =
    d.leader === ctx.cfg.sid ? 'LEADING' : isObserver(ctx) ? 'OBSERVING' : 'FOLLOWING';
  ctx.currentVote = {
    leader: d.leader,
    zxid: d.zxid,
    peerEpoch: d.peerEpoch,
    electionEpoch: d.round,
    state,
  };
  port.ghost({
    kind: 'decide',
    sid: ctx.cfg.sid,
    leader: d.leader,
    round: d.round,
    via: d.via,
    supporters: d.supporters,
    leaderSawLeading:
      d.leader === ctx.cfg.sid ||
      (d.via === 'outofelection' ? e.outofelection : e.recvset)[String(d.leader)]?.state ===
        'LEADING' ||
      d.via === 'recvset',
  });
  const tookMs = port.nowMs - e.startedAtMs;
  port.log(`${state} - LEADER ELECTION TOOK - ${tookMs} MS`, {
    kind: 'elected',
    leader: d.leader,
    state,
    tookMs,
  });
  port.cancelTimer('timer.notification');
  port.cancelTimer('timer.finalize');
  return state;
}
