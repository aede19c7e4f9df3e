/**
 * Pure helpers of the comparison view: which strategy is best in each column of the summary
 * (ties all count as best), and how full a backend's slots and queue are, for the small bars.
 */
import type { LabStrategyView } from '../../protocol/frame';

export const SUMMARY_COLUMNS = [
  'offered',
  'completed',
  'dropped',
  'failed',
  'p99',
  'imbalance',
] as const;
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

/**
 * More is better for completed; less is better for dropped, failed, p99 and imbalance; offered is
 * shared.
 */
const BETTER: Record<SummaryColumn, 'high' | 'low' | null> = {
  offered: null,
  completed: 'high',
  dropped: 'low',
  failed: 'low',
  p99: 'low',
  imbalance: 'low',
};

/**
 * For each column, the ids of the strategies holding its best value; empty when the column has no
 * "better" (offered), when every strategy ties (nothing stands out), or before any request.
 */
export function bestByColumn(rows: readonly LabStrategyView[]): Record<SummaryColumn, string[]> {
  const out = {} as Record<SummaryColumn, string[]>;
  for (const col of SUMMARY_COLUMNS) {
    const dir = BETTER[col];
    const values = rows.map((r) => r[col]);
    if (dir === null || rows.length < 2 || rows.every((r) => r.offered === 0)) {
      out[col] = [];
      continue;
    }
    const best = dir === 'high' ? Math.max(...values) : Math.min(...values);
    const winners = rows.filter((r) => r[col] === best).map((r) => r.id);
    out[col] = winners.length === rows.length ? [] : winners;
  }
  return out;
}

/** A fraction in [0, 1] for a bar: used / capacity (0 when there is no capacity). */
export function fill(used: number, capacity: number): number {
  if (capacity <= 0) return 0;
  return Math.max(0, Math.min(1, used / capacity));
}

/**
 * How many columns a panel's `n` backend boxes get in `widthPx`: as many as fit at `minPx` each,
 * then balanced over the rows that takes, so 4 backends in room for 3 sit two by two, not three
 * and an orphan (rows = ceil(n / fit), columns = ceil(n / rows)). At least 1.
 */
export function balancedColumns(n: number, widthPx: number, minPx: number, gapPx: number): number {
  if (n <= 0) return 1;
  const fit = Math.max(1, Math.floor((widthPx + gapPx) / (minPx + gapPx)));
  if (fit >= n) return n;
  const rows = Math.ceil(n / fit);
  return Math.ceil(n / rows);
}
