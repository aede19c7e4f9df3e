/**
 * How the checker reports: the invariant names and the sentences a learner reads. Details name
 * servers as "server 3" and zxids in ZooKeeper's own hex form (formatZxid), so they match the logs
 * a learner will later read.
 */
import type { Violation, ViolationParams } from './ghost';
import type { CheckerState, ServerGhost } from './checkerState';
import {
  invariantOf,
  violationDetail,
  type DetailCode,
  type DetailFactsOf,
} from './violationDetail';

/** The exact names a Violation's `invariant` can take, numbered as in ZAB.md section 7.2. */
export type InvariantName =
  | 'Leadership'
  | 'PrefixConsistency'
  | 'Integrity'
  | 'Agreement'
  | 'TotalOrder'
  | 'LocalPrimaryOrder'
  | 'GlobalPrimaryOrder'
  | 'PrimaryIntegrity'
  | 'EpochMonotonicity'
  | 'UniqueZxid'
  | 'CommitQuorum'
  | 'CommitMatchesPendingHead'
  | 'NoLostCommits'
  | 'EpochLogPrefix'
  | 'VoteSanity';

export const INVARIANT_NAMES: readonly InvariantName[] = [
  'Leadership',
  'PrefixConsistency',
  'Integrity',
  'Agreement',
  'TotalOrder',
  'LocalPrimaryOrder',
  'GlobalPrimaryOrder',
  'PrimaryIntegrity',
  'EpochMonotonicity',
  'UniqueZxid',
  'CommitQuorum',
  'CommitMatchesPendingHead',
  'NoLostCommits',
  'EpochLogPrefix',
  'VoteSanity',
];

/** The invariant of a detail code, at the type level: 'CommitQuorum.noQuorum' -> 'CommitQuorum'. */
type InvariantOf<K extends string> = K extends `${infer I}.${string}` ? I : K;
// Every detail code names one of the invariants above (a compile-time check).
const CODES_NAME_INVARIANTS: InvariantOf<DetailCode> extends InvariantName ? true : never = true;
void CODES_NAME_INVARIANTS;

/** Collects violations for one observe() call. */
export interface Sink {
  atMs: number;
  out: Violation[];
}

/**
 * Records a violation: its parameters for the app, and `detail`, the English sentence for the CLI,
 * rendered by the one formatter of its detail code (violationDetail.ts) from the site's facts.
 */
export function report<K extends DetailCode>(
  sink: Sink,
  code: K,
  params: ViolationParams,
  facts: DetailFactsOf[K],
): void {
  const invariant = invariantOf(code);
  sink.out.push({ atMs: sink.atMs, invariant, detail: violationDetail(code, facts), params, code });
}

/**
 * Some server still on the canonical sequence that delivered position `index` (the lowest sid),
 * to name it in a violation; -1 if none.
 */
export function canonicalWitness(st: CheckerState, index: number, except: number): number {
  for (const key of Object.keys(st.servers)) {
    const o = st.servers[key] as ServerGhost;
    if (o.sid !== except && o.ownDelivered === null && o.deliveredCount > index) return o.sid;
  }
  return -1;
}
