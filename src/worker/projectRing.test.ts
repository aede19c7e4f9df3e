// The ring in the frame is the consistent-hash strategy's own ring, and its moved fractions are
// the simulation's: a real run adds b5 and removes b1 through ZooKeeper, and the projection is
// checked against the strategy state and against membershipChanges[].keysMovedFraction, plus the
// defining property of consistent hashing on the displayed keys (on an addition, every key that
// moved went to the newcomer).
import { describe, expect, it } from 'vitest';
import {
  DISPLAY_KEYS,
  lastChangeIndex,
  projectRing,
  RING_SIZE,
  ringShares,
  RingProjector,
  viewsAround,
} from './projectRing';
import { labScenario, openSession, VIEW } from './labTestKit';
import type { SimSession } from './session';
import { consistentHash, consistentHashIndex, labOf as labOfWorld, type LabState } from './simApi';

const ADD_MS = 12000;
const REMOVE_MS = 20000;

function session(): SimSession {
  return openSession(
    labScenario(
      {
        strategies: ['consistent-hash', 'hash-mod'],
        vnodes: 40,
        backends: ['b1', 'b2', 'b3', 'b4'].map((id) => ({ id, meanServiceMs: 10 })),
        traffic: { ratePerSec: 100, keys: { count: 5000 } },
        actions: [
          { atMs: ADD_MS, do: 'add-backend', backend: { id: 'b5', meanServiceMs: 10 } },
          { atMs: REMOVE_MS, do: 'remove-backend', backend: 'b1' },
        ],
      },
      { seed: 3 },
    ),
  );
}

function labOf(s: SimSession): LabState {
  const lab = labOfWorld(s.tl.sim.view);
  if (!lab) throw new Error('no lab');
  return lab;
}

describe('ringShares', () => {
  it('gives each point the arc ending at it, the first one wrapping past 2^32 - 1', () => {
    const q = RING_SIZE / 4;
    expect(ringShares([q, 3 * q], [0, 1], 2)).toEqual([0.5, 0.5]);
    expect(ringShares([q, 2 * q, 3 * q], [0, 1, 0], 2)).toEqual([0.75, 0.25]);
    expect(ringShares([123], [0], 1)).toEqual([1]);
    expect(ringShares([], [], 0)).toEqual([]);
  });
});

describe('viewsAround', () => {
  const c = (kind: 'added' | 'removed', backend: string) => ({
    atMs: 0,
    kind,
    backend,
    keysMovedFraction: {},
  });
  it('replays single joins and leaves in natural id order', () => {
    const log = [c('added', 'b10'), c('added', 'b2'), c('removed', 'b10'), c('added', 'b9')];
    expect(viewsAround(log, 1)).toEqual({ before: ['b10'], after: ['b2', 'b10'] });
    expect(viewsAround(log, 2)).toEqual({ before: ['b2', 'b10'], after: ['b2'] });
    expect(viewsAround(log, 3)).toEqual({ before: ['b2'], after: ['b2', 'b9'] });
  });
});

describe('the ring of a real run', () => {
  const s = session();
  const balancer = s.resolved.balancer!;

  it('has no change to explain after the startup registrations', () => {
    s.advance(ADD_MS - 1000, null, Infinity);
    const lab = labOf(s);
    expect(lab.view).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(lastChangeIndex(lab)).toBe(-1);
    const ring = projectRing(lab, balancer);
    expect(ring.change).toBeNull();
    expect(ring.members.map((m) => [m.id, m.slot, m.leaving])).toEqual([
      ['b1', 0, false],
      ['b2', 1, false],
      ['b3', 2, false],
      ['b4', 3, false],
    ]);
  });

  it('is exactly the strategy ring, and the shares cover it', () => {
    const lab = labOf(s);
    const ring = projectRing(lab, balancer);
    const run = lab.runs.find((r) => r.id === 'consistent-hash')!;
    const state = run.state as ReturnType<typeof consistentHash.init>;
    expect(ring.points).toEqual(state.points);
    expect(ring.owners).toEqual(state.owners);
    expect(ring.points).toHaveLength(4 * 40);
    expect(ring.members.reduce((a, m) => a + m.share, 0)).toBeCloseTo(1, 12);
    expect(ring.keys).toHaveLength(DISPLAY_KEYS);
    // The key dots sit where the strategy looks them up: the owner of the next point clockwise.
    ring.keys.forEach((k, i) => {
      const pos = ring.keyPos[i]!;
      const j = ring.points.findIndex((p) => p >= pos);
      const owner = ring.owners[j < 0 ? 0 : j]!;
      expect(ring.members[owner]!.id).toBe(state.ids[consistentHashIndex(state, k)]);
    });
  });

  it('shows b5 joining, then its addition with the simulation’s own moved fractions', () => {
    s.advance(ADD_MS + 1, null, Infinity);
    const lab = labOf(s);
    // The process has started, but its znode has not reached the balancer's watch yet.
    expect(lab.view).not.toContain('b5');
    expect(projectRing(lab, balancer).joining).toEqual(['b5']);
    s.advance(REMOVE_MS - 1000, null, Infinity);
    const ring = projectRing(labOf(s), balancer);
    const entry = labOf(s).membershipChanges.at(-1)!;
    expect(ring.change).toMatchObject({
      kind: 'added',
      backend: 'b5',
      before: ['b1', 'b2', 'b3', 'b4'],
      after: ['b1', 'b2', 'b3', 'b4', 'b5'],
    });
    expect(ring.change!.movedCh).toBe(entry.keysMovedFraction['consistent-hash']);
    expect(ring.change!.movedMod).toBe(entry.keysMovedFraction['hash-mod']);
    expect(ring.change!.movedCh).toBeGreaterThan(0.1);
    expect(ring.change!.movedCh).toBeLessThan(0.35);
    expect(ring.change!.movedMod).toBeGreaterThan(0.6);
    // Consistent hashing: a key moves only if b5 now owns it.
    const b5 = ring.members.findIndex((m) => m.id === 'b5');
    ring.change!.keyMovedCh.forEach((m, i) => {
      const pos = ring.keyPos[i]!;
      const j = ring.points.findIndex((p) => p >= pos);
      expect(ring.owners[j < 0 ? 0 : j] === b5).toBe(m);
    });
    expect(ring.change!.keyMovedMod.filter(Boolean).length).toBeGreaterThan(
      ring.change!.keyMovedCh.filter(Boolean).length,
    );
  });

  it('marks b1 leaving, then explains its removal', () => {
    s.advance(REMOVE_MS, null, Infinity);
    let lab = labOf(s);
    expect(lab.view).toContain('b1');
    expect(projectRing(lab, balancer).members.find((m) => m.id === 'b1')?.leaving).toBe(true);
    s.advance(REMOVE_MS + 3000, null, Infinity);
    lab = labOf(s);
    const ring = projectRing(lab, balancer);
    const entry = lab.membershipChanges.at(-1)!;
    expect(ring.change).toMatchObject({ kind: 'removed', backend: 'b1' });
    expect(ring.change!.after).toEqual(['b2', 'b3', 'b4', 'b5']);
    expect(ring.change!.movedCh).toBe(entry.keysMovedFraction['consistent-hash']);
    expect(ring.change!.movedMod).toBe(entry.keysMovedFraction['hash-mod']);
    expect(ring.members.map((m) => m.slot)).toEqual([1, 2, 3, 4]);
  });
});

describe('RingProjector', () => {
  it('sends the ring on the first frame, then only when the view changes or after invalidate', () => {
    const s = session();
    const ringAt = (ms: number) => {
      s.advance(ms, null, Infinity);
      return s.frame(1, ms, VIEW).lab?.ring ?? null;
    };
    expect(ringAt(5000)).not.toBeNull();
    expect(ringAt(6000)).toBeNull();
    s.invalidate();
    expect(ringAt(7000)?.members.map((m) => m.id)).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(ringAt(REMOVE_MS - 1000)?.members.map((m) => m.id)).toContain('b5');
    expect(new RingProjector().project(null, s.resolved.balancer, 0)).toBeNull();
  });
});
