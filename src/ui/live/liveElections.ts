/**
 * Elections as a real ensemble's logs tell them, for the live panel: a leader's "Have quorum of
 * supporters" line (Leader.lead, at INFO in every version) marks the end of an election with its
 * epoch and supporters; the same leader's "LEADER ELECTION TOOK" line before it gives the time.
 * Servers that are serving nothing and whose last state was LOOKING are electing now.
 */
import type { LogEvent } from '../../logs/kinds';
import type { LiveServerStatus } from '../../protocol/live';

export interface LiveElection {
  leader: number;
  epoch: number;
  supporters: number[];
  tookMs: number | null;
  at: string;
}

export function liveElections(events: readonly LogEvent[]): LiveElection[] {
  const out: LiveElection[] = [];
  const took = new Map<number, number>();
  for (const e of events) {
    if (e.code === 'election.took' && e.params.state === 'LEADING')
      took.set(e.sid, e.params.tookMs);
    if (e.code !== 'leader.quorum') continue;
    out.push({
      leader: e.sid,
      epoch: e.params.epoch,
      supporters: e.params.sids,
      tookMs: took.get(e.sid) ?? null,
      at: e.at,
    });
    took.delete(e.sid);
  }
  return out;
}

/** Each server's last logged state (LOOKING, FOLLOWING, LEADING, OBSERVING). */
export function lastStates(events: readonly LogEvent[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const e of events) if (e.code === 'state') out.set(e.sid, e.params.state);
  return out;
}

/**
 * The state to show: what `srvr` says when the server serves, otherwise its last logged state
 * (LOOKING during an election, FOLLOWING while it syncs), or null when nothing is known yet.
 */
export function shownState(
  s: LiveServerStatus,
  logged: ReadonlyMap<number, string>,
): string | null {
  if (s.process === 'down') return null;
  if (s.mode === 'leader') return 'LEADING';
  if (s.mode === 'follower') return 'FOLLOWING';
  if (s.mode === 'observer') return 'OBSERVING';
  return logged.get(s.sid) ?? null;
}

/** The running servers that are electing now (not serving, last logged LOOKING), ascending. */
export function electing(
  servers: readonly LiveServerStatus[],
  logged: ReadonlyMap<number, string>,
): number[] {
  return servers
    .filter((s) => s.process === 'up' && s.mode === null && logged.get(s.sid) === 'LOOKING')
    .map((s) => s.sid);
}
