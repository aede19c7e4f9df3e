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
 * and the context lives in the world's server record (machineState.ts), so the timeline's copy of
 * the world at a checkpoint copies it too. Each action that reads an event's fields first checks
 * the event's type with XState's assertEvent.
 */
import { assertEvent, setup } from 'xstate';
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

export const serverMachine = setup({
  types: { context: {} as ServerContext, events: {} as ServerEvent, input: {} as ServerConfig },
  guards: {
    decidedLeading: ({ context: c }) => c.election?.decision?.leader === c.cfg.sid,
    decidedObserving: ({ context: c }) =>
      !!c.election?.decision && c.cfg.observers.includes(c.cfg.sid),
    decided: ({ context: c }) => !!c.election?.decision,
    proposalHasQuorum: ({ context }) => fle.proposalHasQuorum(context),
    notificationIsBetter: ({ context, event }) => {
      assertEvent(event, 'NOTIFICATION');
      return (
        context.cfg.voters.includes(event.from) && fle.isBetterThanProposal(context, event.vote)
      );
    },
    fromNonVoter: ({ context, event }) => {
      assertEvent(event, 'NOTIFICATION');
      return !context.cfg.voters.includes(event.from);
    },
    isNotificationTimer: ({ event }) => {
      assertEvent(event, 'TIMER');
      return event.name === 'timer.notification';
    },
    isFinalizeTimer: ({ event }) => {
      assertEvent(event, 'TIMER');
      return event.name === 'timer.finalize';
    },
    leaderQuit: ({ context }) => !!context.lead?.quit,
    leaderEstablished: ({ context }) => !!context.lead?.established,
    leaderActive: ({ context }) => !!context.lead?.active,
    learnerQuit: ({ context }) => !!context.learn?.quit,
    learnerEpochAcked: ({ context }) => !!context.learn?.epochAcked,
    learnerUpToDate: ({ context }) => !!context.learn?.upToDate,
  },
  actions: {
    // A restarted process starts afresh, its FastLeaderElection at round 0 (ZAB.md 1.2).
    resetVolatile: ({ context: c }) => void Object.assign(c, freshContext(c.cfg)),
    startRound: ({ context, event }) =>
      fle.startRound(context, event.port, context.election?.logicalclock ?? 0),
    collect: ({ context, event }) => {
      assertEvent(event, 'NOTIFICATION');
      fle.quorumChecked(context);
      if (fle.autoReplyWhileLooking(context, event.from, event.vote, event.port)) return;
      fle.receive(context, event.from, event.vote, event.port);
      if (context.election && !context.election.decision)
        event.port.setTimer('timer.notification', context.election.notTimeoutMs);
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
      assertEvent(event, 'NOTIFICATION');
      fle.autoReplyWhileLooking(context, event.from, event.vote, event.port);
    },
    decideOnProposal: ({ context, event }) => fle.decideOnProposal(context, event.port),
    concludeElection: ({ context, event }) => void fle.concludeElection(context, event.port),
    replyAsLeading: ({ context, event }) => {
      assertEvent(event, 'NOTIFICATION');
      fle.replyAsDecided(context, event.from, event.vote, 'LEADING', event.port);
    },
    replyAsFollowing: ({ context, event }) => {
      assertEvent(event, 'NOTIFICATION');
      fle.replyAsDecided(context, event.from, event.vote, 'FOLLOWING', event.port);
    },
    replyAsObserving: ({ context, event }) => {
      assertEvent(event, 'NOTIFICATION');
      fle.replyAsDecided(context, event.from, event.vote, 'OBSERVING', event.port);
    },
    refuseConnection: ({ event }) => {
      assertEvent(event, 'CONNECT');
      event.port.send(event.from, { kind: 'REFUSE', conn: event.conn });
    },
    failRequest: ({ event }) => {
      assertEvent(event, 'REQUEST');
      event.port.requestFailed(event.request, 'ConnectionLoss');
    },
    failRevalidation: ({ event }) => {
      assertEvent(event, 'REVALIDATE');
      event.port.revalidated(event.origin, event.sessionId, false);
    },
    startLeading: ({ context, event }) => leader.startLeading(context, event.port),
    acceptLearner: ({ context, event }) => {
      assertEvent(event, 'CONNECT');
      leader.acceptLearner(context, event.from, event.conn, event.port);
    },
    learnerClosed: ({ context, event }) => {
      assertEvent(event, 'CLOSE');
      leader.learnerClosed(context, event.from, event.conn);
    },
    learnerPacket: ({ context, event }) => {
      assertEvent(event, 'PACKET');
      leader.onLearnerPacket(context, event.from, event.conn, event.packet, event.port);
    },
    leaderTimer: ({ context, event }) => {
      assertEvent(event, 'TIMER');
      leader.onLeaderTimer(context, event.name, event.port);
    },
    leaderLogged: ({ context, event }) => {
      assertEvent(event, 'LOGGED');
      leader.onLeaderLogged(context, event.zxid, event.port);
    },
    leaderRequest: ({ context, event }) => {
      assertEvent(event, 'REQUEST');
      if (context.lead?.active) leader.submit(context, event.request, context.cfg.sid, event.port);
      else event.port.requestFailed(event.request, 'ConnectionLoss');
    },
    leaderRevalidate: ({ event }) => {
      assertEvent(event, 'REVALIDATE');
      event.port.revalidated(
        event.origin,
        event.sessionId,
        event.port.revalidate(event.sessionId, event.timeoutMs),
      );
    },
    shutdownLeader: ({ context, event }) => leader.shutdownLeader(context, event.port),
    startLearning: ({ context, event }) => learner.startLearning(context, event.port),
    learnerAccepted: ({ context, event }) => {
      assertEvent(event, 'ACCEPT');
      learner.onAccepted(context, event.conn, event.port);
    },
    learnerRefused: ({ context, event }) => {
      assertEvent(event, 'REFUSE');
      learner.onRefused(context, event.conn, event.port);
    },
    leaderClosed: ({ context, event }) => {
      assertEvent(event, 'CLOSE');
      learner.onLeaderClosed(context, event.conn);
    },
    leaderPacket: ({ context, event }) => {
      assertEvent(event, 'PACKET');
      learner.onLeaderPacket(context, event.conn, event.packet, event.port);
    },
    learnerTimer: ({ context, event }) => {
      assertEvent(event, 'TIMER');
      learner.onLearnerTimer(context, event.name, event.port);
    },
    followerLogged: ({ context, event }) => {
      assertEvent(event, 'LOGGED');
      learner.onFollowerLogged(context, event.zxid, event.port);
    },
    learnerRequest: ({ context, event }) => {
      assertEvent(event, 'REQUEST');
      if (context.learn?.upToDate) learner.forwardRequest(context, event.request, event.port);
      else event.port.requestFailed(event.request, 'ConnectionLoss');
    },
    learnerRevalidate: ({ context, event }) => {
      assertEvent(event, 'REVALIDATE');
      if (context.learn?.upToDate)
        learner.revalidate(context, event.sessionId, event.timeoutMs, event.origin, event.port);
      else event.port.revalidated(event.origin, event.sessionId, false);
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
