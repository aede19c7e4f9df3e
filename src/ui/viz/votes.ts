/**
 * The election as a picture (issue 16, part 5): while servers are LOOKING, who proposes whom and
 * how many back each candidate. Each LOOKING voter's current proposal (FastLeaderElection's
 * proposedLeader) becomes an arrow to its candidate, and each candidate a tally against the
 * quorum. The tally is what the servers propose right now, not a server's own recvset: a server
 * decides on the votes it has received (the inspector shows that table), after finalizeWait.
 * Observers never vote and are left out.
 */
import type { ServerView } from '../../protocol/frame';

export interface VoteArrow {
  from: number;
  to: number;
}

export interface Tally {
  /** LOOKING voters proposing this server, itself included. */
  count: number;
  /** A majority of the voters. */
  quorum: number;
}

export interface ElectionPicture {
  arrows: VoteArrow[];
  tally: Map<number, Tally>;
}

export function electionPicture(servers: readonly ServerView[]): ElectionPicture {
  const voters = servers.filter((s) => !s.observer);
  const quorum = Math.floor(voters.length / 2) + 1;
  const present = new Set(servers.map((s) => s.sid));
  const arrows: VoteArrow[] = [];
  const counts = new Map<number, number>();
  for (const s of voters) {
    if (s.state !== 'LOOKING' || !s.vote) continue;
    const to = s.vote.leader;
    counts.set(to, (counts.get(to) ?? 0) + 1);
    if (to !== s.sid && present.has(to)) arrows.push({ from: s.sid, to });
  }
  const tally = new Map<number, Tally>();
  for (const [sid, count] of counts) tally.set(sid, { count, quorum });
  return { arrows, tally };
}
