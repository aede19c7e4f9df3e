/**
 * The mark planner turns counter differences between frames into marks: one per request at low
 * rates, capped per frame at high rates with nothing lost over time, rare failures and drops
 * never rounded away, and nothing at all for a step back, a seek or a reload. A property test
 * (fast-check prints the seed of any failure) checks the cap and the accounting on random streams.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JUMP_MS,
  MARKS_PER_FRAME_MAX,
  OUTCOMES,
  planMarks,
  type BackendCounts,
  type PlanState,
  type Spawn,
} from './markPlan';

const b = (id: string, admitted: number, dropped = 0, failed = 0): BackendCounts => ({
  id,
  admitted,
  dropped,
  failed,
});
const marksOf = (spawns: Spawn[]) => spawns.reduce((n, s) => n + s.marks, 0);
const owedIn = (state: PlanState) => {
  let n = 0;
  for (const t of state.owed.values()) for (const o of OUTCOMES) n += t[o];
  return n;
};

describe('planMarks', () => {
  it('resyncs on the first frame and spawns nothing', () => {
    const p = planMarks(null, 1000, [b('b1', 40, 2, 1)]);
    expect(p).toMatchObject({ spawns: [], resynced: true, perMark: 1 });
  });

  it('spawns one mark per request below the cap, by backend and outcome', () => {
    const first = planMarks(null, 1000, [b('b1', 10), b('b2', 10)]).state;
    const p = planMarks(first, 1016, [b('b1', 13, 1), b('b2', 10, 0, 2)]);
    expect(p.resynced).toBe(false);
    expect(p.perMark).toBe(1);
    expect(p.spawns).toHaveLength(3);
    expect(p.spawns).toEqual(
      expect.arrayContaining([
        { backend: 'b1', outcome: 'admitted', marks: 3 },
        { backend: 'b1', outcome: 'dropped', marks: 1 },
        { backend: 'b2', outcome: 'failed', marks: 2 },
      ]),
    );
  });

  it('caps the marks of a frame and lets one mark stand for several requests', () => {
    const first = planMarks(null, 0, [b('b1', 0), b('b2', 0)]).state;
    const p = planMarks(first, 160, [b('b1', 60), b('b2', 60)]);
    expect(p.perMark).toBe(Math.ceil(120 / MARKS_PER_FRAME_MAX));
    expect(marksOf(p.spawns)).toBeLessThanOrEqual(MARKS_PER_FRAME_MAX);
    expect(marksOf(p.spawns)).toBe(120 / p.perMark);
  });

  it('still shows a rare failure among many admissions', () => {
    const first = planMarks(null, 0, [b('b1', 0), b('b2', 0)]).state;
    const p = planMarks(first, 160, [b('b1', 200), b('b2', 0, 0, 1)]);
    expect(p.perMark).toBeGreaterThan(1);
    expect(p.spawns).toContainEqual({ backend: 'b2', outcome: 'failed', marks: 1 });
    expect(marksOf(p.spawns)).toBeLessThanOrEqual(MARKS_PER_FRAME_MAX);
  });

  it('spawns nothing for a step back, a seek, or counters that went down', () => {
    const s = planMarks(null, 5000, [b('b1', 100)]).state;
    expect(planMarks(s, 4000, [b('b1', 50)]).resynced).toBe(true);
    expect(planMarks(s, 5000 + JUMP_MS + 1, [b('b1', 900)]).resynced).toBe(true);
    expect(planMarks(s, 5100, [b('b1', 3)]).resynced).toBe(true);
    const ok = planMarks(s, 5000 + JUMP_MS, [b('b1', 104)]);
    expect(ok.resynced).toBe(false);
    expect(marksOf(ok.spawns)).toBe(4);
  });

  it('takes a backend added since the last frame from zero', () => {
    const s = planMarks(null, 0, [b('b1', 5)]).state;
    const p = planMarks(s, 100, [b('b1', 5), b('b5', 2)]);
    expect(p.spawns).toEqual([{ backend: 'b5', outcome: 'admitted', marks: 2 }]);
  });

  it('keeps a steady ratio and reaches every backend when each gets less than a mark a frame', () => {
    const ids = Array.from({ length: 16 }, (_, i) => `b${i + 1}`);
    let state = planMarks(
      null,
      0,
      ids.map((id) => b(id, 0)),
    ).state;
    const reached = new Set<string>();
    let marks = 0;
    for (let f = 1; f <= 60; f++) {
      const p = planMarks(
        state,
        f * 16,
        ids.map((id) => b(id, 5 * f)),
      );
      expect(p.perMark).toBe(Math.ceil(80 / MARKS_PER_FRAME_MAX));
      for (const s of p.spawns) reached.add(s.backend);
      marks += marksOf(p.spawns);
      state = p.state;
    }
    expect(reached.size).toBe(16);
    // 60 frames of 80 requests at 7 a mark: all but what is still owed was shown.
    expect(marks * 7 + owedIn(state)).toBe(60 * 80);
  });

  it('never exceeds the cap and builds no backlog', () => {
    const step = fc.array(fc.tuple(fc.nat(80), fc.nat(6), fc.nat(3)), {
      minLength: 3,
      maxLength: 3,
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        let counts = ['b1', 'b2', 'b3'].map((id) => b(id, 0));
        let state: PlanState = planMarks(null, 0, counts).state;
        let maxPer = 1;
        steps.forEach((deltas, i) => {
          let requests = 0;
          counts = counts.map((c, k) => {
            const [a, d, f] = deltas[k]!;
            requests += a + d + f;
            return b(c.id, c.admitted + a, c.dropped + d, c.failed + f);
          });
          const p = planMarks(state, (i + 1) * 16, counts);
          expect(p.resynced).toBe(false);
          expect(marksOf(p.spawns)).toBeLessThanOrEqual(MARKS_PER_FRAME_MAX);
          expect(p.perMark).toBe(Math.max(1, Math.ceil(requests / MARKS_PER_FRAME_MAX)));
          maxPer = Math.max(maxPer, p.perMark);
          for (const t of p.state.owed.values())
            for (const o of OUTCOMES) expect(t[o]).toBeGreaterThanOrEqual(0);
          // What is owed stays below one mark per bucket at the largest ratio seen: no backlog.
          expect(owedIn(p.state)).toBeLessThan(9 * maxPer);
          // Below the cap, every request of the frame and every one owed before is one mark.
          if (p.perMark === 1)
            expect(marksOf(p.spawns)).toBe(Math.min(MARKS_PER_FRAME_MAX, requests + owedIn(state)));
          state = p.state;
        });
      }),
    );
  });
});
