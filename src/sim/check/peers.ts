/**
 * Invariants about single protocol steps: Leadership over current states (ZAB.md 7.2 item 1,
 * Zab.tla `Leadership1`), EpochMonotonicity (item 9), CommitQuorum (item 11),
 * CommitMatchesPendingHead (item 12) and VoteSanity (item 15).
 */
import { compareZxid, formatZxid, zxidEquals, type Zxid } from '../zab/zxid';
import type { PeerState, ZabPhase } from './ghost';
import { checkPrimaryIntegrityOnState } from './primary';
import {
  countVoters,
  isVoter,
  serverOf,
  type CheckerState,
  type ServerGhost,
} from './checkerState';
import { report, type Sink } from './report';
import { violationParams } from './violationParams';

/** LEADING in SYNCHRONIZATION or BROADCAST: the states Leadership1 is stated over (section 4.6). */
function leadsEstablished(s: ServerGhost): boolean {
  return s.state === 'LEADING' && (s.phase === 'synchronization' || s.phase === 'broadcast');
}

/**
 * State or phase change. Two servers may both be LEADING (a stale leader overlaps a new one,
 * section 5.7) but never in synchronization/broadcast with the same epoch.
 */
export function onState(
  st: CheckerState,
  sink: Sink,
  sid: number,
  state: PeerState,
  phase: ZabPhase | null,
  epoch: number,
): void {
  const s = serverOf(st, sid);
  s.state = state;
  s.phase = phase;
  s.epoch = epoch;
  if (leadsEstablished(s)) {
    for (const key of Object.keys(st.servers)) {
      const o = st.servers[key] as ServerGhost;
      if (o.sid !== sid && leadsEstablished(o) && o.epoch === epoch) {
        report(
          sink,
          'Leadership',
          violationParams(Math.min(sid, o.sid), { peers: [Math.max(sid, o.sid)], epoch }),
          `Servers ${Math.min(sid, o.sid)} and ${Math.max(sid, o.sid)} are both leading epoch ${epoch} past discovery: at most one leader per epoch may synchronize or broadcast.`,
        );
        break;
      }
    }
  }
  checkPrimaryIntegrityOnState(st, sink, s);
}

export function onCrash(st: CheckerState, sid: number): void {
  const s = serverOf(st, sid);
  s.state = 'DOWN';
  s.phase = null;
}

export function onRestart(st: CheckerState, sid: number): void {
  const s = serverOf(st, sid);
  s.state = 'LOOKING';
  s.phase = 'election';
}

/**
 * Persisted epochs: never decrease, crashes included, and currentEpoch <= acceptedEpoch
 * (QuorumPeer.loadDataBase refuses to start otherwise).
 */
export function onEpochs(
  st: CheckerState,
  sink: Sink,
  sid: number,
  acceptedEpoch: number,
  currentEpoch: number,
): void {
  const s = serverOf(st, sid);
  if (acceptedEpoch < s.acceptedEpoch) {
    report(
      sink,
      'EpochMonotonicity',
      violationParams(sid, { epoch: acceptedEpoch }),
      `Server ${sid}'s acceptedEpoch went down from ${s.acceptedEpoch} to ${acceptedEpoch}; a promise to a newer epoch can never be taken back.`,
    );
  }
  if (currentEpoch < s.currentEpoch) {
    report(
      sink,
      'EpochMonotonicity',
      violationParams(sid, { epoch: currentEpoch }),
      `Server ${sid}'s currentEpoch went down from ${s.currentEpoch} to ${currentEpoch}; it must never decrease.`,
    );
  }
  if (currentEpoch > acceptedEpoch) {
    report(
      sink,
      'EpochMonotonicity',
      violationParams(sid, { epoch: currentEpoch }),
      `Server ${sid} has currentEpoch ${currentEpoch} above acceptedEpoch ${acceptedEpoch}; it may only accept a NEWLEADER for an epoch it promised.`,
    );
  }
  s.acceptedEpoch = acceptedEpoch;
  s.currentEpoch = currentEpoch;
}

function quorumText(st: CheckerState): string {
  return `${st.quorum} of the ${st.voters.length} voters`;
}

/** Leader.tryToCommit: COMMIT only with an ACK quorum of voters, and only in zxid order. */
export function onCommit(
  st: CheckerState,
  sink: Sink,
  sid: number,
  zxid: Zxid,
  ackers: readonly number[],
  previousOutstanding: boolean,
): void {
  const observers = ackers.filter((a) => !isVoter(st, a));
  const n = countVoters(st, ackers);
  if (n < st.quorum) {
    report(
      sink,
      'CommitQuorum',
      violationParams(sid, { zxid: formatZxid(zxid), epoch: zxid.epoch, peers: ackers }),
      `Server ${sid} sent COMMIT(${formatZxid(zxid)}) with ACKs from ${n} voter${n === 1 ? '' : 's'} ([${ackers.join(', ')}]); a commit needs ${quorumText(st)}.`,
    );
  } else if (observers.length > 0) {
    report(
      sink,
      'CommitQuorum',
      violationParams(sid, { zxid: formatZxid(zxid), epoch: zxid.epoch, peers: observers }),
      `Server ${sid} counted the ACK of non-voter ${observers.join(', ')} for COMMIT(${formatZxid(zxid)}); observers never count toward a quorum.`,
    );
  }
  if (previousOutstanding) {
    report(
      sink,
      'CommitQuorum',
      violationParams(sid, { zxid: formatZxid(zxid), epoch: zxid.epoch }),
      `Server ${sid} sent COMMIT(${formatZxid(zxid)}) while the proposal before it was still outstanding; commits must go in zxid order.`,
    );
  }
}

/** FollowerZooKeeperServer.commit: a COMMIT must match the head of the pending queue. */
export function onFollowerCommit(
  sink: Sink,
  sid: number,
  zxid: Zxid,
  pendingHead: Zxid | null,
): void {
  if (pendingHead !== null && zxidEquals(zxid, pendingHead)) return;
  const head =
    pendingHead === null
      ? 'its pending queue is empty'
      : `the head of its pending queue is ${formatZxid(pendingHead)}`;
  const where =
    pendingHead !== null && compareZxid(zxid, pendingHead) > 0 ? ' (a commit was skipped)' : '';
  report(
    sink,
    'CommitMatchesPendingHead',
    violationParams(sid, { zxid: formatZxid(zxid), epoch: zxid.epoch }),
    `Server ${sid} received COMMIT(${formatZxid(zxid)}) but ${head}${where}; ZooKeeper exits with UNMATCHED_TXN_COMMIT here.`,
  );
}

/**
 * FastLeaderElection decisions (sections 3.7, 3.8): the supporters must be a quorum of voters, and
 * a decision from `outofelection` also needs the leader's own LEADING vote (checkLeader) unless the
 * decider is the leader.
 */
export function onDecide(
  st: CheckerState,
  sink: Sink,
  sid: number,
  leader: number,
  round: number,
  via: 'recvset' | 'outofelection',
  supporters: readonly number[],
  leaderSawLeading: boolean,
): void {
  const n = countVoters(st, supporters);
  if (n < st.quorum) {
    report(
      sink,
      'VoteSanity',
      violationParams(sid, { peers: [leader] }),
      `Server ${sid} decided on leader ${leader} in round ${round} (${via}) with the votes of [${supporters.join(', ')}], only ${n} voter${n === 1 ? '' : 's'}; it needs ${quorumText(st)}.`,
    );
  }
  if (via === 'outofelection' && !leaderSawLeading && leader !== sid) {
    report(
      sink,
      'VoteSanity',
      violationParams(sid, { peers: [leader] }),
      `Server ${sid} joined leader ${leader} from out-of-election votes without a LEADING vote from server ${leader} itself (checkLeader); it could be following a crashed leader.`,
    );
  }
}
