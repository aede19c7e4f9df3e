/**
 * How the checker reports: the invariant names and the sentences a learner reads. Details name
 * servers as "server 3" and zxids in ZooKeeper's own hex form (formatZxid), so they match the logs
 * a learner will later read.
 */
import { formatZxid } from '../zab/zxid';
import type { GhostTxn, Violation, ViolationParams } from './ghost';
import { zxidOf, type CheckerState, type ServerGhost, type TxnRecord } from './checkerState';

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

/** Short readable form of a transaction for violation details: 0x100000002 ("x"). */
export function describeTxn(r: TxnRecord | GhostTxn): string {
  const z = 'zxid' in r ? r.zxid : zxidOf(r);
  const v = r.value.length > 40 ? r.value.slice(0, 37) + '...' : r.value;
  return `${formatZxid(z)} (${JSON.stringify(v)})`;
}

export function servers(sids: readonly number[]): string {
  if (sids.length === 0) return 'no server';
  if (sids.length === 1) return `server ${sids[0]}`;
  return `servers ${sids.slice(0, -1).join(', ')} and ${sids[sids.length - 1]}`;
}

/** Collects violations for one observe() call. */
export interface Sink {
  atMs: number;
  out: Violation[];
}

/** Records a violation: its parameters for the app, and `detail`, the English sentence for the CLI. */
export function report(
  sink: Sink,
  invariant: InvariantName,
  params: ViolationParams,
  detail: string,
): void {
  sink.out.push({ atMs: sink.atMs, invariant, detail, params });
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
