// The comparison's pure helpers: best values per summary column, bar fills, balanced backend
// columns, and the scenario edits behind the strategy pickers, checked on small exact inputs.
import { describe, expect, it } from 'vitest';
import type { LabStrategyView } from '../../protocol/frame';
import { balancedColumns, bestByColumn, fill } from './compareModel';
import {
  addStrategy,
  chooseStrategy,
  compareScenario,
  removeStrategy,
  strategiesOf,
  withStrategies,
} from './compareScenario';

function row(id: string, over: Partial<LabStrategyView>): LabStrategyView {
  return {
    id,
    offered: 100,
    completed: 90,
    dropped: 5,
    failed: 5,
    p50: 10,
    p95: 20,
    p99: 30,
    imbalance: 1.1,
    recent: [],
    backends: [],
    ...over,
  };
}

describe('bestByColumn', () => {
  it('marks the highest completed and the lowest dropped, failed, p99 and imbalance', () => {
    const best = bestByColumn([
      row('a', { completed: 95, dropped: 0, failed: 5, p99: 40, imbalance: 1.02 }),
      row('b', { completed: 90, dropped: 5, failed: 1, p99: 30, imbalance: 1.4 }),
    ]);
    expect(best).toEqual({
      offered: [],
      completed: ['a'],
      dropped: ['a'],
      failed: ['b'],
      p99: ['b'],
      imbalance: ['a'],
    });
  });

  it('marks nothing when all tie or nothing was offered', () => {
    expect(bestByColumn([row('a', {}), row('b', {})]).p99).toEqual([]);
    expect(
      bestByColumn([row('a', { offered: 0, p99: 0 }), row('b', { offered: 0, p99: 1 })]).p99,
    ).toEqual([]);
  });

  it('marks every winner of a tie among three', () => {
    const best = bestByColumn([row('a', { p99: 5 }), row('b', { p99: 5 }), row('c', { p99: 9 })]);
    expect(best.p99).toEqual(['a', 'b']);
  });
});

describe('fill', () => {
  it('clamps to [0, 1]', () => {
    expect(fill(2, 4)).toBe(0.5);
    expect(fill(9, 4)).toBe(1);
    expect(fill(1, 0)).toBe(0);
  });
});

describe('the comparison scenario', () => {
  it('compares the chosen strategies on the same seed', () => {
    const s = compareScenario(['round-robin', 'least-connections']);
    expect(strategiesOf(s)).toEqual(['round-robin', 'least-connections']);
    const t = withStrategies(s, ['p2c', 'pewma', 'random']);
    expect(strategiesOf(t)).toEqual(['p2c', 'pewma', 'random']);
    expect(t.seed).toBe(s.seed);
    expect(strategiesOf({ ...s, balancer: null })).toBeNull();
  });

  it('swaps when a strategy already shown is chosen for another slot', () => {
    expect(chooseStrategy(['round-robin', 'p2c'], 0, 'p2c')).toEqual(['p2c', 'round-robin']);
    expect(chooseStrategy(['round-robin', 'p2c'], 1, 'random')).toEqual(['round-robin', 'random']);
  });

  it('keeps between two and four strategies', () => {
    expect(addStrategy(['round-robin', 'p2c'])).toEqual([
      'round-robin',
      'p2c',
      'weighted-round-robin',
    ]);
    const four = addStrategy(addStrategy(['round-robin', 'p2c']));
    expect(addStrategy(four)).toEqual(four);
    expect(removeStrategy(['round-robin', 'p2c'], 0)).toEqual(['round-robin', 'p2c']);
    expect(removeStrategy(four, 0)).toEqual(four.slice(1));
  });
});

describe('balancedColumns', () => {
  // Boxes of at least 128 px with 8 px gaps, as the stylesheet has them.
  const columns = (n: number, widthPx: number) => balancedColumns(n, widthPx, 128, 8);
  it('puts every backend in one row when they fit', () => {
    expect(columns(4, 4 * 128 + 3 * 8)).toBe(4);
    expect(columns(2, 1000)).toBe(2);
  });
  it('balances the rows instead of leaving an orphan', () => {
    // Room for 3: four backends go two by two, five go three and two.
    const three = 3 * 128 + 2 * 8;
    expect(columns(4, three)).toBe(2);
    expect(columns(5, three)).toBe(3);
    expect(columns(16, 4 * 128 + 3 * 8)).toBe(4);
    expect(columns(16, three)).toBe(3);
  });
  it('never goes below one column', () => {
    expect(columns(4, 50)).toBe(1);
    expect(columns(0, 500)).toBe(1);
  });
});
