/**
 * The frame carries each strategy's per-backend outcome counters (admitted, dropped, failed), the
 * numbers the comparison's request marks are spawned from: they add up to the strategy's own
 * totals, and after the scripted kill of b2 its failures show at b2 and nowhere else.
 */
import { describe, expect, it } from 'vitest';
import type { LabStrategyView } from '../protocol/frame';
import { backend, labAt, labScenario, openSession } from './labTestKit';
import type { SimSession } from './session';

function session(): SimSession {
  const small = (id: string, ms: number) => backend(id, ms, { slots: 2, queueMax: 4 });
  return openSession(
    labScenario({
      strategies: ['round-robin', 'random'],
      backends: [small('b1', 20), small('b2', 20), small('b3', 20), small('b4', 80)],
      traffic: { ratePerSec: 300 },
      actions: [{ atMs: 10000, do: 'kill-backend', backend: 'b2' }],
    }),
  );
}

function strategiesAt(s: SimSession, ms: number): LabStrategyView[] {
  return labAt(s, ms).strategies;
}

const total = (st: LabStrategyView, k: 'admitted' | 'dropped' | 'failed' | 'served') =>
  st.backends.reduce((n, b) => n + b[k], 0);

describe('per-backend outcome counters in the frame', () => {
  it('add up to each strategy’s totals, before and after a kill', () => {
    const s = session();
    for (const ms of [9000, 12000, 25000]) {
      for (const st of strategiesAt(s, ms)) {
        expect(total(st, 'dropped')).toBe(st.dropped);
        expect(total(st, 'failed')).toBe(st.failed);
        expect(total(st, 'admitted')).toBeGreaterThanOrEqual(total(st, 'served'));
        expect(total(st, 'admitted') + st.dropped + st.failed).toBeGreaterThanOrEqual(st.offered);
      }
    }
  });

  it('shows the drops at the slow backend and the failures at the killed one', () => {
    const s = session();
    const before = strategiesAt(s, 9000);
    for (const st of before) {
      expect(st.failed).toBe(0);
      expect(st.backends[3]!.dropped).toBeGreaterThan(0);
    }
    const after = strategiesAt(s, 12000);
    const later = strategiesAt(s, 13000);
    after.forEach((st, i) => {
      expect(st.backends[1]!.failed).toBe(st.failed);
      expect(st.backends[1]!.failed).toBeGreaterThan(0);
      // A dead backend takes nothing in: every further pick onto it fails.
      expect(later[i]!.backends[1]!.admitted).toBe(st.backends[1]!.admitted);
      expect(later[i]!.backends[1]!.failed).toBeGreaterThan(st.backends[1]!.failed);
    });
  });
});
