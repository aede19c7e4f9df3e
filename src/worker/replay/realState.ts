/**
 * What the logs of a real ensemble say about each server at one moment: its state and phase, its
 * epochs, its last zxid, whom it follows, its vote, and whether its peers lost it since its last
 * line. The state is a fold over the merged, clock-shifted events (src/logs/timeline.ts) up to a
 * cursor. Nothing is invented: a value no line gave stays null, and a value read off another
 * server's line (a learner's epoch from its leader's quorum line) is marked as inferred.
 */
import type { LogEvent, PeerState, ZabPhase } from '../../logs/index';

/** Why a server's card cannot show a logged state. */
export type RealStatus =
  /** Its latest line says what it is doing. */
  | 'logged'
  /** Other servers name it, but no file of it was given. */
  | 'no-log'
  /** Its file starts later than this moment. */
  | 'before-first-line'
  /** Its file started but no state line yet (a JVM starting, "Starting quorum peer"). */
  | 'starting'
  /** After its last line, a peer's log says the connection to it broke (killed or frozen). */
  | 'unreachable';

/** Values read off another server's lines, not the server's own. */
export type InferredField = 'currentEpoch' | 'acceptedEpoch' | 'lastZxid';

export interface RealVote {
  leader: number;
  zxid: string;
  peerEpoch: number;
  round: number;
}

export interface RealServer {
  sid: number;
  /** Whether a file of this server was given. */
  hasLog: boolean;
  /** Whether any of its own lines is at or before the cursor. */
  seen: boolean;
  state: PeerState | null;
  phase: ZabPhase | null;
  currentEpoch: number | null;
  acceptedEpoch: number | null;
  lastZxid: string | null;
  leader: number | null;
  vote: RealVote | null;
  observer: boolean;
  /** When a peer's line said it lost this server (after this server's last line), else null. */
  lostAtMs: number | null;
  inferred: Set<InferredField>;
  /** Times "Starting quorum peer" was seen: a second one is a restart. */
  starts: number;
}

export type RealEnsemble = Map<number, RealServer>;

export function emptyServer(sid: number, hasLog: boolean): RealServer {
  return {
    sid,
    hasLog,
    seen: false,
    state: null,
    phase: null,
    currentEpoch: null,
    acceptedEpoch: null,
    lastZxid: null,
    leader: null,
    vote: null,
    observer: false,
    lostAtMs: null,
    inferred: new Set(),
    starts: 0,
  };
}

export function cloneEnsemble(e: RealEnsemble): RealEnsemble {
  const out: RealEnsemble = new Map();
  for (const [sid, s] of e) out.set(sid, { ...s, inferred: new Set(s.inferred) });
  return out;
}

export function statusOf(s: RealServer): RealStatus {
  if (!s.hasLog) return 'no-log';
  if (!s.seen) return 'before-first-line';
  if (s.lostAtMs !== null) return 'unreachable';
  return s.state === null ? 'starting' : 'logged';
}

/** The epoch a zxid belongs to (its high 32 bits). */
export function zxidEpoch(zxid: string): number {
  const hex = zxid.slice(2);
  return hex.length <= 8 ? 0 : parseInt(hex.slice(0, -8), 16);
}

function server(e: RealEnsemble, sid: number): RealServer {
  let s = e.get(sid);
  if (!s) {
    s = emptyServer(sid, false);
    e.set(sid, s);
  }
  return s;
}

/** A learner now in its leader's epoch: both epochs come from the leader's lines. */
function adoptEpoch(learner: RealServer, leader: RealServer): void {
  const epoch = leader.currentEpoch;
  if (epoch === null || leader.state !== 'LEADING') return;
  if (learner.currentEpoch !== epoch) {
    learner.currentEpoch = epoch;
    learner.inferred.add('currentEpoch');
  }
  if (learner.acceptedEpoch === null || learner.acceptedEpoch < epoch) {
    learner.acceptedEpoch = epoch;
    learner.inferred.add('acceptedEpoch');
  }
}

function setZxid(s: RealServer, zxid: string, inferred: boolean): void {
  s.lastZxid = zxid;
  if (inferred) s.inferred.add('lastZxid');
  else s.inferred.delete('lastZxid');
}

/** The server's own state line. */
function applyState(s: RealServer, state: PeerState, phase: ZabPhase | null): void {
  if (state !== s.state) {
    s.phase = null;
    s.leader = state === 'LEADING' ? s.sid : null;
  }
  s.state = state;
  if (phase !== null) s.phase = phase;
  if (state === 'LOOKING') s.phase = 'election';
  else s.vote = null;
  if (state === 'OBSERVING') s.observer = true;
}

/** A peer's line says the connection to `lost` broke: unreachable until it writes again. */
function markLost(e: RealEnsemble, lost: number | null, ms: number): void {
  if (lost === null) return;
  const s = server(e, lost);
  if (s.seen && s.lostAtMs === null) s.lostAtMs = ms;
}

/** One event changes the ensemble (in place). */
export function applyEvent(e: RealEnsemble, ev: LogEvent): void {
  const s = server(e, ev.sid);
  s.seen = true;
  s.lostAtMs = null;
  switch (ev.code) {
    case 'server.started':
      s.starts += 1;
      s.state = null;
      s.phase = null;
      s.leader = null;
      s.vote = null;
      return;
    case 'state':
      return applyState(s, ev.params.state, ev.params.phase);
    case 'fle.election.started':
      setZxid(s, ev.params.zxid, false);
      return applyState(s, 'LOOKING', 'election');
    case 'fle.notification.received': {
      const p = ev.params;
      const from = server(e, p.from);
      if (p.state === 'LOOKING' && (from.state === 'LOOKING' || !from.hasLog))
        from.vote = {
          leader: p.leader,
          zxid: p.zxid,
          peerEpoch: p.peerEpoch,
          round: parseInt(p.round, 16),
        };
      return;
    }
    case 'epoch.current':
      s.currentEpoch = ev.params.epoch;
      s.inferred.delete('currentEpoch');
      return;
    case 'epoch.accepted':
      s.acceptedEpoch = ev.params.epoch;
      s.inferred.delete('acceptedEpoch');
      return;
    case 'leader.newleader':
    case 'leader.quorum': {
      const epoch = ev.params.epoch;
      s.currentEpoch = epoch;
      s.acceptedEpoch = Math.max(s.acceptedEpoch ?? 0, epoch);
      s.inferred.delete('currentEpoch');
      s.inferred.delete('acceptedEpoch');
      setZxid(s, ev.params.zxid, false);
      if (ev.code === 'leader.quorum')
        for (const sid of ev.params.sids) {
          const l = server(e, sid);
          if (sid !== s.sid && l.leader === s.sid) adoptEpoch(l, s);
        }
      return;
    }
    case 'leader.learner': {
      const l = server(e, ev.params.sid);
      l.leader = s.sid;
      if (ev.params.type === 'observer') l.observer = true;
      return;
    }
    case 'leader.sync': {
      const l = server(e, ev.params.sid);
      l.leader = s.sid;
      if (l.lastZxid === null) setZxid(l, ev.params.peerLastZxid, true);
      return;
    }
    case 'sync.mode':
      if (ev.params.side === 'learner' && ev.params.zxid !== null)
        setZxid(s, ev.params.zxid, ev.params.mode !== 'TRUNC');
      return;
    case 'learner.uptodate':
    case 'learner.newleader':
      if (s.leader !== null) adoptEpoch(s, server(e, s.leader));
      return;
    case 'proposal':
    case 'commit':
      return setZxid(s, ev.params.zxid, false);
    case 'learner.disconnected':
      return markLost(e, s.leader, ev.ms);
    case 'connection.error':
      if (ev.params.kind === 'leader-lost') return markLost(e, s.leader, ev.ms);
      if (ev.params.kind === 'election-connection-broken' || ev.params.kind === 'election-channel')
        return markLost(e, ev.params.peer, ev.ms);
      return;
    case 'timeout':
      if (ev.params.kind === 'leader-read') markLost(e, s.leader, ev.ms);
      return;
    default:
      return;
  }
}
