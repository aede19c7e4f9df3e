/**
 * Membership changes through ZooKeeper: add-backend starts a new client that registers, and when
 * the balancer's watch shows it, consistent hashing moves about 1/N of the keys while hash mod N
 * moves most of them, as membershipChanges reports. remove-backend closes the session, so the
 * znode goes at once: the balancer drops the backend within one commit round trip, the backend
 * finishes what it already held, and only requests routed to it in that gap fail.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../scenarios/harness';

const ADD_MS = 20000;
const REMOVE_MS = 30000;

describe('add-backend and remove-backend as the balancer sees them', () => {
  const r = run({
    version: 1,
    seed: 5,
    untilMs: 40000,
    ensemble: { servers: 5 },
    balancer: {
      service: '/services/api',
      sessionTimeoutMs: 6000,
      strategies: ['consistent-hash', 'hash-mod', 'round-robin'],
      backends: ['b1', 'b2', 'b3', 'b4'].map((id) => ({ id, meanServiceMs: 10 })),
      traffic: { ratePerSec: 200 },
      actions: [
        { atMs: ADD_MS, do: 'add-backend', backend: { id: 'b5', meanServiceMs: 10 } },
        { atMs: REMOVE_MS, do: 'remove-backend', backend: 'b1' },
      ],
    },
  });
  const lb = r.report.balancer!;
  const balancer = r.report.clients!.find((c) => c.id === 'lb:balancer')!;
  const added = lb.membershipChanges.find((c) => c.backend === 'b5')!;
  const removed = lb.membershipChanges.find((c) => c.kind === 'removed')!;

  it('starts with the four registrations, then b5 joins and b1 leaves, each when the discover recipe re-lists', () => {
    expect(r.report.violations).toEqual([]);
    expect(lb.membershipChanges.map((c) => `${c.kind} ${c.backend}`)).toEqual([
      'added b1',
      'added b2',
      'added b3',
      'added b4',
      'added b5',
      'removed b1',
    ]);
    for (const c of [added, removed]) {
      const relist = balancer.results.find((x) => x.op === 'children' && x.atMs === c.atMs);
      expect(relist?.children?.includes(c.backend)).toBe(c.kind === 'added');
    }
    expect(added.atMs).toBeGreaterThan(ADD_MS);
    expect(balancer.recipe).toEqual({ kind: 'discover', members: ['b2', 'b3', 'b4', 'b5'] });
  });

  it('adding a fifth backend moves about 1/5 of the keys with consistent-hash and most with hash-mod', () => {
    const f = added.keysMovedFraction;
    expect(f['consistent-hash']).toBeGreaterThan(0.12);
    expect(f['consistent-hash']).toBeLessThan(0.28);
    expect(f['hash-mod']).toBeGreaterThan(0.6);
  });

  it('removing b1 is seen within a commit round trip; b1 drains and the only failures are in that gap', () => {
    expect(removed.atMs - REMOVE_MS).toBeLessThan(50);
    for (const s of lb.strategies) {
      const b1 = s.backends.find((b) => b.id === 'b1')!;
      const b5 = s.backends.find((b) => b.id === 'b5')!;
      expect(s.dropped).toBe(0);
      expect(b1.served).toBeGreaterThan(0);
      expect(b5.served).toBeGreaterThan(0);
      // At 200 requests/s, a gap of under 50 ms holds at most a handful of requests.
      expect(s.failed).toBeLessThan(15);
      expect(s.backends.map((b) => b.id)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']);
    }
    const rr = lb.strategies.find((s) => s.id === 'round-robin')!;
    expect(rr.failed).toBeGreaterThan(0);
  });
});
