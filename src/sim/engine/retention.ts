/**
 * A census of what a run keeps per committed write: every sequence in the world that gains an
 * entry for each transaction, counted in entries (not bytes, not wall-clock), so that a test can
 * say exactly which lists grow with the run's length and the bench can relate them to the heap.
 *
 * Entries kept, not entries ever appended: as ZooKeeper does with periodic snapshots
 * (SyncRequestProcessor, snapCount) and PurgeTxnLog (autopurge.snapRetainCount), a long run drops
 * each server's oldest txn-log entries and compacts its ghost history to a hash (engine/purge.ts),
 * and keeps only the newest write records; the checker drops the canonical entries every server
 * delivered and the proposals behind them (check/canonicalCompaction.ts).
 */
import { at, firstIndex, keptCount } from '../kernel/chunkedList';
import type { World } from './world';

export const RETAINED_LISTS = [
  /** Each server's ghost history (zkState.history): every txn its tree holds. */
  'serverHistory',
  /** Each server's txn log on disk (Disk.log): every txn logged that no TRUNC cut off. */
  'diskLog',
  /** Each server's newest snapshot's ghost history (DiskSnapshot.history), shared chunks counted. */
  'snapshotHistory',
  /** The checker's canonical delivered sequence (CheckerState.canonical). */
  'checkerCanonical',
  /** The checker's per-epoch leader proposals (EpochGhost.proposals). */
  'checkerProposals',
  /** The checker's own sequences of servers that left the canonical prefix (faulty runs only). */
  'checkerOwnDelivered',
  /** The run's write records (World.writes), one per client write, for reports and the UI. */
  'writes',
] as const;
export type RetainedList = (typeof RETAINED_LISTS)[number];

export type RetentionCensus = Record<RetainedList, number> & { total: number };

export function retentionCensus(w: World): RetentionCensus {
  const c: RetentionCensus = {
    serverHistory: 0,
    diskLog: 0,
    snapshotHistory: 0,
    checkerCanonical: keptCount(w.checker.canonical),
    checkerProposals: 0,
    checkerOwnDelivered: 0,
    writes: keptCount(w.writes),
    total: 0,
  };
  for (const s of w.servers) {
    c.serverHistory += keptCount(s.zk.history);
    c.diskLog += keptCount(s.disk.log);
    c.snapshotHistory += s.disk.snapshot === null ? 0 : keptCount(s.disk.snapshot.history);
  }
  for (const e of Object.values(w.checker.epochs)) c.checkerProposals += keptCount(e.proposals);
  for (const g of Object.values(w.checker.servers)) {
    c.checkerOwnDelivered += g.ownDelivered?.length ?? 0;
  }
  c.total = RETAINED_LISTS.reduce((sum, name) => sum + c[name], 0);
  return c;
}

/** How many client writes the run committed so far. */
export function committedWrites(w: World): number {
  let n = w.writesDropped?.committed ?? 0;
  for (let i = firstIndex(w.writes); i < w.writes.length; i++)
    if (at(w.writes, i)?.outcome === 'committed') n++;
  return n;
}
