// Proves that the client projection reports what the simulation holds: sessions and the leader's
// tracker (buckets of tickTime), a killed instance's znode until its expiry and not after, a
// lagging follower's stale znode against the leader's, watches by client, and requests in flight
// with their operation; all from real preset runs driven event by event.
import { describe, expect, it } from 'vitest';
import { presetById, Timeline, validateScenario } from '../sim/index';
import { projectClients, treeView } from './projectClients';

function timeline(id: string): Timeline {
  const v = validateScenario(presetById(id)!.scenario);
  if (!v.ok) throw new Error(v.error);
  return new Timeline(v.scenario, { checkpointEvery: 2000, keepTrace: true });
}

function runTo(tl: Timeline, ms: number): void {
  while (tl.sim.nowMs < ms && tl.step(ms));
}

describe('projectClients', () => {
  it('discovery: sessions, tracker buckets and the killed instance’s znode until expiry', () => {
    const tl = timeline('recipe-discovery');
    runTo(tl, 10000);
    const v = projectClients(tl.sim, 1)!;
    expect(v.clients.map((c) => [c.id, c.state])).toEqual([
      ['i1', 'CONNECTED'],
      ['i2', 'CRASHED'],
      ['i3', 'CONNECTED'],
      ['lb', 'CONNECTED'],
    ]);
    expect(v.clients[0]!.timeoutMs).toBe(6000);
    expect(v.clients[0]!.pingEveryMs).toBe(2000);
    expect(v.clients[0]!.deadline?.kind).toBe('read');
    const i2 = v.tracker!.sessions.find((s) => s.client === 'i2')!;
    expect(i2.expiresAtMs % v.tracker!.tickTimeMs).toBe(0);
    expect(i2.expiresAtMs).toBeGreaterThan(10000);
    const node = v.tree!.nodes.find((n) => n.path === '/services/api/i2')!;
    expect(node.owner).toBe('i2');
    expect(node.ephemeralOwner).toBe(i2.sessionId);
    expect(v.tree!.watches).toContainEqual(
      expect.objectContaining({ path: '/services/api', kind: 'child', client: 'lb' }),
    );
    runTo(tl, i2.expiresAtMs + 500);
    const after = projectClients(tl.sim, 1)!;
    expect(after.tree!.nodes.map((n) => n.path)).not.toContain('/services/api/i2');
    expect(after.fired.some((f) => f.client === 'lb' && f.type === 'NodeChildrenChanged')).toBe(
      true,
    );
  });

  it('config: the lagging follower’s /config is stale against the leader’s until it applies', () => {
    const tl = timeline('recipe-config');
    runTo(tl, 4100);
    const lagging = treeView(tl.sim.view, 1)!;
    expect(lagging.leader).toBe(3);
    expect(lagging.nodes.find((n) => n.path === '/config')).toMatchObject({
      data: 'v1',
      diff: 'stale',
    });
    expect(treeView(tl.sim.view, 3)!.nodes.find((n) => n.path === '/config')?.data).toBe('v2');
    runTo(tl, 7000);
    expect(treeView(tl.sim.view, 1)!.nodes.find((n) => n.path === '/config')).toMatchObject({
      data: 'v2',
      diff: 'same',
    });
  });

  it('carries requests in flight with their operation, and no tree unless asked', () => {
    const tl = timeline('recipe-lock');
    let seen = false;
    while (!seen && tl.step()) {
      const v = projectClients(tl.sim, null)!;
      expect(v.tree).toBeNull();
      seen = v.messages.some(
        (m) => m.kind === 'ZK_REQUEST' && m.op === 'create' && typeof m.from === 'string',
      );
    }
    expect(seen).toBe(true);
  });

  it('is null for a scenario without clients', () => {
    const tl = timeline('playground');
    tl.step();
    expect(projectClients(tl.sim, 1)).toBeNull();
  });
});
