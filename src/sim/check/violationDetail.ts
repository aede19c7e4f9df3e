/**
 * The checker's English sentences, one formatter per detail code, in one table: the CLI and the
 * report print these; no report site writes prose by hand. A code is `<Invariant>` or
 * `<Invariant>.<case>` when an invariant breaks in more than one way, and each formatter takes the
 * typed facts of its case (servers, zxids, transactions). The app does not read these: it words a
 * violation from its ViolationParams (src/ui/explain/violationText.ts).
 */
import { formatZxid, type Zxid } from '../zab/zxid';
import type { GhostTxn } from './ghost';
import { zxidOf, type LogProblem, type TxnRecord } from './checkerState';

export type { LogProblem };

type Txn = TxnRecord | GhostTxn;

/** Short readable form of a transaction for violation details: 0x100000002 ("x"). */
export function describeTxn(r: Txn): string {
  const z = 'zxid' in r ? r.zxid : zxidOf(r);
  const v = r.value.length > 40 ? r.value.slice(0, 37) + '...' : r.value;
  return `${formatZxid(z)} (${JSON.stringify(v)})`;
}

export function servers(sids: readonly number[]): string {
  if (sids.length === 0) return 'no server';
  if (sids.length === 1) return `server ${sids[0]}`;
  return `servers ${sids.slice(0, -1).join(', ')} and ${sids[sids.length - 1]}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The voters a quorum needs, as "2 of the 3 voters". */
export interface Quorum {
  quorum: number;
  voters: number;
}
const quorumText = (q: Quorum) => `${q.quorum} of the ${q.voters} voters`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function logProblem(p: LogProblem): string {
  if (p.kind === 'not-increasing')
    return ` after ${formatZxid(p.prev)}: the zxids of a log must strictly increase.`;
  const leader =
    p.leader < 0
      ? `the leader of epoch ${p.epoch}`
      : `the leader of epoch ${p.epoch} (server ${p.leader})`;
  const rule = `the epoch-${p.epoch} part of a log must be a prefix of that leader's proposals.`;
  return p.kind === 'never-proposed'
    ? `, which ${leader} never proposed at that place: ${rule}`
    : `, but at that place ${leader} proposed ${describeTxn(p.expected)}: ${rule}`;
}

/** A server named as a witness, or "another server" when none is known (-1). */
const witness = (sid: number) => (sid < 0 ? 'another server' : `server ${sid}`);

/** The facts each detail code is worded from. */
export interface DetailFactsOf {
  'Leadership.established': { established: readonly number[]; epoch: number };
  'Leadership.bothLeading': { a: number; b: number; epoch: number };
  'NoLostCommits.missing': { sid: number; epoch: number; first: Txn; by: number; missing: number };
  'NoLostCommits.delivered': { sid: number; txn: Txn; leader: number; epoch: number };
  PrimaryIntegrity: { sid: number; txn: Txn; epoch: number; leader: number; leaderEpoch: number };
  'UniqueZxid.wrongEpoch': { sid: number; epoch: number; zxid: Zxid };
  'UniqueZxid.counterZero': { sid: number; zxid: Zxid };
  'UniqueZxid.notIncreasing': { sid: number; zxid: Zxid; last: number; epoch: number };
  'UniqueZxid.twoValues': { sid: number; txn: GhostTxn; existing: string };
  'EpochLogPrefix.logged': { sid: number; txn: Txn; problem: LogProblem };
  'EpochLogPrefix.snap': { sid: number; txn: Txn; problem: LogProblem };
  'PrefixConsistency.changed': { sid: number; txn: GhostTxn; position: number; before: Txn };
  /** A compacted history prefix (engine/purge.ts) whose hash is not the canonical prefix's. */
  'PrefixConsistency.compacted': { length: number; what: string; last: Txn };
  'PrefixConsistency.diverged': {
    sid: number;
    txn: Txn;
    position: number;
    other: number;
    here: Txn;
  };
  Integrity: { sid: number; txn: Txn };
  GlobalPrimaryOrder: { sid: number; txn: Txn; epoch: number; after: Zxid };
  'LocalPrimaryOrder.after': { sid: number; txn: Txn; epoch: number; after: Zxid };
  'LocalPrimaryOrder.skipped': { sid: number; txn: Txn; epoch: number; pred: Txn; leader: number };
  TotalOrder: { sid: number; txn: Txn; other: number; here: Txn };
  Agreement: { sid: number; txn: Txn; position: number; other: number; here: Txn };
  'EpochMonotonicity.acceptedDown': { sid: number; from: number; to: number };
  'EpochMonotonicity.currentDown': { sid: number; from: number; to: number };
  'EpochMonotonicity.currentAboveAccepted': { sid: number; current: number; accepted: number };
  'CommitQuorum.noQuorum': {
    sid: number;
    zxid: Zxid;
    ackers: readonly number[];
    /** How many of the ackers are voters. */
    counted: number;
    quorum: Quorum;
  };
  'CommitQuorum.observers': { sid: number; zxid: Zxid; observers: readonly number[] };
  'CommitQuorum.outOfOrder': { sid: number; zxid: Zxid };
  CommitMatchesPendingHead: { sid: number; zxid: Zxid; pendingHead: Zxid | null; skipped: boolean };
  'VoteSanity.noQuorum': {
    sid: number;
    leader: number;
    round: number;
    via: string;
    supporters: readonly number[];
    /** How many of the supporters are voters. */
    counted: number;
    quorum: Quorum;
  };
  'VoteSanity.noLeading': { sid: number; leader: number };
}

export type DetailCode = keyof DetailFactsOf;

/** The invariant a detail code reports: the part before the dot. */
export function invariantOf(code: DetailCode): string {
  const dot = code.indexOf('.');
  return dot < 0 ? code : code.slice(0, dot);
}

const DETAIL: { [K in DetailCode]: (f: DetailFactsOf[K]) => string } = {
  'Leadership.established': (f) =>
    `${capitalize(servers(f.established))} were each established as leader of epoch ${f.epoch}: an epoch has at most one established leader, because two ACKEPOCH quorums intersect.`,
  'Leadership.bothLeading': (f) =>
    `Servers ${f.a} and ${f.b} are both leading epoch ${f.epoch} past discovery: at most one leader per epoch may synchronize or broadcast.`,
  'NoLostCommits.missing': (f) =>
    `Server ${f.sid} became the established leader of epoch ${f.epoch} without ${describeTxn(f.first)}, which server ${f.by} had already delivered` +
    (f.missing > 1 ? ` (${f.missing} delivered transactions are missing)` : '') +
    ': a committed transaction would be lost.',
  'NoLostCommits.delivered': (f) =>
    `Server ${f.sid} delivered ${describeTxn(f.txn)}, but server ${f.leader} had already become the established leader of epoch ${f.epoch} without it: ` +
    "that committed transaction is not in the new leader's history.",
  PrimaryIntegrity: (f) =>
    `Server ${f.sid} delivered ${describeTxn(f.txn)} from epoch ${f.epoch}, but server ${f.leader}, the active leader of epoch ${f.leaderEpoch} it follows, ` +
    'has not delivered it: a new leader must deliver every earlier-epoch transaction before it broadcasts.',
  'UniqueZxid.wrongEpoch': (f) =>
    `Server ${f.sid}, leading epoch ${f.epoch}, proposed ${formatZxid(f.zxid)}, whose epoch is ${f.zxid.epoch}: a leader's zxids carry its own epoch.`,
  'UniqueZxid.counterZero': (f) =>
    `Server ${f.sid} proposed ${formatZxid(f.zxid)}: counter 0 is the NEWLEADER marker, never a transaction.`,
  'UniqueZxid.notIncreasing': (f) =>
    `Server ${f.sid} proposed ${formatZxid(f.zxid)} after counter ${f.last} in epoch ${f.epoch}: a leader's counters must strictly increase.`,
  'UniqueZxid.twoValues': (f) =>
    `Server ${f.sid} proposed ${describeTxn(f.txn)}, but ${formatZxid(f.txn.zxid)} was already proposed as ${JSON.stringify(f.existing)}: two different transactions must never share a zxid.`,
  'EpochLogPrefix.logged': (f) =>
    `Server ${f.sid} logged ${describeTxn(f.txn)}${logProblem(f.problem)}`,
  'EpochLogPrefix.snap': (f) =>
    `The SNAP history sent to server ${f.sid} holds ${describeTxn(f.txn)}${logProblem(f.problem)}`,
  'PrefixConsistency.changed': (f) =>
    `Server ${f.sid} delivered ${formatZxid(f.txn.zxid)} again as ${JSON.stringify(f.txn.value)}, ` +
    `but position ${f.position} of its delivered sequence was ${describeTxn(f.before)}: a delivered prefix never changes.`,
  'PrefixConsistency.compacted': (f) =>
    `The first ${f.length} txns of ${f.what} are not the first ${f.length} delivered (which end with ${describeTxn(f.last)}): ` +
    'delivered sequences must agree wherever both are defined.',
  'PrefixConsistency.diverged': (f) =>
    `Server ${f.sid} delivered ${describeTxn(f.txn)} as its delivery number ${f.position}, where ${witness(f.other)} delivered ${describeTxn(f.here)}: ` +
    'delivered sequences must agree wherever both are defined.',
  Integrity: (f) =>
    `Server ${f.sid} delivered ${describeTxn(f.txn)}, which no leader ever proposed with that zxid and value.`,
  GlobalPrimaryOrder: (f) =>
    `Server ${f.sid} delivered ${describeTxn(f.txn)} from epoch ${f.epoch} after ${formatZxid(f.after)} from epoch ${f.after.epoch}: ` +
    'transactions of an earlier epoch must be delivered first.',
  'LocalPrimaryOrder.after': (f) =>
    `Server ${f.sid} delivered ${describeTxn(f.txn)} after ${formatZxid(f.after)}, although the leader of epoch ${f.epoch} proposed it first.`,
  'LocalPrimaryOrder.skipped': (f) =>
    `Server ${f.sid} delivered ${describeTxn(f.txn)} without first delivering ${describeTxn(f.pred)}, ` +
    `which server ${f.leader}, leader of epoch ${f.epoch}, proposed just before it.`,
  TotalOrder: (f) =>
    `Server ${f.sid} delivered ${describeTxn(f.txn)} without first delivering ${describeTxn(f.here)}, ` +
    `which ${witness(f.other)} delivered before it: every server must deliver in the same order.`,
  Agreement: (f) =>
    `Server ${f.sid} delivered ${describeTxn(f.txn)} as its delivery number ${f.position}, where ${witness(f.other)} delivered ${describeTxn(f.here)}; ` +
    'each now holds a transaction the other never delivered.',
  'EpochMonotonicity.acceptedDown': (f) =>
    `Server ${f.sid}'s acceptedEpoch went down from ${f.from} to ${f.to}; a promise to a newer epoch can never be taken back.`,
  'EpochMonotonicity.currentDown': (f) =>
    `Server ${f.sid}'s currentEpoch went down from ${f.from} to ${f.to}; it must never decrease.`,
  'EpochMonotonicity.currentAboveAccepted': (f) =>
    `Server ${f.sid} has currentEpoch ${f.current} above acceptedEpoch ${f.accepted}; it may only accept a NEWLEADER for an epoch it promised.`,
  'CommitQuorum.noQuorum': (f) =>
    `Server ${f.sid} sent COMMIT(${formatZxid(f.zxid)}) with ACKs from ${plural(f.counted, 'voter')} ([${f.ackers.join(', ')}]); a commit needs ${quorumText(f.quorum)}.`,
  'CommitQuorum.observers': (f) =>
    `Server ${f.sid} counted the ACK of non-voter ${f.observers.join(', ')} for COMMIT(${formatZxid(f.zxid)}); observers never count toward a quorum.`,
  'CommitQuorum.outOfOrder': (f) =>
    `Server ${f.sid} sent COMMIT(${formatZxid(f.zxid)}) while the proposal before it was still outstanding; commits must go in zxid order.`,
  CommitMatchesPendingHead: (f) =>
    `Server ${f.sid} received COMMIT(${formatZxid(f.zxid)}) but ` +
    (f.pendingHead === null
      ? 'its pending queue is empty'
      : `the head of its pending queue is ${formatZxid(f.pendingHead)}`) +
    (f.skipped ? ' (a commit was skipped)' : '') +
    '; ZooKeeper exits with UNMATCHED_TXN_COMMIT here.',
  'VoteSanity.noQuorum': (f) =>
    `Server ${f.sid} decided on leader ${f.leader} in round ${f.round} (${f.via}) with the votes of [${f.supporters.join(', ')}], only ${plural(f.counted, 'voter')}; it needs ${quorumText(f.quorum)}.`,
  'VoteSanity.noLeading': (f) =>
    `Server ${f.sid} joined leader ${f.leader} from out-of-election votes without a LEADING vote from server ${f.leader} itself (checkLeader); it could be following a crashed leader.`,
};

export const DETAIL_CODES = Object.keys(DETAIL) as readonly DetailCode[];

/** The English detail of a checker violation: the one formatter of its code. */
export function violationDetail<K extends DetailCode>(code: K, facts: DetailFactsOf[K]): string {
  return DETAIL[code](facts);
}
