// The decision log lines up every strategy's decisions by request, newest first, gaps kept.
import { describe, expect, it } from 'vitest';
import type { LabPickView, LabStrategyView } from '../../protocol/frame';
import { decisionRows } from './decisionRows';

const pick = (request: number, backend: string): LabPickView => ({
  atMs: request * 10,
  request,
  key: request * 3,
  backend,
  why: { code: 'rotation', index: 1, of: 2 },
});

function strategy(id: string, recent: LabPickView[]): LabStrategyView {
  return {
    id,
    offered: 0,
    completed: 0,
    dropped: 0,
    failed: 0,
    p50: 0,
    p95: 0,
    p99: 0,
    imbalance: 1,
    recent,
    backends: [],
  };
}

describe('decisionRows', () => {
  it('lines decisions up by request, newest first, with gaps kept in place', () => {
    const rows = decisionRows(
      [
        strategy('round-robin', [pick(1, 'b1'), pick(2, 'b2'), pick(3, 'b1')]),
        strategy('random', [pick(2, 'b2'), pick(3, 'b2')]),
      ],
      2,
    );
    expect(rows.map((r) => r.request)).toEqual([3, 2]);
    expect(rows[0]!.picks.map((p) => p?.backend ?? null)).toEqual(['b1', 'b2']);
    const all = decisionRows(
      [strategy('round-robin', [pick(1, 'b1')]), strategy('random', [pick(2, 'b2')])],
      5,
    );
    expect(all.map((r) => r.picks.map((p) => p?.backend ?? null))).toEqual([
      [null, 'b2'],
      ['b1', null],
    ]);
  });
});
