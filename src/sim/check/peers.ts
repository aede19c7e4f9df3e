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
import type { Quorum } from './violationDetail';

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
          'Leadership.bothLeading',
          violationParams(Math.min(sid, o.sid), { peers: [Math.max(sid, o.sid)], epoch }),
          { a: Math.min(sid, o.sid), b: Math.max(sid, o.sid), epoch },
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
    report(sink, 'EpochMonotonicity.acceptedDown', violationParams(sid, { epoch: acceptedEpoch }), {
      sid,
      from: s.acceptedEpoch,
      to: acceptedEpoch,
    });
  }
  if (currentEpoch < s.currentEpoch) {
    report(sink, 'EpochMonotonicity.currentDown', violationParams(sid, { epoch: currentEpoch }), {
      sid,
      from: s.currentEpoch,
      to: currentEpoch,
    });
  }
  if (currentEpoch > acceptedEpoch) {
    report(
      sink,
      'EpochMonotonicity.currentAboveAccepted',
      violationParams(sid, { epoch: currentEpoch }),
      { sid, current: currentEpoch, accepted: acceptedEpoch },
    );
  }
  s.acceptedEpoch = acceptedEpoch;
  s.currentEpoch = currentEpoch;
}

function quorumOf(st: CheckerState): Quorum {
  return { quorum: st.quorum, voters: st.voters.length };
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
      'CommitQuorum.noQuorum',
      violationParams(sid, { zxid: formatZxid(zxid), epoch: zxid.epoch, peers: ackers }),
      { sid, zxid, ackers, counted: n, quorum: quorumOf(st) },
    );
  } else if (observers.length > 0) {
    report(
      sink,
      'CommitQuorum.observers',
      violationParams(sid, { zxid: formatZxid(zxid), epoch: zxid.epoch, peers: observers }),
      { sid, zxid, observers },
    );
  }
  if (previousOutstanding) {
    report(
      sink,
      'CommitQuorum.outOfOrder',
      violationParams(sid, { zxid: formatZxid(zxid), epoch: zxid.epoch }),
      { sid, zxid },
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
  const skipped = pendingHead !== null && compareZxid(zxid, pendingHead) > 0;
  report(
    sink,
    'CommitMatchesPendingHead',
    violationParams(sid, { zxid: formatZxid(zxid), epoch: zxid.epoch }),
    { sid, zxid, pendingHead, skipped },
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
    report(sink, 'VoteSanity.noQuorum', violationParams(sid, { peers: [leader] }), {
      sid,
      leader,
      round,
      via,
      supporters,
      counted: n,
      quorum: quorumOf(st),
    });
  }
  if (via === 'outofelection' && !leaderSawLeading && leader !== sid) {
    report(sink, 'VoteSanity.noLeading', violationParams(sid, { peers: [leader] }), {
      sid,
      leader,
    });
  }
}
