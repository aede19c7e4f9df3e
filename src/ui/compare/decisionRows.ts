/**
 * The decision log's rows: every strategy saw the same requests, so its recent decisions line up
 * by request id. Newest first; a request a strategy has no decision for (its view was empty, or
 * the decision fell out of its short memory) shows as a gap rather than shifting the row.
 */
import type { LabPickView, LabStrategyView } from '../../protocol/frame';

export interface DecisionRow {
  request: number;
  atMs: number;
  key: number;
  /** Parallel to the strategies: each one's decision for this request, or null. */
  picks: (LabPickView | null)[];
}

export function decisionRows(strategies: readonly LabStrategyView[], max: number): DecisionRow[] {
  const byRequest = new Map<number, DecisionRow>();
  strategies.forEach((s, i) => {
    for (const p of s.recent) {
      let row = byRequest.get(p.request);
      if (!row) {
        row = { request: p.request, atMs: p.atMs, key: p.key, picks: strategies.map(() => null) };
        byRequest.set(p.request, row);
      }
      row.picks[i] = p;
    }
  });
  return [...byRequest.values()].sort((a, b) => b.request - a.request).slice(0, max);
}
