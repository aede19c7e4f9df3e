/**
 * Client sessions read off a merged timeline: when each was first seen established (the
 * "Established session" line of 3.4, or "Committing global session" on the servers from 3.5),
 * its negotiated timeout, and when and by which server it expired or was closed. A session id
 * holds the sid of the server that created it in its top byte, but that is not needed here.
 */
import type { LogEvent, SessionId } from './kinds';

export interface SessionSummary {
  session: SessionId;
  /** The first time any server logged it as established or committed. */
  establishedAt: string | null;
  /**
   * The negotiated timeout, from "Established session" or "Expiring session ... timeout of N ms".
   */
  timeoutMs: number | null;
  /** "Expiring session": when, and which server (the leader) expired it. */
  expiredAt: string | null;
  expiredBy: number | null;
  /**
   * The first closeSession seen ("Submitting global closeSession request", 3.4's "Processed session
   * termination").
   */
  closingAt: string | null;
}

export function buildSessions(events: readonly LogEvent[]): SessionSummary[] {
  const byId = new Map<SessionId, SessionSummary>();
  const get = (session: SessionId): SessionSummary => {
    let s = byId.get(session);
    if (!s) {
      s = {
        session,
        establishedAt: null,
        timeoutMs: null,
        expiredAt: null,
        expiredBy: null,
        closingAt: null,
      };
      byId.set(session, s);
    }
    return s;
  };
  for (const e of events) {
    switch (e.code) {
      case 'session.established': {
        const s = get(e.params.session);
        s.establishedAt ??= e.at;
        s.timeoutMs ??= e.params.timeoutMs;
        break;
      }
      case 'session.committed':
        get(e.params.session).establishedAt ??= e.at;
        break;
      case 'session.expired': {
        const s = get(e.params.session);
        if (s.expiredAt === null) {
          s.expiredAt = e.at;
          s.expiredBy = e.sid;
        }
        s.timeoutMs ??= e.params.timeoutMs;
        break;
      }
      case 'session.closing':
        get(e.params.session).closingAt ??= e.at;
        break;
      default:
        break;
    }
  }
  // The map keeps first-seen order, and the events are in time order: sessions by first sighting.
  return [...byId.values()];
}
