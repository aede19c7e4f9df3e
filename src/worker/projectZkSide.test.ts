/**
 * The frame's ZooKeeper side through a real run of the comparison's story (b2 killed at 20 s,
 * 6 s sessions, tickTime 2 s): sessions and znodes before the kill, the leader tracker's expiry
 * for b2 while it is dead, then b2's znode gone and the events in causal order; seeking back
 * restores the earlier state, since the projection reads only the world.
 */
import { describe, expect, it } from 'vitest';
import type { LabZkView } from '../protocol/frame';
import { backend, labAt, openSession, VIEW } from './labTestKit';
import type { SimSession } from './session';

const KILL_MS = 20000;

function session(): SimSession {
  return openSession({
    version: 1,
    seed: 7,
    untilMs: 40000,
    ensemble: { servers: 3, tickTimeMs: 2000 },
    balancer: {
      service: '/services/api',
      sessionTimeoutMs: 6000,
      strategies: ['round-robin', 'least-connections'],
      backends: ['b1', 'b2', 'b3', 'b4'].map((id) => backend(id, 20)),
      traffic: { ratePerSec: 200 },
      actions: [{ atMs: KILL_MS, do: 'kill-backend', backend: 'b2' }],
    },
  });
}

function zkAt(s: SimSession, ms: number): LabZkView {
  const zk = labAt(s, ms).zk;
  if (!zk) throw new Error('no ZooKeeper side in the frame');
  return zk;
}

const b2Of = (zk: LabZkView) => zk.backends.find((b) => b.id === 'b2')!;

describe('the ZooKeeper side in the frame', () => {
  const s = session();
  const before = zkAt(s, 15000);
  const dead = zkAt(s, 21000);
  const expiresAtMs = b2Of(dead).expiresAtMs!;
  const gone = zkAt(s, expiresAtMs + 200);

  it('shows every backend connected, registered under its own session, on the leader', () => {
    expect(before.leader).not.toBeNull();
    expect(before.treeSid).toBe(before.leader);
    expect(before.backends.map((b) => b.id)).toEqual(['b1', 'b2', 'b3', 'b4']);
    for (const b of before.backends) {
      expect(b).toMatchObject({ connected: true, status: 'CONNECTED', timeoutMs: 6000 });
      expect(b.sessionId).toMatch(/^0x[1-9a-f][0-9a-f]*$/);
      expect(b).toMatchObject({ znode: true, owner: b.sessionId, expiresAtMs: null });
    }
    expect(new Set(before.backends.map((b) => b.sessionId)).size).toBe(4);
  });

  it("counts b2's session down to the leader tracker's bucket while its znode stays", () => {
    const b2 = b2Of(dead);
    expect(b2).toMatchObject({ connected: false, status: 'CRASHED', znode: true });
    expect(b2.owner).toBe(b2.sessionId);
    expect(b2.sessionId).toBe(b2Of(before).sessionId);
    // ExpiryQueue: a tickTime multiple, within T + one tick of the last ping before the kill.
    expect(expiresAtMs % 2000).toBe(0);
    expect(expiresAtMs).toBeGreaterThan(21000);
    expect(expiresAtMs).toBeLessThanOrEqual(KILL_MS + 6000 + 2000);
    for (const b of dead.backends.filter((x) => x.id !== 'b2')) expect(b.expiresAtMs).toBeNull();
    expect(dead.events.at(-1)).toMatchObject({ kind: 'killed', backend: 'b2', atMs: KILL_MS });
  });

  it('then shows the znode gone and the events in causal order', () => {
    expect(b2Of(gone)).toMatchObject({ znode: false, owner: null, expiresAtMs: null });
    const kinds = gone.events.map((e) => e.kind);
    const story = kinds.slice(kinds.lastIndexOf('killed'));
    expect(story).toEqual(['killed', 'expired', 'closed', 'deleted', 'watch', 'view']);
    const [killed, expired, closed, deleted, watch, viewed] = gone.events.slice(-6);
    expect(expired).toMatchObject({ atMs: expiresAtMs, sid: gone.leader, backend: 'b2' });
    expect(expired!.session).toBe(b2Of(before).sessionId);
    expect(closed!.atMs).toBeGreaterThan(expiresAtMs);
    expect(deleted!.atMs).toBe(closed!.atMs);
    expect(watch!.atMs).toBeGreaterThanOrEqual(deleted!.atMs);
    expect(viewed).toMatchObject({ backend: 'b2', view: ['b1', 'b3', 'b4'] });
    expect(viewed!.atMs).toBeGreaterThanOrEqual(watch!.atMs);
    expect(killed!.atMs).toBe(KILL_MS);
  });

  it('restores the earlier state when seeking back', () => {
    s.seekTime(21000);
    const back = s.frame(2, 21000, VIEW).lab!.zk!;
    expect(b2Of(back)).toEqual(b2Of(dead));
    expect(back.events).toEqual(dead.events);
  });
});
