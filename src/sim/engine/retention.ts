/**
 * A census of what a run keeps per committed write: every sequence in the world that gains an
 * entry for each transaction, counted in entries (not bytes, not wall-clock), so that a test can
 * say exactly which lists grow with the run's length and the bench can relate them to the heap.
 *
 * Today none of these lists is bounded (issue 17, item 6): ZooKeeper bounds its own with
 * periodic snapshots (SyncRequestProcessor, snapCount) and PurgeTxnLog (autopurge.snapRetainCount),
 * while the simulation keeps every txn for the safety checker (ZAB.md 7.1) and the app's reports.
 * This census is the yardstick for bounding them; docs/CAPACITY.md ("Memory") has the figures.
 */
import { at } from '../kernel/chunkedList';
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
    checkerCanonical: w.checker.canonical.length,
    checkerProposals: 0,
    checkerOwnDelivered: 0,
    writes: w.writes.length,
    total: 0,
  };
  for (const s of w.servers) {
    c.serverHistory += s.zk.history.length;
    c.diskLog += s.disk.log.length;
    c.snapshotHistory += s.disk.snapshot?.history.length ?? 0;
  }
  for (const e of Object.values(w.checker.epochs)) c.checkerProposals += e.proposals.length;
  for (const g of Object.values(w.checker.servers)) {
    c.checkerOwnDelivered += g.ownDelivered?.length ?? 0;
  }
  c.total = RETAINED_LISTS.reduce((sum, name) => sum + c[name], 0);
  return c;
}

/** How many client writes the run committed so far. */
export function committedWrites(w: World): number {
  let n = 0;
  for (let i = 0; i < w.writes.length; i++) if (at(w.writes, i)?.outcome === 'committed') n++;
  return n;
}
