/**
 * Elections read off a merged timeline. An election ends when a server reports "LEADING - LEADER
 * ELECTION TOOK"; that starts its tenure, which lasts until it logs another state, a new
 * election, a shutdown or a restart. The epoch is the one the leader fixed, read from the zxid it
 * activated with ("Have quorum of supporters ... setting last processed zxid: 0x200000000", or
 * 3.4's "NEWLEADER proposal has Zxid of ..."); it stays null when the leader never got a quorum.
 * The followers are every voter the leader synchronized during its tenure (its LearnerHandler
 * names each one) plus the quorum of supporters: late joiners included, observers not.
 */
import type { LogEvent } from './kinds';

export interface Election {
  /** When the leader logged LEADING - LEADER ELECTION TOOK, as the log printed it. */
  endedAt: string;
  /** The same, in ms (shifted by the leader file's clock offset). */
  endedAtMs: number;
  leader: number;
  /** The epoch it led, or null if it never reached a quorum of supporters. */
  epoch: number | null;
  /** Voters that followed it in this tenure, ascending. */
  followers: number[];
  /** Observers it synchronized, ascending. */
  observers: number[];
  /** "LEADER ELECTION TOOK - N": the leader's own election time, in ms. */
  tookMs: number;
  /** The quorum of supporters that acknowledged NEWLEADER (leader included), or null. */
  quorum: number[] | null;
  /**
   * The leader's line that ended its tenure (as printed) and what it was: another state, a new
   * election, a shutdown, or a restart (a killed JVM writes nothing, so its next start is the
   * first sign); null when the log ends while it leads.
   */
  until: string | null;
  endedBy: 'state' | 'election' | 'shutdown' | 'restart' | null;
}

interface Tenure {
  election: Election;
  startMs: number;
  endMs: number;
  learners: Set<number>;
  observers: Set<number>;
}

/** Whether one of the leader's own events ends its tenure, and how. */
function endsTenure(e: LogEvent): Election['endedBy'] {
  switch (e.code) {
    case 'state':
      return e.params.state === 'LEADING' ? null : 'state';
    case 'fle.election.started':
    case 'election.took':
      return 'election';
    case 'server.started':
      return 'restart';
    case 'leader.shutdown':
      return 'shutdown';
    default:
      return null;
  }
}

/** Applies one of the leader's own events to its open tenure. */
function apply(t: Tenure, e: LogEvent): void {
  switch (e.code) {
    case 'leader.quorum':
      t.election.epoch = e.params.epoch;
      t.election.quorum = e.params.sids;
      break;
    case 'leader.newleader':
      t.election.epoch ??= e.params.epoch;
      break;
    case 'leader.sync':
      t.learners.add(e.params.sid);
      break;
    case 'sync.mode':
      if (e.params.side === 'leader' && e.params.peer !== null) t.learners.add(e.params.peer);
      break;
    case 'leader.learner':
      if (e.params.type === 'observer') t.observers.add(e.params.sid);
      break;
    default:
      break;
  }
}

function tenuresOf(events: readonly LogEvent[]): Tenure[] {
  const out: Tenure[] = [];
  const open = new Map<number, Tenure>();
  for (const e of events) {
    const t = open.get(e.sid);
    const endedBy = t ? endsTenure(e) : null;
    if (t && endedBy) {
      t.election.until = e.at;
      t.election.endedBy = endedBy;
      t.endMs = e.ms;
      open.delete(e.sid);
    } else if (t) apply(t, e);
    if (e.code === 'election.took' && e.params.state === 'LEADING') {
      const tenure: Tenure = {
        election: {
          endedAt: e.at,
          endedAtMs: e.ms,
          leader: e.sid,
          epoch: null,
          followers: [],
          observers: [],
          tookMs: e.params.tookMs,
          quorum: null,
          until: null,
          endedBy: null,
        },
        startMs: e.ms,
        endMs: Number.MAX_SAFE_INTEGER,
        learners: new Set(),
        observers: new Set(),
      };
      open.set(e.sid, tenure);
      out.push(tenure);
    }
  }
  return out;
}

/** Servers whose own log says they were OBSERVING during the window (3.4 leaders do not say). */
function observingDuring(observing: readonly LogEvent[], startMs: number, endMs: number): number[] {
  return observing.filter((e) => e.ms >= startMs && e.ms <= endMs).map((e) => e.sid);
}

export function buildElections(events: readonly LogEvent[]): Election[] {
  // Few lines say OBSERVING; collecting them once keeps this linear in the events.
  const observing = events.filter((e) => e.code === 'state' && e.params.state === 'OBSERVING');
  return tenuresOf(events).map((t) => {
    const observers = new Set([...t.observers, ...observingDuring(observing, t.startMs, t.endMs)]);
    const voters = new Set([...(t.election.quorum ?? []), ...t.learners]);
    voters.delete(t.election.leader);
    for (const o of observers) voters.delete(o);
    const asc = (s: Set<number>) => [...s].sort((a, b) => a - b);
    return { ...t.election, followers: asc(voters), observers: asc(observers) };
  });
}
