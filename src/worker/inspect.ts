/**
 * The inspector's projection of one server: its vote tables while LOOKING (recvset and
 * outofelection, and which entries agree with its proposal), its learners while LEADING, its
 * learner state while FOLLOWING or OBSERVING, and its live timers. Read from the server machine's
 * volatile context, copied into plain data.
 */
import type { InspectorView, VoteRowView } from '../protocol/frame';
import { contextOf, type LiveTimer } from './projectServers';
import { compareZxid, type Simulation, type Zxid } from './simApi';

interface VoteLike {
  leader: number;
  zxid: Zxid;
  peerEpoch: number;
  electionEpoch: number;
  state: string;
}

const z = (x: Zxid): Zxid => ({ epoch: x.epoch, counter: x.counter });

function rows(
  table: Record<string, VoteLike>,
  name: VoteRowView['table'],
  proposal: { leader: number; zxid: Zxid; peerEpoch: number },
): VoteRowView[] {
  return Object.keys(table)
    .map(Number)
    .sort((a, b) => a - b)
    .map((sid) => {
      const v = table[String(sid)] as VoteLike;
      const agrees =
        v.leader === proposal.leader &&
        v.peerEpoch === proposal.peerEpoch &&
        (name === 'outofelection' || compareZxid(v.zxid, proposal.zxid) === 0);
      return {
        sid,
        leader: v.leader,
        zxid: z(v.zxid),
        peerEpoch: v.peerEpoch,
        round: v.electionEpoch,
        state: v.state,
        table: name,
        agrees,
      };
    });
}

export function inspectServer(
  sim: Simulation,
  sid: number,
  timers: LiveTimer[],
): InspectorView | null {
  const rec = sim.view.servers[sid - 1];
  if (!rec) return null;
  const base = {
    sid,
    state: rec.up ? rec.state : ('DOWN' as const),
    phase: rec.up ? rec.phase : null,
    frozen: rec.frozen,
  };
  const view: InspectorView = {
    ...base,
    election: null,
    leading: null,
    learning: null,
    timers: timers.map((t) => ({ ...t })),
  };
  if (!rec.up) return view;
  const ctx = contextOf(sim, sid);
  const e = ctx.election;
  if (rec.state === 'LOOKING' && e) {
    const voters = ctx.cfg.voters.length;
    view.election = {
      round: e.logicalclock,
      proposal: {
        leader: e.proposal.leader,
        zxid: z(e.proposal.zxid),
        peerEpoch: e.proposal.peerEpoch,
      },
      notTimeoutMs: e.notTimeoutMs,
      quorum: Math.floor(voters / 2) + 1,
      votes: [
        ...rows(e.recvset, 'recvset', e.proposal),
        ...rows(e.outofelection, 'outofelection', e.proposal),
      ],
    };
  }
  const l = ctx.lead;
  if (l) {
    view.leading = {
      epoch: l.epoch,
      established: l.established,
      active: l.active,
      learners: Object.values(l.learners)
        .sort((a, b) => a.sid - b.sid)
        .map((h) => ({
          sid: h.sid,
          observer: h.observer,
          stage: h.stage,
          forwarding: h.forwarding,
          lastHeardMs: h.lastHeardMs,
          unacked: h.unacked.length,
        })),
      outstanding: l.outstanding
        .slice(0, 12)
        .map((o) => ({ zxid: z(o.txn.zxid), ackers: o.ackers.slice().sort((a, b) => a - b) })),
      lastCommitted: z(l.lastCommitted),
    };
  }
  const s = ctx.learn;
  if (s) {
    view.learning = {
      leader: s.leader,
      connected: s.connected,
      syncMode: s.syncMode,
      newLeaderSeen: s.newLeaderSeen,
      upToDate: s.upToDate,
      pending: s.pending.length,
    };
  }
  return view;
}
