/**
 * Builders for hand-made ghost histories. The checker's tests use them, and engine tests can use
 * them to state the events they expect, so both sides agree on the shape of a correct history.
 * Pure data helpers: no randomness, no time.
 */
import type { Zxid } from '../zab/zxid';
import type { GhostEvent, GhostTxn, PeerState, Violation, ZabPhase } from './ghost';
import { createChecker, observe, type CheckerState } from './checker';

export function tx(epoch: number, counter: number, value = `v${epoch}.${counter}`): GhostTxn {
  return { zxid: { epoch, counter }, value };
}

export const ghost = {
  epochs: (sid: number, acceptedEpoch: number, currentEpoch: number): GhostEvent => ({
    kind: 'epochs',
    sid,
    acceptedEpoch,
    currentEpoch,
  }),
  state: (sid: number, state: PeerState, phase: ZabPhase | null, epoch: number): GhostEvent => ({
    kind: 'state',
    sid,
    state,
    phase,
    epoch,
  }),
  established: (sid: number, epoch: number, history: readonly GhostTxn[]): GhostEvent => ({
    kind: 'established',
    sid,
    epoch,
    history,
  }),
  activated: (sid: number, epoch: number): GhostEvent => ({ kind: 'activated', sid, epoch }),
  propose: (sid: number, epoch: number, txn: GhostTxn): GhostEvent => ({
    kind: 'propose',
    sid,
    epoch,
    txn,
  }),
  log: (sid: number, txn: GhostTxn): GhostEvent => ({ kind: 'log', sid, txn }),
  truncate: (sid: number, toZxid: Zxid): GhostEvent => ({ kind: 'truncate', sid, toZxid }),
  snap: (sid: number, history: readonly GhostTxn[]): GhostEvent => ({ kind: 'snap', sid, history }),
  deliver: (sid: number, txn: GhostTxn): GhostEvent => ({ kind: 'deliver', sid, txn }),
  commit: (
    sid: number,
    zxid: Zxid,
    ackers: readonly number[],
    previousOutstanding = false,
  ): GhostEvent => ({ kind: 'commit', sid, zxid, ackers, previousOutstanding }),
  followerCommit: (sid: number, zxid: Zxid, pendingHead: Zxid | null): GhostEvent => ({
    kind: 'followerCommit',
    sid,
    zxid,
    pendingHead,
  }),
  decide: (
    sid: number,
    leader: number,
    round: number,
    via: 'recvset' | 'outofelection',
    supporters: readonly number[],
    leaderSawLeading = false,
  ): GhostEvent => ({ kind: 'decide', sid, leader, round, via, supporters, leaderSawLeading }),
  crash: (sid: number): GhostEvent => ({ kind: 'crash', sid }),
  restart: (sid: number): GhostEvent => ({ kind: 'restart', sid }),
};

/**
 * One whole broadcast round of `txn` by `leader` in `epoch` (section 5.2): PROPOSAL, every
 * participant logs it, COMMIT with the given ackers, everyone applies it; observers get INFORM.
 */
export function broadcastRound(
  leader: number,
  epoch: number,
  txn: GhostTxn,
  followers: readonly number[],
  observers: readonly number[] = [],
  ackers: readonly number[] = [leader, ...followers],
): GhostEvent[] {
  const out: GhostEvent[] = [ghost.propose(leader, epoch, txn), ghost.log(leader, txn)];
  for (const f of followers) out.push(ghost.log(f, txn));
  out.push(ghost.commit(leader, txn.zxid, ackers), ghost.deliver(leader, txn));
  for (const f of followers)
    out.push(ghost.followerCommit(f, txn.zxid, txn.zxid), ghost.deliver(f, txn));
  for (const o of observers) out.push(ghost.log(o, txn), ghost.deliver(o, txn));
  return out;
}

/** Feeds events in order (event i at time i ms) and collects every violation. */
export function feed(state: CheckerState, events: readonly GhostEvent[], startMs = 0): Violation[] {
  const all: Violation[] = [];
  events.forEach((e, i) => all.push(...observe(state, startMs + i, e)));
  return all;
}

export function runHistory(
  events: readonly GhostEvent[],
  config: { voters: number[]; observers: number[] } = { voters: [1, 2, 3], observers: [] },
): { state: CheckerState; violations: Violation[] } {
  const state = createChecker(config);
  return { state, violations: feed(state, events) };
}

/** The distinct invariant names among violations, sorted. */
export function invariantNames(violations: readonly Violation[]): string[] {
  return [...new Set(violations.map((v) => v.invariant))].sort();
}
