/**
 * One ZooKeeper server as an XState v5 machine: the single source of truth of its protocol state.
 *
 * The state value is ZooKeeper's ServerState and ZabState (QuorumPeer.ServerState, ZabState):
 * DOWN, LOOKING (collecting, finalizing), LEADING / FOLLOWING / OBSERVING (discovery,
 * synchronization, broadcast). The context holds the volatile protocol variables; the disk, the
 * network and the timers are reached only through the port each event carries, so the machine
 * owns no real timer and no randomness. Protocol decisions live in fle.ts, leader.ts and
 * learner.ts as plain functions; the chart below says which applies when, and phase changes follow
 * the protocol facts those functions establish (a quorum of ACKEPOCH, UPTODATE, ...), exactly as
 * ZooKeeper sets ZabState at those boundaries.
 *
 * Context is mutated in place by those functions, never from outside the machine's own actions:
 * immutable copies of vote tables on every packet would cost more than the rest of the simulation,
 * and the timeline takes its own copies at checkpoints (getPersistedSnapshot).
 */
import { setup } from 'xstate';
import { freshContext, type ServerConfig, type ServerContext } from './context';
import * as fle from './fle';
import * as leader from './leader';
import * as learner from './learner';
import type { Origin, PeerPacket, ZabRequest } from './messages';
import type { ServerPort, TimerName } from './port';
import type { Vote } from './vote';
import type { Zxid } from './zxid';

export type ServerEvent =
  | { type: 'START'; port: ServerPort }
  | { type: 'CRASH'; port: ServerPort }
  | { type: 'NOTIFICATION'; from: number; vote: Vote; port: ServerPort }
  | { type: 'CONNECT'; from: number; conn: number; port: ServerPort }
  | { type: 'ACCEPT'; from: number; conn: number; port: ServerPort }
  | { type: 'REFUSE'; from: number; conn: number; port: ServerPort }
  | { type: 'CLOSE'; from: number; conn: number; port: ServerPort }
  | { type: 'PACKET'; from: number; conn: number; packet: PeerPacket; port: ServerPort }
  | { type: 'TIMER'; name: TimerName; port: ServerPort }
  | { type: 'LOGGED'; zxid: Zxid; port: ServerPort }
  | { type: 'REQUEST'; request: ZabRequest; port: ServerPort }
  | { type: 'REVALIDATE'; sessionId: string; timeoutMs: number; origin: Origin; port: ServerPort };

type Ev<T extends ServerEvent['type']> = Extract<ServerEvent, { type: T }>;
const as = <T extends ServerEvent['type']>(e: ServerEvent) => e as Ev<T>;

export const serverMachine = setup({
  types: { context: {} as ServerContext, events: {} as ServerEvent, input: {} as ServerConfig },
  guards: {
    decidedLeading: ({ context: c }) => c.election?.decision?.leader === c.cfg.sid,
    decidedObserving: ({ context: c }) =>
      !!c.election?.decision && c.cfg.observers.includes(c.cfg.sid),
    decided: ({ context: c }) => !!c.election?.decision,
    proposalHasQuorum: ({ context }) => fle.proposalHasQuorum(context),
    notificationIsBetter: ({ context, event }) => {
      const e = as<'NOTIFICATION'>(event);
      return context.cfg.voters.includes(e.from) && fle.isBetterThanProposal(context, e.vote);
    },
    fromNonVoter: ({ context, event }) =>
      !context.cfg.voters.includes(as<'NOTIFICATION'>(event).from),
    isNotificationTimer: ({ event }) => as<'TIMER'>(event).name === 'timer.notification',
    isFinalizeTimer: ({ event }) => as<'TIMER'>(event).name === 'timer.finalize',
    leaderQuit: ({ context }) => !!context.lead?.quit,
    leaderEstablished: ({ context }) => !!context.lead?.established,
    leaderActive: ({ context }) => !!context.lead?.active,
    learnerQuit: ({ context }) => !!context.learn?.quit,
    learnerEpochAcked: ({ context }) => !!context.learn?.epochAcked,
    learnerUpToDate: ({ context }) => !!context.learn?.upToDate,
  },
  actions: {
    resetVolatile: ({ context: c }) => {
      const round = c.election?.logicalclock;
      Object.assign(c, freshContext(c.cfg));
      void round; // a restarted process starts its FastLeaderElection at round 0 (ZAB.md 1.2)
    },
    startRound: ({ context, event }) =>
      fle.startRound(context, event.port, context.election?.logicalclock ?? 0),
    collect: ({ context, event }) => {
      const e = as<'NOTIFICATION'>(event);
      fle.quorumChecked(context);
      if (fle.autoReplyWhileLooking(context, e.from, e.vote, e.port)) return;
      fle.receive(context, e.from, e.vote, e.port);
      if (context.election && !context.election.decision)
        e.port.setTimer('timer.notification', context.election.notTimeoutMs);
    },
    armNotificationTimer: ({ context, event }) =>
      event.port.setTimer(
        'timer.notification',
        context.election?.notTimeoutMs ?? fle.MIN_NOTIFICATION_INTERVAL_MS,
      ),
    notificationTimeout: ({ context, event }) => {
      fle.quorumChecked(context);
      fle.onNotificationTimeout(context, event.port);
    },
    armFinalizeTimer: ({ context, event }) => {
      fle.quorumChecked(context);
      event.port.cancelTimer('timer.notification');
      event.port.setTimer('timer.finalize', fle.FINALIZE_WAIT_MS);
    },
    discardDuringFinalize: ({ context, event }) => {
      const e = as<'NOTIFICATION'>(event);
      fle.autoReplyWhileLooking(context, e.from, e.vote, e.port);
    },
    decideOnProposal: ({ context, event }) => fle.decideOnProposal(context, event.port),
    concludeElection: ({ context, event }) => void fle.concludeElection(context, event.port),
    replyAsLeading: ({ context, event }) => {
      const e = as<'NOTIFICATION'>(event);
      fle.replyAsDecided(context, e.from, e.vote, 'LEADING', e.port);
    },
    replyAsFollowing: ({ context, event }) => {
      const e = as<'NOTIFICATION'>(event);
      fle.replyAsDecided(context, e.from, e.vote, 'FOLLOWING', e.port);
    },
    replyAsObserving: ({ context, event }) => {
      const e = as<'NOTIFICATION'>(event);
      fle.replyAsDecided(context, e.from, e.vote, 'OBSERVING', e.port);
    },
    refuseConnection: ({ event }) => {
      const e = as<'CONNECT'>(event);
      e.port.send(e.from, { kind: 'REFUSE', conn: e.conn });
    },
    failRequest: ({ event }) => {
      const e = as<'REQUEST'>(event);
      e.port.requestFailed(e.request, 'ConnectionLoss');
    },
    failRevalidation: ({ event }) => {
      const e = as<'REVALIDATE'>(event);
      e.port.revalidated(e.origin, e.sessionId, false);
    },
    startLeading: ({ context, event }) => leader.startLeading(context, event.port),
    acceptLearner: ({ context, event }) => {
      const e = as<'CONNECT'>(event);
      leader.acceptLearner(context, e.from, e.conn, e.port);
    },
    learnerClosed: ({ context, event }) => {
      const e = as<'CLOSE'>(event);
      leader.learnerClosed(context, e.from, e.conn);
    },
    learnerPacket: ({ context, event }) => {
      const e = as<'PACKET'>(event);
      leader.onLearnerPacket(context, e.from, e.conn, e.packet, e.port);
    },
    leaderTimer: ({ context, event }) => {
      const e = as<'TIMER'>(event);
      leader.onLeaderTimer(context, e.name, e.port);
    },
    leaderLogged: ({ context, event }) => {
      const e = as<'LOGGED'>(event);
      leader.onLeaderLogged(context, e.zxid, e.port);
    },
    leaderRequest: ({ context, event }) => {
      const e = as<'REQUEST'>(event);
      if (context.lead?.active) leader.submit(context, e.request, context.cfg.sid, e.port);
      else e.port.requestFailed(e.request, 'ConnectionLoss');
    },
    leaderRevalidate: ({ event }) => {
      const e = as<'REVALIDATE'>(event);
      e.port.revalidated(e.origin, e.sessionId, e.port.revalidate(e.sessionId, e.timeoutMs));
    },
    shutdownLeader: ({ context, event }) => leader.shutdownLeader(context, event.port),
    startLearning: ({ context, event }) => learner.startLearning(context, event.port),
    learnerAccepted: ({ context, event }) => {
      const e = as<'ACCEPT'>(event);
      learner.onAccepted(context, e.conn, e.port);
    },
    learnerRefused: ({ context, event }) => {
      const e = as<'REFUSE'>(event);
      learner.onRefused(context, e.conn, e.port);
    },
    leaderClosed: ({ context, event }) => {
      const e = as<'CLOSE'>(event);
      learner.onLeaderClosed(context, e.conn);
    },
    leaderPacket: ({ context, event }) => {
      const e = as<'PACKET'>(event);
      learner.onLeaderPacket(context, e.conn, e.packet, e.port);
    },
    learnerTimer: ({ context, event }) => {
      const e = as<'TIMER'>(event);
      learner.onLearnerTimer(context, e.name, e.port);
    },
    followerLogged: ({ context, event }) => {
      const e = as<'LOGGED'>(event);
      learner.onFollowerLogged(context, e.zxid, e.port);
    },
    learnerRequest: ({ context, event }) => {
      const e = as<'REQUEST'>(event);
      if (context.learn?.upToDate) learner.forwardRequest(context, e.request, e.port);
      else e.port.requestFailed(e.request, 'ConnectionLoss');
    },
    learnerRevalidate: ({ context, event }) => {
      const e = as<'REVALIDATE'>(event);
      if (context.learn?.upToDate)
        learner.revalidate(context, e.sessionId, e.timeoutMs, e.origin, e.port);
      else e.port.revalidated(e.origin, e.sessionId, false);
    },
    shutdownLearner: ({ context, event }) => learner.shutdownLearner(context, event.port),
  },
}).createMachine({
  id: 'server',
  context: ({ input }) => freshContext(input),
  initial: 'DOWN',
  on: { CRASH: { target: '.DOWN' } },
  states: {
    DOWN: {
      entry: 'resetVolatile',
      on: { START: 'LOOKING', CRASH: {} },
    },
    LOOKING: {
      entry: 'startRound',
      initial: 'collecting',
      on: {
        CONNECT: { actions: 'refuseConnection' },
        REQUEST: { actions: 'failRequest' },
        REVALIDATE: { actions: 'failRevalidation' },
      },
      always: [
        { guard: 'decidedLeading', target: 'LEADING', actions: 'concludeElection' },
        { guard: 'decidedObserving', target: 'OBSERVING', actions: 'concludeElection' },
        { guard: 'decided', target: 'FOLLOWING', actions: 'concludeElection' },
      ],
      states: {
        collecting: {
          entry: 'armNotificationTimer',
          on: {
            NOTIFICATION: { actions: 'collect' },
            TIMER: { guard: 'isNotificationTimer', actions: 'notificationTimeout' },
          },
          always: { guard: 'proposalHasQuorum', target: 'finalizing' },
        },
        finalizing: {
          entry: 'armFinalizeTimer',
          on: {
            NOTIFICATION: [
              // WorkerReceiver answers a non-voter itself and never queues its message, so it
              // cannot reach the finalize loop or restart finalizeWait.
              { guard: 'fromNonVoter', actions: 'discardDuringFinalize' },
              { guard: 'notificationIsBetter', target: 'collecting', actions: 'collect' },
              { target: 'finalizing', reenter: true, actions: 'discardDuringFinalize' },
            ],
            TIMER: { guard: 'isFinalizeTimer', actions: 'decideOnProposal' },
          },
        },
      },
    },
    LEADING: {
      entry: 'startLeading',
      exit: 'shutdownLeader',
      initial: 'discovery',
      on: {
        NOTIFICATION: { actions: 'replyAsLeading' },
        CONNECT: { actions: 'acceptLearner' },
        CLOSE: { actions: 'learnerClosed' },
        PACKET: { actions: 'learnerPacket' },
        TIMER: { actions: 'leaderTimer' },
        LOGGED: { actions: 'leaderLogged' },
        REQUEST: { actions: 'leaderRequest' },
        REVALIDATE: { actions: 'leaderRevalidate' },
      },
      always: { guard: 'leaderQuit', target: 'LOOKING' },
      states: {
        discovery: { always: { guard: 'leaderEstablished', target: 'synchronization' } },
        synchronization: { always: { guard: 'leaderActive', target: 'broadcast' } },
        broadcast: {},
      },
    },
    FOLLOWING: learnerRole('replyAsFollowing'),
    OBSERVING: learnerRole('replyAsObserving'),
  },
});

/** FOLLOWING and OBSERVING share one chart (Follower and Observer both extend Learner). */
function learnerRole(reply: 'replyAsFollowing' | 'replyAsObserving') {
  return {
    entry: 'startLearning',
    exit: 'shutdownLearner',
    initial: 'discovery',
    on: {
      NOTIFICATION: { actions: reply },
      CONNECT: { actions: 'refuseConnection' },
      ACCEPT: { actions: 'learnerAccepted' },
      REFUSE: { actions: 'learnerRefused' },
      CLOSE: { actions: 'leaderClosed' },
      PACKET: { actions: 'leaderPacket' },
      TIMER: { actions: 'learnerTimer' },
      LOGGED: { actions: 'followerLogged' },
      REQUEST: { actions: 'learnerRequest' },
      REVALIDATE: { actions: 'learnerRevalidate' },
    },
    // QuorumPeer.run answers notifications as FOLLOWING until follower.shutdown() returns and
    // updateServerState() sets LOOKING: a few milliseconds in ZooKeeper (2-5 ms in the logs of
    // docs/REAL-ZOOKEEPER.md). The simulator takes 0 ms here: that window is far below the 200 ms
    // finalizeWait, and a stale FOLLOWING answer in it can only interrupt a finalizeWait (F5),
    // never decide an election; the detection before it (up to syncLimit x tickTime) is modelled
    // by the read timeouts.
    always: { guard: 'learnerQuit', target: 'LOOKING' },
    states: {
      discovery: { always: { guard: 'learnerEpochAcked', target: 'synchronization' } },
      synchronization: { always: { guard: 'learnerUpToDate', target: 'broadcast' } },
      broadcast: {},
    },
  } as const;
}
