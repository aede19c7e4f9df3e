// A realistic clean history (election, establishment, broadcast on 3 voters and an observer, a
// leader crash, a new epoch with SNAP, TRUNC and DIFF) yields no violation; the checker state
// survives a JSON round trip and behaves identically afterwards; and clones are independent while
// sharing the full chunks of their sequences.
import { describe, expect, it } from 'vitest';
import { CHUNK } from '../kernel/chunkedList';
import { cloneChecker, createChecker, observe, type CheckerState } from './checker';
import { broadcastRound, feed, ghost as g, invariantNames, tx } from './ghostTestKit';
import type { GhostEvent } from './ghost';

const CONFIG = { voters: [1, 2, 3], observers: [4] };
const a1 = tx(1, 1, '/a=1');
const a2 = tx(1, 2, '/a=2');
const a3 = tx(1, 3, '/b=1'); // logged by the leader and server 2, never committed in epoch 1
const a4 = tx(1, 4, '/c=1'); // logged by the leader only: lost with it, truncated later
const b1 = tx(2, 1, '/a=3');
const b2 = tx(2, 2, '/d=1');

/** Epoch 1: all three voters elect server 3; observer 4 joins; two writes commit everywhere. */
function epochOne(): GhostEvent[] {
  const ev: GhostEvent[] = [];
  for (const sid of [1, 2, 3, 4]) ev.push(g.state(sid, 'LOOKING', 'election', 0));
  for (const sid of [1, 2, 3]) ev.push(g.decide(sid, 3, 1, 'recvset', [1, 2, 3]));
  ev.push(
    g.state(3, 'LEADING', 'discovery', 0),
    g.state(1, 'FOLLOWING', 'discovery', 0),
    g.state(2, 'FOLLOWING', 'discovery', 0),
  );
  ev.push(g.epochs(3, 1, 0), g.epochs(1, 1, 0), g.epochs(2, 1, 0));
  ev.push(g.established(3, 1, []), g.epochs(3, 1, 1), g.state(3, 'LEADING', 'synchronization', 1));
  ev.push(
    g.state(1, 'FOLLOWING', 'synchronization', 0),
    g.state(2, 'FOLLOWING', 'synchronization', 0),
  );
  ev.push(g.epochs(1, 1, 1), g.epochs(2, 1, 1)); // NEWLEADER accepted
  ev.push(g.activated(3, 1), g.state(3, 'LEADING', 'broadcast', 1));
  ev.push(g.state(1, 'FOLLOWING', 'broadcast', 1), g.state(2, 'FOLLOWING', 'broadcast', 1));
  ev.push(
    g.decide(4, 3, 1, 'outofelection', [1, 2, 3], true),
    g.state(4, 'OBSERVING', 'discovery', 0),
  );
  ev.push(g.epochs(4, 1, 0), g.state(4, 'OBSERVING', 'synchronization', 0), g.epochs(4, 1, 1));
  ev.push(g.state(4, 'OBSERVING', 'broadcast', 1));
  ev.push(...broadcastRound(3, 1, a1, [1, 2], [4], [3, 1]));
  ev.push(...broadcastRound(3, 1, a2, [1, 2], [4], [3, 2]));
  ev.push(g.propose(3, 1, a3), g.log(3, a3), g.log(2, a3), g.propose(3, 1, a4), g.log(3, a4));
  return ev;
}

/**
 * The leader crashes. Server 2 has the highest zxid (1,3) and leads epoch 2; server 1 is synced by
 * SNAP (re-delivering a1 and a2), server 3 restarts and is TRUNCated to (1,3), observer 4 gets a
 * DIFF. Then two writes commit everywhere.
 */
function epochTwo(): GhostEvent[] {
  const ev: GhostEvent[] = [g.crash(3)];
  for (const sid of [1, 2, 4]) ev.push(g.state(sid, 'LOOKING', 'election', 1));
  ev.push(g.decide(1, 2, 1, 'recvset', [1, 2]), g.decide(2, 2, 1, 'recvset', [1, 2]));
  ev.push(g.state(2, 'LEADING', 'discovery', 1), g.state(1, 'FOLLOWING', 'discovery', 1));
  ev.push(g.epochs(2, 2, 1), g.epochs(1, 2, 1));
  ev.push(
    g.established(2, 2, [a1, a2, a3]),
    g.epochs(2, 2, 2),
    g.state(2, 'LEADING', 'synchronization', 2),
  );
  ev.push(g.state(1, 'FOLLOWING', 'synchronization', 1), g.snap(1, [a1, a2, a3]));
  ev.push(g.deliver(1, a1), g.deliver(1, a2), g.deliver(1, a3), g.epochs(1, 2, 2));
  ev.push(g.activated(2, 2), g.deliver(2, a3), g.state(2, 'LEADING', 'broadcast', 2));
  ev.push(g.state(1, 'FOLLOWING', 'broadcast', 2));
  ev.push(g.restart(3), g.epochs(3, 1, 1), g.state(3, 'LOOKING', 'election', 1));
  ev.push(
    g.decide(3, 2, 1, 'outofelection', [1, 2], true),
    g.state(3, 'FOLLOWING', 'discovery', 1),
  );
  ev.push(g.epochs(3, 2, 1), g.state(3, 'FOLLOWING', 'synchronization', 1), g.truncate(3, a3.zxid));
  ev.push(g.epochs(3, 2, 2), g.deliver(3, a3), g.state(3, 'FOLLOWING', 'broadcast', 2));
  ev.push(
    g.decide(4, 2, 1, 'outofelection', [1, 2, 3], true),
    g.state(4, 'OBSERVING', 'discovery', 1),
  );
  ev.push(
    g.epochs(4, 2, 1),
    g.state(4, 'OBSERVING', 'synchronization', 1),
    g.log(4, a3),
    g.deliver(4, a3),
  );
  ev.push(g.epochs(4, 2, 2), g.state(4, 'OBSERVING', 'broadcast', 2));
  ev.push(...broadcastRound(2, 2, b1, [1, 3], [4], [2, 3]));
  ev.push(...broadcastRound(2, 2, b2, [1, 3], [4], [2, 1, 3]));
  return ev;
}

function roundTrip(state: CheckerState): CheckerState {
  return JSON.parse(JSON.stringify(state)) as CheckerState;
}

describe('a realistic clean history', () => {
  it('yields zero violations and ends with every server on one delivered sequence', () => {
    const state = createChecker(CONFIG);
    const violations = feed(state, [...epochOne(), ...epochTwo()]);
    expect(violations).toEqual([]);
    expect(state.canonical.length).toBe(5);
    for (const sid of [1, 2, 3, 4]) {
      expect(state.servers[sid]?.deliveredCount).toBe(5);
      expect(state.servers[sid]?.ownDelivered).toBeNull();
    }
    expect(state.epochs[2]?.established).toEqual([2]);
  });

  it('catches the lost commit if the new leader had not logged a3 but server 1 delivered it', () => {
    const state = createChecker(CONFIG);
    const bad = epochTwo().map((e) =>
      e.kind === 'established' ? g.established(2, 2, [a1, a2]) : e,
    );
    expect(invariantNames(feed(state, [...epochOne(), ...bad]))).toContain('NoLostCommits');
  });
});

describe('JSON round trip', () => {
  const first = epochOne();
  const rest = epochTwo();
  // A continuation with violations too, so that the comparison covers reported details.
  const faulty = [
    ...rest,
    g.deliver(1, tx(2, 3, 'never proposed')),
    g.log(3, b1),
    g.established(1, 2, []),
  ];

  it('gives a deep-equal state that is plain JSON', () => {
    const state = createChecker(CONFIG);
    feed(state, first);
    expect(roundTrip(state)).toEqual(state);
    expect(JSON.stringify(roundTrip(state))).toBe(JSON.stringify(state));
  });

  it('continues to behave identically after the round trip', () => {
    const original = createChecker(CONFIG);
    feed(original, first);
    const revived = roundTrip(original);
    const v1 = feed(original, faulty, 1000);
    const v2 = feed(revived, faulty, 1000);
    expect(v2).toEqual(v1);
    expect(v1.length).toBeGreaterThan(0);
    expect(revived).toEqual(original);
  });
});

describe('cloneChecker', () => {
  /** 600 committed writes in epoch 1, enough to fill two chunks of 256. */
  function longRun(): CheckerState {
    const state = createChecker(CONFIG);
    const ev: GhostEvent[] = [g.established(3, 1, [])];
    for (let i = 1; i <= 600; i++) ev.push(...broadcastRound(3, 1, tx(1, i), [1, 2], [4]));
    expect(feed(state, ev)).toEqual([]);
    return state;
  }

  it('shares full chunks, so its cost does not grow with the number of transactions', () => {
    const state = longRun();
    const clone = cloneChecker(state);
    // Every server delivered the first chunk, so it was dropped (canonicalCompaction.ts); the
    // kept full chunk is shared, the partial last one copied.
    const last = state.canonical.chunks.length - 1;
    expect(last).toBeGreaterThan(0);
    expect(state.canonical.chunks[0]).toHaveLength(CHUNK);
    expect(clone.canonical.chunks[0]).toBe(state.canonical.chunks[0]);
    expect(clone.canonical.chunks[last]).not.toBe(state.canonical.chunks[last]);
    const proposals = state.epochs[1]!.proposals;
    expect(proposals.chunks[0]).toHaveLength(CHUNK);
    expect(clone.epochs[1]!.proposals.chunks[0]).toBe(proposals.chunks[0]);
    expect(clone).toEqual(state);
  });

  it('is independent of its source in both directions', () => {
    const state = longRun();
    const before = roundTrip(state);
    const clone = cloneChecker(state);
    // The clone goes on normally, then one server diverges (it gets its own sequence).
    const onClone: GhostEvent[] = [
      ...broadcastRound(3, 1, tx(1, 601), [1, 2], [4]),
      g.propose(3, 1, tx(1, 602)),
      g.deliver(1, tx(1, 602)),
      g.deliver(2, tx(1, 602, 'rogue')),
    ];
    const cloneViolations = feed(clone, onClone);
    expect(invariantNames(cloneViolations)).toEqual(['Integrity', 'PrefixConsistency']);
    expect(clone.servers[2]?.ownDelivered?.chunks[0]).toBe(state.canonical.chunks[0]);
    expect(state).toEqual(before);
    // The source takes a different path; the clone must not see it.
    const cloneBefore = roundTrip(clone);
    const onSource: GhostEvent[] = [
      g.propose(3, 1, tx(1, 601, 'other')),
      g.deliver(1, tx(1, 601, 'other')),
      g.truncate(2, tx(1, 1).zxid),
    ];
    expect(feed(state, onSource)).toEqual([]);
    expect(clone).toEqual(cloneBefore);
    // And a clone replays exactly like a fresh replay from the same point.
    const replay = roundTrip(before);
    expect(feed(replay, onClone)).toEqual(cloneViolations);
    expect(replay).toEqual(clone);
  });

  it('returns a fresh array per call and never throws on unknown servers', () => {
    const state = createChecker(CONFIG);
    expect(() => observe(state, 0, g.deliver(99, tx(7, 7)))).not.toThrow();
    expect(observe(state, 1, g.crash(42))).toEqual([]);
  });
});
