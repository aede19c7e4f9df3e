// Proves each strategy's defining behaviour on small hand-checked cases: nginx's smooth weighted
// round robin order "a a b a c a a", round robin's rotation across membership changes, the
// least-connections and p2c choices and tie-breaks, Finagle's peak-EWMA rules (peak, decay,
// first-probe penalty), the key affinity of the hash strategies, and the registry's contents.
import { describe, expect, it } from 'vitest';
import { prngFor } from '../../kernel/prng';
import { crc32 } from '../crc32';
import { STRATEGY_IDS, compareIds, type Member, type Outcome } from '../types';
import { consistentHash } from './consistentHash';
import { hashMod } from './hashMod';
import { strategies } from './index';
import { leastConnections } from './leastConnections';
import { p2c } from './p2c';
import { PEWMA_PENALTY, pewma, pewmaCost } from './pewma';
import { fixed1, pickReasonText, type PickReason } from '../pickReasons';
import { roundRobin } from './roundRobin';
import { weightedRoundRobin } from './weightedRoundRobin';

const rng = prngFor(1, 'lb-test');
const req = { key: 0 };
/** A pick's reason as the simulation's English table writes it. */
const english = (r: { backend: string; why: PickReason }): string =>
  pickReasonText(r.backend, r.why);
const members = (...ids: string[]): Member[] => ids.map((id) => ({ id, weight: 1 }));
const done = (backend: string, latencyMs = 10, ok = true): Outcome => ({
  backend,
  latencyMs,
  ok,
  kind: ok ? 'completed' : 'failed',
});

describe('compareIds', () => {
  it('orders ids naturally and totally', () => {
    const ids = ['b10', 'b2', 'a', 'b1', 'b01', 'b', 'c3x', 'c3'];
    expect(ids.sort(compareIds)).toEqual(['a', 'b', 'b01', 'b1', 'b2', 'b10', 'c3', 'c3x']);
  });
});

describe('weighted-round-robin', () => {
  it("gives nginx's sequence for weights {a:5, b:1, c:1}, cycle after cycle", () => {
    const s = weightedRoundRobin.init([
      { id: 'c', weight: 1 },
      { id: 'a', weight: 5 },
      { id: 'b', weight: 1 },
    ]);
    const seq = Array.from({ length: 14 }, () => weightedRoundRobin.pick(s, req, rng, 0).backend);
    expect(seq.join(' ')).toBe('a a b a c a a a a b a c a a');
    expect(s.current).toEqual([0, 0, 0]); // back to the start after each full cycle
  });

  it('explains the choice with the running weight', () => {
    const s = weightedRoundRobin.init([
      { id: 'a', weight: 5 },
      { id: 'b', weight: 1 },
    ]);
    expect(english(weightedRoundRobin.pick(s, req, rng, 0))).toBe(
      'a has the highest running weight (5); it now gives back the total 6',
    );
  });

  it('a failure drops the effective weight (max_fails 1) and it recovers by one per pick', () => {
    const s = weightedRoundRobin.init([
      { id: 'a', weight: 3 },
      { id: 'b', weight: 3 },
    ]);
    weightedRoundRobin.observe(s, done('a', 5, false), 0);
    expect(s.effective).toEqual([0, 3]);
    weightedRoundRobin.pick(s, req, rng, 0);
    expect(s.effective).toEqual([1, 3]);
  });
});

describe('round-robin', () => {
  it('rotates in natural id order and carries on after a membership change', () => {
    const s = roundRobin.init(members('b10', 'b2', 'b1'));
    const first = [0, 1, 2, 3].map(() => roundRobin.pick(s, req, rng, 0).backend);
    expect(first).toEqual(['b1', 'b2', 'b10', 'b1']);
    roundRobin.onMembership(s, members('b1', 'b3', 'b10'));
    expect(roundRobin.pick(s, req, rng, 0).backend).toBe('b3'); // the first id after b1
    expect(english(roundRobin.pick(s, req, rng, 0))).toBe('b10 is next in the rotation (3 of 3)');
  });
});

describe('least-connections', () => {
  it('picks the fewest outstanding, rotating among ties', () => {
    const s = leastConnections.init(members('b1', 'b2', 'b3'));
    const idle = [0, 1, 2].map(() => {
      const b = leastConnections.pick(s, req, rng, 0).backend;
      leastConnections.observe(s, done(b), 0);
      return b;
    });
    expect(idle).toEqual(['b1', 'b2', 'b3']);
    leastConnections.pick(s, req, rng, 0); // b1: 1
    leastConnections.pick(s, req, rng, 0); // b2: 1
    const third = leastConnections.pick(s, req, rng, 0);
    expect(third.backend).toBe('b3');
    expect(third.why).toEqual({
      code: 'fewestOutstanding',
      had: 0,
      counts: [
        { id: 'b1', n: 1 },
        { id: 'b2', n: 1 },
        { id: 'b3', n: 0 },
      ],
      more: 0,
    });
    expect(english(third)).toBe('b3 has the fewest outstanding requests (0 of [b1:1, b2:1, b3:0])');
    leastConnections.observe(s, done('b2'), 0);
    expect(leastConnections.pick(s, req, rng, 0).backend).toBe('b2');
  });

  it('weighs outstanding counts like nginx least_conn', () => {
    const s = leastConnections.init([
      { id: 'a', weight: 3 },
      { id: 'b', weight: 1 },
    ]);
    const picks = [0, 1, 2, 3].map(() => leastConnections.pick(s, req, rng, 0).backend);
    expect(picks.filter((b) => b === 'a')).toHaveLength(3);
  });
});

describe('p2c', () => {
  it('draws two distinct backends and keeps the less loaded one', () => {
    const s = p2c.init(members('b1', 'b2'));
    s.outstanding = [5, 0];
    for (let i = 0; i < 20; i++) {
      const r = p2c.pick(s, req, rng, 0);
      expect(r.backend).toBe('b2');
      p2c.observe(s, done('b2'), 0);
    }
    s.outstanding = [0, 0];
    expect(english(p2c.pick(s, req, rng, 0))).toMatch(
      /both have 0 outstanding, so the second, b\d, wins/,
    );
  });

  it('with one backend, picks it without drawing', () => {
    const s = p2c.init(members('b7'));
    const r = prngFor(9, 'x');
    const before = [...r.s];
    expect(p2c.pick(s, req, r, 0).backend).toBe('b7');
    expect(r.s).toEqual(before);
  });
});

describe('pewma', () => {
  it('takes peaks at once and decays toward lower observations with time constant tau', () => {
    const s = pewma.init(members('a', 'b'), { tauMs: 1000 });
    pewma.observe(s, done('a', 100), 0);
    expect(s.ewmaMs[0]).toBe(100);
    pewma.observe(s, done('a', 200), 10);
    expect(s.ewmaMs[0]).toBe(200); // the peak
    pewma.observe(s, done('a', 0), 1010); // one tau later, a 0 ms observation
    expect(s.ewmaMs[0]).toBeCloseTo(200 * Math.exp(-1), 9);
    expect(pewmaCost(s, 0, 2010)).toBeCloseTo(200 * Math.exp(-2), 9); // reading decays too
  });

  it('probes a newcomer once, then penalizes it until its first response', () => {
    const s = pewma.init(members('b1', 'b2')); // b2 is the newcomer: no latency seen yet
    pewma.observe(s, done('b1', 50), 0);
    expect(pewmaCost(s, 1, 0)).toBe(0);
    s.pending[1] = 1;
    expect(pewmaCost(s, 1, 0)).toBe(PEWMA_PENALTY + 1);
    pewma.observe(s, done('b2', 20), 5);
    expect(pewmaCost(s, 1, 5)).toBe(20);
  });

  it('prices cost = ewma × (pending + 1) and explains it', () => {
    const s = pewma.init(members('a', 'b'));
    pewma.observe(s, done('a', 10), 0);
    pewma.observe(s, done('b', 30), 0);
    s.pending = [2, 0];
    const r = pewma.pick(s, req, rng, 0);
    expect(r.backend).toBe('b'); // 30 × 1 < 10 × 3
    expect(r.why).toMatchObject({ code: 'twoCosts' });
    expect(english(r)).toContain('10.0 ms × (2 + 1) = 30.0');
  });

  it('formats costs with one decimal without toFixed', () => {
    for (const x of [0, 0.04, 0.06, 9.96, 12.34, 20, 1234.5678])
      expect(fixed1(x)).toBe(x.toFixed(1));
  });

  it('failurePenaltyMs makes a fast failure count as slow', () => {
    const s = pewma.init(members('a'), { failurePenaltyMs: 500 });
    pewma.observe(s, { backend: 'a', latencyMs: 1, ok: false, kind: 'dropped' }, 0);
    expect(s.ewmaMs[0]).toBe(500);
  });
});

describe('hash strategies', () => {
  it('hash-mod sends key k to crc32(k) mod N of the sorted view', () => {
    const s = hashMod.init(members('b3', 'b1', 'b2'));
    for (const key of [0, 1, 42, 'user:7']) {
      const i = crc32(String(key)) % 3;
      expect(hashMod.pick(s, { key }, rng, 0).backend).toBe(['b1', 'b2', 'b3'][i]);
    }
  });

  it('consistent-hash builds vnodes points per backend, sorted, and rebuilds only on change', () => {
    const s = consistentHash.init(members('b1', 'b2', 'b3'), { vnodes: 50 });
    expect(s.points).toHaveLength(150);
    expect(s.points.every((p, i) => i === 0 || (s.points[i - 1] as number) <= p)).toBe(true);
    const ring = s.points;
    consistentHash.onMembership(s, members('b3', 'b2', 'b1'));
    expect(s.points).toBe(ring); // same view: same array, nothing rebuilt
    consistentHash.onMembership(s, members('b1', 'b2'));
    expect(s.points).toHaveLength(100);
    const a = consistentHash.pick(s, { key: 'k' }, rng, 0).backend;
    expect(consistentHash.pick(s, { key: 'k' }, rng, 0).backend).toBe(a);
  });
});

describe('registry', () => {
  it('holds the eight strategies under their ids, with a name and two description lines', () => {
    expect(Object.keys(strategies).sort()).toEqual([...STRATEGY_IDS].sort());
    for (const id of STRATEGY_IDS) {
      expect(strategies[id].id).toBe(id);
      expect(strategies[id].name.length).toBeGreaterThan(0);
      expect(strategies[id].describe).toHaveLength(2);
    }
  });
});
