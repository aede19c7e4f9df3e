/**
 * The leader's side of discovery, synchronization and broadcast (ZAB.md sections 4.2-5.5). The
 * machine routes events here while the server is LEADING and moves its phase when `established`,
 * `active` or `quit` become true. The steps live in leaderDiscovery.ts (phases 1-2) and
 * leaderBroadcast.ts (phase 3); this file dispatches a learner's packets and the leader's timers.
 */
import type { ServerContext } from './context';
import type { PeerPacket } from './messages';
import type { ServerPort } from './port';
import { leaderQuitText } from './quitReasons';
import { onPingTimer, onProposalAck, submit } from './leaderBroadcast';
import { onAckEpoch, onFollowerInfo, onInitLimit, onNewLeaderAck } from './leaderDiscovery';
import { handlers, lead, sendPacket } from './leaderShared';

export { acceptLearner, learnerClosed, startLeading } from './leaderDiscovery';
export { onLeaderLogged, propose, submit, txnLabel } from './leaderBroadcast';

/** One packet from a learner (LearnerHandler.run); any packet refreshes its ack deadline. */
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
      return onFollowerInfo(ctx, h, packet.kind, packet.acceptedEpoch, port);
    case 'ACKEPOCH':
      return onAckEpoch(ctx, h, packet.lastZxid, packet.currentEpoch, port);
    case 'ACK':
      if (packet.zxid.counter === 0) return onNewLeaderAck(ctx, h, port);
      return onProposalAck(ctx, h, packet.zxid, port);
    case 'REQUEST':
      if (l.active) submit(ctx, packet.request, from, port);
      return;
    case 'PING':
      if (packet.touches && packet.touches.length > 0) port.touchSessions(packet.touches);
      return;
    case 'REVALIDATE': {
      const valid = port.revalidate(packet.sessionId, packet.timeoutMs);
      const { sessionId, timeoutMs, origin } = packet;
      sendPacket(port, h, { kind: 'REVALIDATE', sessionId, timeoutMs, origin, valid });
      return;
    }
    default:
      port.log(`Unexpected packet ${packet.kind} from S${from}`, {
        kind: 'unexpectedPacket',
        packet: packet.kind,
        from,
      });
  }
}

/** Timers while LEADING: the discovery/sync waits, and the half-tick ping loop. */
export function onLeaderTimer(ctx: ServerContext, name: string, port: ServerPort): void {
  if (name === 'timer.initLimit') onInitLimit(ctx);
  else if (name === 'timer.ping') onPingTimer(ctx, port);
}

/** Leader.shutdown: close every learner connection; the role's timers die with it. */
export function shutdownLeader(ctx: ServerContext, port: ServerPort): void {
  const l = ctx.lead;
  if (!l) return;
  port.log(`Shutting down leader: ${l.quit ? leaderQuitText(l.quit) : 'leaving LEADING'}`, {
    kind: 'leaderShutdown',
    reason: l.quit,
  });
  for (const h of handlers(l)) port.send(h.sid, { kind: 'CLOSE', conn: h.conn });
  port.cancelTimer('timer.initLimit');
  port.cancelTimer('timer.ping');
  // zk.shutdown(): an active leader's ZooKeeperServer is RUNNING, so it fast-forwards.
  port.shutdownDatabase(l.active, false);
  ctx.lead = null;
}
