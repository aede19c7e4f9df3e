/**
 * Helpers shared by the leader's phases (leaderDiscovery.ts, leaderBroadcast.ts): the leader's
 * state, its learner handlers in sid order, and sending or closing on a handler's connection.
 */
import type { LeaderState, LearnerHandler, ServerContext } from './context';
import type { PeerPacket } from './messages';
import type { ServerPort } from './port';
import { closeLearnerText, type CloseLearnerReason } from './quitReasons';

export function lead(ctx: ServerContext): LeaderState {
  if (!ctx.lead) throw new Error(`server ${ctx.cfg.sid} is not leading`);
  return ctx.lead;
}

export { sidList } from './quitReasons';

export function sendPacket(port: ServerPort, h: LearnerHandler, packet: PeerPacket): void {
  port.send(h.sid, { kind: 'PACKET', conn: h.conn, packet });
}

export function handlers(l: LeaderState): LearnerHandler[] {
  return Object.keys(l.learners)
    .map((k) => l.learners[k] as LearnerHandler)
    .sort((a, b) => a.sid - b.sid);
}

export function closeHandler(
  ctx: ServerContext,
  h: LearnerHandler,
  reason: CloseLearnerReason,
  port: ServerPort,
): void {
  port.log(closeLearnerText(h.sid, reason), { kind: 'closeLearner', learner: h.sid, reason });
  port.send(h.sid, { kind: 'CLOSE', conn: h.conn });
  delete lead(ctx).learners[String(h.sid)];
}
