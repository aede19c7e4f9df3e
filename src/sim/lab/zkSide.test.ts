/**
 * The lab's record of the ZooKeeper side of membership tells the real story of a run: b2 killed,
 * its session expired by the leader's tracker at the bucket the tracker held for it, the
 * closeSession committed and its znode deleted at that instant, then a new session and znode
 * after the restart; b3 removed gracefully, its session closed with no expiry. Every event is
 * checked against the world itself (the leader's tracker and tree, the trace), with the invariant
 * checker running on every event.
 */
import { describe, expect, it } from 'vitest';
import type { Simulation } from '../engine/simulation';
import { createSimulation } from '../extensions';
import { labOf } from './labExtension';
import { cloneWorld } from '../timeline/cloneWorld';
import { validateScenario } from '../scenario/validate';
import type { TraceEvent } from '../trace/traceEvent';
import type { LabZkEvent } from './zkSide';

const KILL_MS = 15000;
const RESTART_MS = 26000;
const REMOVE_MS = 30000;

function scenario() {
  const v = validateScenario({
    version: 1,
    seed: 5,
    untilMs: 36000,
    ensemble: { servers: 3, tickTimeMs: 2000 },
    balancer: {
      service: '/services/api',
      sessionTimeoutMs: 6000,
      strategies: ['round-robin'],
      backends: ['b1', 'b2', 'b3'].map((id) => ({ id, meanServiceMs: 20 })),
      traffic: { ratePerSec: 50 },
      actions: [
        { atMs: KILL_MS, do: 'kill-backend', backend: 'b2' },
        { atMs: RESTART_MS, do: 'restart-backend', backend: 'b2' },
        { atMs: REMOVE_MS, do: 'remove-backend', backend: 'b3' },
      ],
    },
  });
  if (!v.ok) throw new Error(v.error);
  return v.scenario;
}

const leaderOf = (sim: Simulation) =>
  sim.world.servers.find((s) => s.up && s.state === 'LEADING' && s.zk.tracker !== null)!;

describe('the ZooKeeper side of membership', () => {
  const trace: TraceEvent[] = [];
  const sim = createSimulation(scenario(), { onTrace: (e) => trace.push(e) });
  sim.runUntil(KILL_MS + 1);
  const b2Session = sim.world.clients[labOf(sim.world)!.backends[1]!.client]!.client.sessionId!;
  const leader = leaderOf(sim);
  const trackerExpiry = leader.zk.tracker!.expiresAtMs[b2Session]!;
  const atKill = cloneWorld(sim.world, sim.extensions);
  sim.runUntil(36000);
  const events = labOf(sim.world)!.zkEvents;
  const of = (backend: string) => events.filter((e) => e.backend === backend);
  const brief = (e: LabZkEvent) => `${e.kind} ${e.backend}`;

  it('runs clean', () => {
    expect(sim.world.violations).toEqual([]);
  });

  it('records each initial registration once, by the leader, in time order', () => {
    const created = events.filter((e) => e.kind === 'created' && e.atMs < KILL_MS);
    expect(created.map((e) => e.backend).sort()).toEqual(['b1', 'b2', 'b3']);
    for (const e of created) expect(e.sid).toBe(leader.sid);
    const times = events.map((e) => e.atMs);
    expect(times).toEqual(times.slice().sort((a, b) => a - b));
  });

  it('tells b2: killed, expired at the tracker bucket, closed, znode deleted, restarted, registered again', () => {
    const story = of('b2').filter((e) => e.atMs >= KILL_MS);
    expect(story.map((e) => e.kind)).toEqual([
      'killed',
      'expired',
      'closed',
      'deleted',
      'restarted',
      'created',
    ]);
    const [killed, expired, closed, deleted, restarted, created] = story as LabZkEvent[] &
      { length: 6 }[];
    expect(killed).toMatchObject({ atMs: KILL_MS, session: b2Session, sid: null });
    // ExpiryQueue: the tracker expires the whole bucket at its tickTime boundary.
    expect(trackerExpiry % 2000).toBe(0);
    expect(expired).toMatchObject({ atMs: trackerExpiry, session: b2Session, sid: leader.sid });
    const expireLog = trace.find(
      (e) => e.k === 'log' && e.data?.['kind'] === 'expire' && e.data['session'] === b2Session,
    );
    expect(expireLog?.t).toBe(trackerExpiry);
    // The closeSession commits after one proposal round; the znode goes in that same txn.
    expect(closed!.atMs).toBeGreaterThan(trackerExpiry);
    expect(closed).toMatchObject({ session: b2Session, sid: leader.sid });
    expect(deleted).toMatchObject({ atMs: closed!.atMs, session: b2Session });
    expect(restarted).toMatchObject({ atMs: RESTART_MS, session: null });
    const newSession = sim.world.clients[labOf(sim.world)!.backends[1]!.client]!.client.sessionId;
    expect(newSession).not.toBe(b2Session);
    expect(created).toMatchObject({ session: newSession });
    expect(created!.atMs).toBeGreaterThan(RESTART_MS);
    expect(leaderOf(sim).zk.tree.nodes['/services/api/b2']?.ephemeralOwner).toBe(newSession);
  });

  it('tells b3: removed, its session closed by the client (no expiry), znode deleted', () => {
    const story = of('b3').filter((e) => e.atMs >= REMOVE_MS);
    expect(story.map(brief)).toEqual(['removed b3', 'closed b3', 'deleted b3']);
    expect(leaderOf(sim).zk.tree.nodes['/services/api/b3']).toBeUndefined();
  });

  it('is copied with the world, and the copy evolves on its own', () => {
    const n = labOf(atKill)!.zkEvents.length;
    expect(labOf(atKill)!.zkEvents[n - 1]).toMatchObject({ kind: 'killed', backend: 'b2' });
    expect(events.length).toBeGreaterThan(n);
  });
});
