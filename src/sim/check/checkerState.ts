/**
 * The safety checker's own ghost state (ZAB.md section 7.1), as plain JSON-safe data.
 *
 * The checker is part of the simulated world: the timeline checkpoints it with everything else
 * (DESIGN.md section 4), so it holds no Map, Set, class, undefined or Infinity. Every sequence that
 * grows with the number of transactions is a ChunkedList, so a clone shares all full chunks and
 * costs O(servers + epochs + chunks) instead of O(transactions).
 *
 * Objects stored inside the state (TxnRecord, Zxid, historyTops) are never mutated after they are
 * stored; handlers replace them instead. That is what lets cloneChecker share them.
 */
import { emptyList, cloneList, at, firstIndex, type ChunkedList } from '../kernel/chunkedList';
import { compareZxid, type Zxid } from '../zab/zxid';
import type { GhostTxn, PeerState, ZabPhase } from './ghost';

/** A transaction as stored: flat, so one chunk slot is one small record. */
export interface TxnRecord {
  epoch: number;
  counter: number;
  value: string;
}

/**
 * Why a log (or a SNAP history) breaks EpochLogPrefix at a transaction: its zxid does not follow
 * the one before it, or the leader of its epoch (-1: not known) proposed nothing, or something
 * else, at that place. Worded by violationDetail.ts.
 */
export type LogProblem =
  | { kind: 'not-increasing'; prev: Zxid }
  | { kind: 'never-proposed'; epoch: number; leader: number }
  | { kind: 'other-proposed'; epoch: number; leader: number; expected: TxnRecord | GhostTxn };

/** A proposal that does not continue its epoch's leader sequence (only in faulty runs). */
export interface StrayProposal extends TxnRecord {
  sid: number;
}

/**
 * A history as the checker reads it (compacted.ts): its first `head` txns are the canonical
 * sequence's first `head` (checked by hash, or reported), then `rest`, in zxid order.
 */
export interface HistoryView {
  head: number;
  rest: readonly GhostTxn[];
}

export interface ServerGhost {
  sid: number;
  /** Last reported peer state, phase and currentEpoch ('state' events; crash sets DOWN). */
  state: PeerState;
  phase: ZabPhase | null;
  epoch: number;
  /** Persisted epochs as last reported; never reset by a crash (section 1.1). */
  acceptedEpoch: number;
  currentEpoch: number;
  /**
   * Last zxid of the durable history (the newest snapshot, then the txns logged after it); {0,0}
   * when empty. Fsynced, so it survives crashes.
   */
  logLast: Zxid;
  /**
   * Length of the server's delivered sequence. While `ownDelivered` is null that sequence is the
   * first `deliveredCount` entries of the canonical sequence.
   */
  deliveredCount: number;
  /** The server's own sequence, kept only once it stopped being a canonical prefix. */
  ownDelivered: ChunkedList<TxnRecord> | null;
  /** The most recent new delivery: in a correct run, the predecessor of the next one. */
  lastDelivered: TxnRecord | null;
  /** Largest zxid delivered; {0,0} when none. */
  maxDelivered: Zxid;
}

export interface EpochGhost {
  epoch: number;
  /** leader(e): the first server that proposed a zxid of this epoch; -1 before any. */
  leader: number;
  /** leader(e)'s proposals in order; counters strictly increase (the broadcastLog of 7.1). */
  proposals: ChunkedList<TxnRecord>;
  /** Other proposals with a zxid of this epoch: other proposers, repeats, counters out of order. */
  strays: StrayProposal[];
  /** Highest counter each server proposed while leading this epoch (UniqueZxid). */
  lastCounterBySid: Record<string, number>;
  /** establishedLeaders[e] of section 4.6. */
  established: number[];
  /**
   * The first established leader's history at that moment, summarized as [epoch, highest counter]
   * pairs. Histories are per-epoch prefixes of the leaders' sequences (EpochLogPrefix), so this
   * answers "was (e, c) in that history?" without keeping a copy of it.
   */
  historyTops: Array<[number, number]> | null;
}

export interface CheckerState {
  voters: number[];
  observers: number[];
  /** Majority of voters: more than half of them (QuorumMaj.containsQuorum, section 3.9). */
  quorum: number;
  servers: Record<string, ServerGhost>;
  epochs: Record<string, EpochGhost>;
  /** Epochs with an established leader, ascending. */
  establishedEpochs: number[];
  /**
   * The longest delivered sequence seen so far. Every server's delivered sequence must be a
   * prefix of it, which checks PrefixConsistency, Agreement and TotalOrder in O(1) per delivery.
   * In a long correct run its oldest chunks, which every server delivered, are dropped
   * (canonicalCompaction.ts); `prefixHashes`, `prefixLasts`, `compactedTops` and
   * `compactedChainProblem` keep what the checks still ask of them.
   */
  canonical: ChunkedList<TxnRecord>;
  /**
   * Running hashes of the canonical sequence at every CHUNK boundary (entry k covers its first
   * (k + 1) x CHUNK entries), filled on demand when a compacted history is compared (compacted.ts)
   * and before a drop.
   */
  prefixHashes: number[];
  /** The last txn of each of those prefixes (entry k is canonical entry (k + 1) x CHUNK - 1). */
  prefixLasts: TxnRecord[];
  /** [epoch, highest counter] of each epoch among the dropped canonical entries, in order. */
  compactedTops: Array<[number, number]>;
  /**
   * The first EpochLogPrefix problem of the dropped canonical entries read as one log (what a
   * snapshot holding them would show), or null: computed as they are dropped, while every
   * proposal they need is still kept.
   */
  compactedChainProblem: { txn: TxnRecord; problem: LogProblem } | null;
}

export const NO_ZXID: Zxid = { epoch: 0, counter: 0 };

export function createCheckerState(config: {
  voters: number[];
  observers: number[];
}): CheckerState {
  const st: CheckerState = {
    voters: config.voters.slice().sort((a, b) => a - b),
    observers: config.observers.slice().sort((a, b) => a - b),
    quorum: Math.floor(config.voters.length / 2) + 1,
    servers: {},
    epochs: {},
    establishedEpochs: [],
    canonical: emptyList(),
    prefixHashes: [],
    prefixLasts: [],
    compactedTops: [],
    compactedChainProblem: null,
  };
  for (const sid of [...st.voters, ...st.observers]) serverOf(st, sid);
  return st;
}

export function cloneCheckerState(s: CheckerState): CheckerState {
  const servers: Record<string, ServerGhost> = {};
  for (const key of Object.keys(s.servers)) {
    const v = s.servers[key] as ServerGhost;
    servers[key] = {
      ...v,
      ownDelivered: v.ownDelivered === null ? null : cloneList(v.ownDelivered),
    };
  }
  const epochs: Record<string, EpochGhost> = {};
  for (const key of Object.keys(s.epochs)) {
    const e = s.epochs[key] as EpochGhost;
    epochs[key] = {
      ...e,
      proposals: cloneList(e.proposals),
      strays: e.strays.slice(),
      lastCounterBySid: { ...e.lastCounterBySid },
      established: e.established.slice(),
    };
  }
  return {
    voters: s.voters.slice(),
    observers: s.observers.slice(),
    quorum: s.quorum,
    servers,
    epochs,
    establishedEpochs: s.establishedEpochs.slice(),
    canonical: cloneList(s.canonical),
    prefixHashes: s.prefixHashes.slice(),
    prefixLasts: s.prefixLasts.slice(),
    compactedTops: s.compactedTops.map(([e, c]): [number, number] => [e, c]),
    compactedChainProblem: s.compactedChainProblem,
  };
}

/** The ghost of a server, created on first mention so that an unknown sid never throws. */
export function serverOf(st: CheckerState, sid: number): ServerGhost {
  let s = st.servers[sid];
  if (s === undefined) {
    s = {
      sid,
      state: 'LOOKING',
      phase: 'election',
      epoch: 0,
      acceptedEpoch: 0,
      currentEpoch: 0,
      logLast: NO_ZXID,
      deliveredCount: 0,
      ownDelivered: null,
      lastDelivered: null,
      maxDelivered: NO_ZXID,
    };
    st.servers[sid] = s;
  }
  return s;
}

export function epochOf(st: CheckerState, epoch: number): EpochGhost {
  let e = st.epochs[epoch];
  if (e === undefined) {
    e = {
      epoch,
      leader: -1,
      proposals: emptyList(),
      strays: [],
      lastCounterBySid: {},
      established: [],
      historyTops: null,
    };
    st.epochs[epoch] = e;
  }
  return e;
}

export function isVoter(st: CheckerState, sid: number): boolean {
  return st.voters.includes(sid);
}

/** Distinct voters among `sids`: observers and unknown sids never count (SyncedLearnerTracker). */
export function countVoters(st: CheckerState, sids: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < sids.length; i++) {
    const sid = sids[i] as number;
    if (isVoter(st, sid) && sids.indexOf(sid) === i) n++;
  }
  return n;
}

export function toRecord(t: GhostTxn): TxnRecord {
  return { epoch: t.zxid.epoch, counter: t.zxid.counter, value: t.value };
}

export function zxidOf(r: TxnRecord): Zxid {
  return { epoch: r.epoch, counter: r.counter };
}

export function sameZxid(r: TxnRecord, z: Zxid): boolean {
  return r.epoch === z.epoch && r.counter === z.counter;
}

export function sameTxn(r: TxnRecord, t: GhostTxn): boolean {
  return sameZxid(r, t.zxid) && r.value === t.value;
}

/**
 * Index of zxid z among the first `length` entries of a list sorted by zxid, or -1 (also when z
 * lies among the entries a long run dropped). O(log n). Lists are sorted in every correct run;
 * after a reported violation the answer is best effort.
 */
export function indexOfZxid(list: ChunkedList<TxnRecord>, length: number, z: Zxid): number {
  let lo = firstIndex(list);
  let hi = Math.min(length, list.length) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = at(list, mid) as TxnRecord;
    const c = r.epoch !== z.epoch ? r.epoch - z.epoch : r.counter - z.counter;
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The sequence a server delivered, as (list, length). */
export function deliveredList(st: CheckerState, s: ServerGhost): ChunkedList<TxnRecord> {
  return s.ownDelivered ?? st.canonical;
}

/** Did server s deliver exactly this transaction? O(1) in a correct run, else O(log n). */
export function hasDelivered(st: CheckerState, s: ServerGhost, r: TxnRecord): boolean {
  const last = s.lastDelivered;
  if (last !== null && last.epoch === r.epoch && last.counter === r.counter)
    return last.value === r.value;
  if (compareZxid(zxidOf(r), s.maxDelivered) > 0) return false;
  const list = deliveredList(st, s);
  const i = indexOfZxid(list, s.deliveredCount, zxidOf(r));
  return i >= 0 && (at(list, i) as TxnRecord).value === r.value;
}
