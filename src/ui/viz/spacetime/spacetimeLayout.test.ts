// Proves the space-time diagram's geometry: lanes in sid order, time flowing down, an arrow from
// send to receipt (a receipt-only arrow level at its receipt, never a guessed slope), repeated
// state lines merged into one segment, and labels that never overlap, however dense the window.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SpaceTimeView } from '../../../protocol/frame';
import { LABEL_GAP_PX, layoutSpaceTime } from './spacetimeLayout';

const word = (s: string, short: boolean) => (short ? '·' : s);

function view(partial: Partial<SpaceTimeView>): SpaceTimeView {
  return {
    fromMs: 0,
    toMs: 1000,
    lanes: [1, 2, 3],
    initial: [1, 2, 3].map((sid) => ({ sid, atMs: 0, state: 'LOOKING' as const, phase: null })),
    arrows: [],
    marks: [],
    elections: [],
    truncated: false,
    ...partial,
  };
}

describe('layoutSpaceTime', () => {
  it('places lanes by sid and time downwards', () => {
    const l = layoutSpaceTime(
      view({
        arrows: [
          { from: 1, to: 3, sentAtMs: 100, atMs: 300, kind: 'Notification', cat: 'election' },
          { from: 2, to: 1, sentAtMs: null, atMs: 500, kind: 'Notification', cat: 'election' },
        ],
      }),
      400,
      300,
      word,
    );
    const [a, b, c] = l.lanes;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    const [solid, receipt] = l.arrows;
    expect(solid).toMatchObject({ kind: 'solid', x1: a!.x, x2: c!.x });
    expect(solid!.y2).toBeGreaterThan(solid!.y1);
    expect(receipt).toMatchObject({ kind: 'receipt', x2: a!.x });
    expect(receipt!.y1).toBe(receipt!.y2);
  });

  it('merges repeated lines of one state into one segment', () => {
    const l = layoutSpaceTime(
      view({
        marks: [
          { sid: 1, atMs: 200, state: 'FOLLOWING', phase: null },
          { sid: 1, atMs: 201, state: 'FOLLOWING', phase: 'discovery' },
        ],
      }),
      400,
      300,
      word,
    );
    expect(l.segments.filter((s) => s.sid === 1).map((s) => s.state)).toEqual([
      'LOOKING',
      'FOLLOWING',
    ]);
  });

  it('never lets two labels of one lane, or two election labels, overlap', () => {
    const states = ['LOOKING', 'FOLLOWING', 'LEADING'] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            sid: fc.constantFrom(1, 2, 3),
            atMs: fc.integer({ min: 0, max: 1000 }),
            s: fc.integer({ min: 0, max: 2 }),
          }),
          { maxLength: 60 },
        ),
        fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 20 }),
        fc.integer({ min: 120, max: 900 }),
        (marks, elections, height) => {
          const l = layoutSpaceTime(
            view({
              marks: marks
                .sort((a, b) => a.atMs - b.atMs)
                .map((m) => ({ sid: m.sid, atMs: m.atMs, state: states[m.s]!, phase: null })),
              elections: elections.map((atMs) => ({ atMs, sid: 1, epoch: 1 })),
            }),
            500,
            height,
            word,
          );
          const byColumn = new Map<number, number[]>();
          for (const lb of l.stateLabels) byColumn.set(lb.x, [...(byColumn.get(lb.x) ?? []), lb.y]);
          byColumn.set(
            -1,
            l.ruleLabels.map((r) => r.y),
          );
          for (const ys of byColumn.values()) {
            const sorted = [...ys].sort((a, b) => a - b);
            for (let i = 1; i < sorted.length; i++)
              expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(LABEL_GAP_PX);
          }
        },
      ),
    );
  });
});
