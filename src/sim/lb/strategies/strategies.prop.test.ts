// Proves, for every strategy and arbitrary interleavings of membership changes, picks, outcomes
// (for live, removed and unknown backends) and clock advances, that pick always returns a member of
// the current view, that every state survives a JSON round trip unchanged (no Map, undefined,
// NaN or Infinity), and that a run resumed from a JSON checkpoint makes exactly the same
// decisions as the uninterrupted run. Also that smooth weighted round robin serves exact
// proportions over every full cycle. fast-check prints the seed of any failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prngFor, type Prng } from '../../kernel/prng';
import { STRATEGY_IDS, type Member, type StrategyId } from '../types';
import { pickReasonText } from '../pickReasons';
import { strategies, type StrategyState } from './index';
import { weightedRoundRobin } from './weightedRoundRobin';

const POOL = Array.from({ length: 12 }, (_, i) => `b${i + 1}`);

type Op =
  | { kind: 'members'; ids: string[] }
  | { kind: 'pick'; key: number | string }
  | { kind: 'observe'; which: number; latencyMs: number; ok: boolean }
  | { kind: 'advance'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('members' as const),
      ids: fc.subarray(POOL, { minLength: 1 }),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('pick' as const),
      key: fc.oneof(fc.nat(1000), fc.string()),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('observe' as const),
      which: fc.nat(),
      latencyMs: fc.double({ min: 0, max: 5000, noNaN: true }),
      ok: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.nat(20_000) }),
  },
);

const weightsArb = fc.array(fc.integer({ min: 1, max: 5 }), {
  minLength: POOL.length,
  maxLength: POOL.length,
});

function view(ids: readonly string[], weights: readonly number[]): Member[] {
  return ids.map((id) => ({ id, weight: weights[POOL.indexOf(id)] as number }));
}

interface Run {
  state: StrategyState;
  rng: Prng;
  nowMs: number;
  inFlight: string[];
  ids: string[];
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Applies ops[from..to) and returns the backends picked. */
function play(id: StrategyId, run: Run, ops: readonly Op[], weights: number[]): string[] {
  const s = strategies[id];
  const picked: string[] = [];
  for (const op of ops) {
    if (op.kind === 'members') {
      run.ids = op.ids;
      run.state = s.onMembership(run.state, view(op.ids, weights));
    } else if (op.kind === 'pick') {
      const r = s.pick(run.state, { key: op.key }, run.rng, run.nowMs);
      expect(run.ids).toContain(r.backend);
      expect(r.state).toBe(run.state);
      expect(pickReasonText(r.backend, r.why)).toContain(r.backend);
      picked.push(r.backend);
      run.inFlight.push(r.backend);
    } else if (op.kind === 'observe') {
      // Mostly a request really in flight; otherwise a backend that may be gone or unknown.
      const backend =
        run.inFlight.length > 0 && op.which % 4 !== 0
          ? (run.inFlight.splice(op.which % run.inFlight.length, 1)[0] as string)
          : (POOL[op.which % POOL.length] ?? 'nobody');
      const kind = op.ok ? 'completed' : op.which % 2 === 0 ? 'dropped' : 'failed';
      run.state = s.observe(
        run.state,
        { backend, latencyMs: op.latencyMs, ok: op.ok, kind },
        run.nowMs,
      );
    } else {
      run.nowMs += op.ms;
    }
  }
  return picked;
}

describe('every strategy, under arbitrary membership changes', () => {
  it('picks a current member, round-trips through JSON, and resumes identically', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STRATEGY_IDS),
        fc.subarray(POOL, { minLength: 1 }),
        weightsArb,
        fc.array(opArb, { maxLength: 120 }),
        fc.nat(),
        fc.integer({ min: 1, max: 20 }),
        (id, initial, weights, ops, cut, vnodes) => {
          const params = { vnodes, tauMs: 1000, failurePenaltyMs: cut % 2 === 0 ? 0 : 250 };
          const fresh = (): Run => ({
            state: strategies[id].init(view(initial, weights), params),
            rng: prngFor(7, 'lb'),
            nowMs: 0,
            inFlight: [],
            ids: initial,
          });
          const k = ops.length === 0 ? 0 : cut % (ops.length + 1);
          const straight = fresh();
          const all = play(id, straight, ops, weights);
          expect(clone(straight.state)).toStrictEqual(straight.state);

          const resumed = fresh();
          const head = play(id, resumed, ops.slice(0, k), weights);
          const checkpoint = clone(resumed);
          const tail = play(id, checkpoint, ops.slice(k), weights);
          expect([...head, ...tail]).toEqual(all);
          expect(checkpoint.state).toStrictEqual(straight.state);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('smooth weighted round robin', () => {
  it('serves each backend exactly `weight` times in every cycle of sum(weights) picks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 8 }),
        (ws) => {
          const ms = ws.map((weight, i) => ({ id: `b${i + 1}`, weight }));
          const s = weightedRoundRobin.init(ms);
          const total = ws.reduce((a, b) => a + b, 0);
          const rng = prngFor(1, 'unused');
          for (let cycle = 0; cycle < 3; cycle++) {
            const counts = new Map<string, number>();
            for (let i = 0; i < total; i++) {
              const b = weightedRoundRobin.pick(s, { key: 0 }, rng, 0).backend;
              counts.set(b, (counts.get(b) ?? 0) + 1);
            }
            for (const m of ms) expect(counts.get(m.id)).toBe(m.weight);
          }
        },
      ),
    );
  });
});
