// Proves the space-time window of a simulated run: one lane per server, every delivered peer
// message an arrow whose send precedes its delivery, the election of the playground's leader
// marked with its epoch, and no window at all while the panel is closed.
import { describe, expect, it } from 'vitest';
import type { ViewParams } from '../../protocol/messages';
import { SimSession } from '../session';
import { presetById } from '../simApi';

const VIEW: ViewParams = { inspect: null, filter: { sids: [], cats: [] }, dropWindowMs: 20 };

describe('projectSimSpaceTime', () => {
  it('draws the playground election as lanes, arrows and a marked election', () => {
    const r = SimSession.load(presetById('playground')?.scenario, [], null, () => 0);
    if (!r.ok) throw new Error(r.error);
    const s = r.session;
    for (let i = 0; i < 3000; i++) {
      s.stepEvent();
      const f = s.frame(0, 0, VIEW);
      if (f.servers.some((x) => x.state === 'LEADING' && x.phase === 'broadcast')) break;
    }
    expect(s.frame(0, 0, VIEW).spacetime).toBeNull();
    const f = s.frame(0, 0, { ...VIEW, spacetimeMs: 10_000 });
    const v = f.spacetime!;
    expect(v.lanes).toEqual([1, 2, 3, 4, 5]);
    expect(v.arrows.length).toBeGreaterThan(10);
    for (const a of v.arrows) {
      expect(v.lanes).toContain(a.from);
      expect(v.lanes).toContain(a.to);
      if (a.sentAtMs !== null && a.atMs !== null) expect(a.sentAtMs).toBeLessThanOrEqual(a.atMs);
    }
    expect(v.arrows.some((a) => a.kind === 'Notification')).toBe(true);
    expect(v.elections).toContainEqual(expect.objectContaining({ sid: 5, epoch: 1 }));
    expect(v.marks.some((m) => m.sid === 5 && m.state === 'LEADING')).toBe(true);
  });
});
