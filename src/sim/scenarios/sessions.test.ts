/**
 * ZAB.md section 8, scenarios 14-18: sessions, ephemerals, sequence numbers, watches and "no time
 * travel", through simulated client processes talking to the ensemble, with every invariant
 * checked on every event. Timing expectations use ZooKeeper's client constants (2T/3 read
 * timeout, 4T/3 local expiry) and the leader's tickTime expiry buckets.
 */
import { describe, expect, it } from 'vitest';
import { presetById } from '../scenario/presets';
import { ensemble, run } from './harness';

/** Scenarios 14-18 are the session presets themselves, so what the CLI shows is what is tested. */
function preset(id: string) {
  const p = presetById(id);
  if (!p) throw new Error(`no preset ${id}`);
  return p.scenario;
}

const client = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  connect: [1, 2, 3],
  sessionTimeoutMs: 6000,
  startAtMs: 1000,
  ...extra,
});

describe('14. session expiry drives discovery', () => {
  const r = run(preset('session-expiry-discovery'));
  const a = r.report.clients?.[0];
  const b = r.report.clients?.[1];
  const logs = r.trace
    .filter((e) => e.k === 'log')
    .map((e) => (e.k === 'log' ? { t: e.t, text: e.text } : { t: 0, text: '' }));
  const at = (re: RegExp) => logs.find((l) => re.test(l.text))?.t ?? NaN;
  it('A is disconnected 2T/3 after it last heard, expired by the leader within T..T+1.5 ticks, and locally at 4T/3', () => {
    expect(r.report.violations).toEqual([]);
    const disconnected = at(/Client a Disconnected/);
    const lastHeard = disconnected - 4000;
    expect(lastHeard).toBeLessThanOrEqual(10000);
    expect(lastHeard).toBeGreaterThan(10000 - 2000 - 10);
    const expired = at(/Expiring session/);
    expect(expired % 2000).toBe(0);
    expect(expired - lastHeard).toBeGreaterThan(6000 - 2000);
    expect(expired - 10000).toBeLessThanOrEqual(9000);
    expect(at(/Client a session .* Expired/)).toBe(lastHeard + 8000);
    expect(a?.state).toBe('EXPIRED');
  });
  it('the ephemeral vanishes on every server and B gets exactly one NodeChildrenChanged, then re-lists []', () => {
    for (const t of r.report.tree ?? [])
      expect(t.nodes.map((n) => n.path)).toEqual(['/', '/svc', '/svc/api']);
    const after = (b?.watchEvents ?? []).filter((e) => e.atMs > 10000);
    expect(after).toEqual([
      { atMs: after[0]?.atMs, type: 'NodeChildrenChanged', path: '/svc/api' },
    ]);
    expect(b?.recipe).toEqual({ kind: 'discover', members: [] });
    const digests = new Set((r.report.tree ?? []).map((t) => t.digest));
    expect(digests.size).toBe(1);
  });
});

describe('15. a session survives failover', () => {
  const r = run(preset('session-failover'));
  const c = r.report.clients?.[0];
  it('the client reconnects to the same server with the same session after the new leader activates; the ephemeral stays', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.report.leader).toBe(2);
    expect(c?.state).toBe('CONNECTED');
    expect(c?.server).toBe(1);
    const sessions = new Set(
      r.trace
        .filter((e) => e.k === 'log' && /SyncConnected/.test(e.text))
        .map((e) => (e.k === 'log' ? e.text.split('session ')[1]?.split(',')[0] : '')),
    );
    expect(sessions.size).toBe(1);
    for (const t of r.report.tree ?? [])
      if (r.report.servers[t.sid - 1]?.up)
        expect(t.nodes.some((n) => n.path === '/svc/x')).toBe(true);
    expect(r.trace.some((e) => e.k === 'log' && /Revalidated session/.test(e.text))).toBe(true);
  });
});

describe('16. sequence numbers', () => {
  const r = run(preset('sequence-numbers'));
  it('suffixes come from the parent counter, are never reused, and cversion counts creates and deletes', () => {
    expect(r.report.violations).toEqual([]);
    const created = (r.report.clients?.[0]?.results ?? [])
      .filter((x) => x.op === 'create' && x.path === '/election/n_')
      .map((x) => x.createdPath);
    expect(created).toEqual([
      '/election/n_0000000000',
      '/election/n_0000000001',
      '/election/n_0000000002',
      '/election/n_0000000003',
      '/election/n_0000000005',
    ]);
    for (const t of r.report.tree ?? [])
      expect(t.nodes.find((n) => n.path === '/election')?.cversion).toBe(7);
  });
});

describe('17. watch semantics', () => {
  const r = run(preset('watch-semantics'));
  const events = r.report.clients?.[0]?.watchEvents.map((e) => `${e.type} ${e.path}`);
  it('one NodeDataChanged for two sets; NodeCreated for an exists watch; no watch from a NoNode getData; NodeDeleted to a child watcher', () => {
    expect(r.report.violations).toEqual([]);
    expect(events).toEqual(['NodeDataChanged /cfg', 'NodeCreated /nope', 'NodeDeleted /nope2']);
    const get2 = r.report.clients?.[0]?.results.find((x) => x.op === 'get' && x.path === '/nope2');
    expect(get2?.rc).toBe('NoNode');
  });
});

describe('18. no time travel', () => {
  const r = run(preset('no-time-travel'));
  it('a server behind the client refuses its reconnect; the client only connects once that server caught up', () => {
    expect(r.report.violations).toEqual([]);
    expect(
      r.trace.some(
        (e) =>
          e.k === 'log' &&
          e.sid === 2 &&
          /Refusing session request for client as it has seen zxid 0x/.test(e.text),
      ),
    ).toBe(true);
    const c = r.report.clients?.[0];
    expect(c?.state).toBe('CONNECTED');
    expect(c?.server).toBe(2);
    const connectedAt = r.trace
      .filter((e) => e.k === 'log' && /SyncConnected to S2/.test(e.text))
      .map((e) => e.t);
    expect(connectedAt[0]).toBeGreaterThan(3000 + 1500);
  });
});

describe('sync and stale reads', () => {
  // Client r reads through S1 whose link from the leader is slow: a plain read can be stale,
  // a sync first makes S1 apply everything the leader committed before it (ZAB.md 5.8, 11.14).
  const r = run(
    ensemble(3, {
      untilMs: 8000,
      clients: [
        { id: 'w', connect: [3], sessionTimeoutMs: 6000, startAtMs: 500 },
        { id: 'r', connect: [1], sessionTimeoutMs: 6000, startAtMs: 500 },
      ],
      actions: [
        { atMs: 1500, do: 'create', client: 'w', path: '/v', data: 'old', mode: 'persistent' },
        { atMs: 2500, do: 'delay-link', from: 3, to: 1, extraMs: 800 },
        { atMs: 3000, do: 'set', client: 'w', path: '/v', data: 'new' },
        { atMs: 3100, do: 'get', client: 'r', path: '/v', watch: false },
        { atMs: 3200, do: 'sync', client: 'r', path: '/v' },
        { atMs: 3200, do: 'get', client: 'r', path: '/v', watch: false },
      ],
    }),
  );
  it('the read before sync is stale; the read queued after sync sees the committed value', () => {
    expect(r.report.violations).toEqual([]);
    const reads = (r.report.clients?.[1]?.results ?? []).filter(
      (x) => x.op === 'get' || x.op === 'sync',
    );
    expect(reads.map((x) => [x.op, x.rc, x.data])).toEqual([
      ['get', 'OK', 'old'],
      ['sync', 'OK', undefined],
      ['get', 'OK', 'new'],
    ]);
  });
});

describe('determinism and time travel with clients', () => {
  it('same seed, same trace hash; seeking back and forth reproduces the run', async () => {
    const { Timeline } = await import('../timeline/timeline');
    const { validateScenario } = await import('../scenario/validate');
    const { buildReport } = await import('../engine/report');
    const v = validateScenario(
      ensemble(3, {
        untilMs: 20000,
        clients: [
          client('a', { recipe: { kind: 'register', path: '/s/a', data: 'a' } }),
          client('b', { recipe: { kind: 'lock', path: '/l', holdMs: 1000 } }),
          client('c', { recipe: { kind: 'lock', path: '/l', holdMs: 1000 } }),
        ],
        actions: [
          { atMs: 6000, do: 'crash', sid: 'leader' },
          { atMs: 9000, do: 'client-crash', client: 'a' },
        ],
      }),
    );
    if (!v.ok) throw new Error(v.error);
    const straight = new Timeline(v.scenario, { checkpointEvery: 37 });
    while (straight.step()) {
      /* to the end */
    }
    const hash = buildReport(straight.sim).traceHash;
    const again = new Timeline(v.scenario, { checkpointEvery: 1000 });
    while (again.step()) {
      /* to the end */
    }
    expect(buildReport(again.sim).traceHash).toBe(hash);
    straight.seek(100);
    straight.seek(straight.frontier);
    expect(buildReport(straight.sim).traceHash).toBe(hash);
    expect(JSON.stringify(buildReport(straight.sim))).toBe(JSON.stringify(buildReport(again.sim)));
  });
});

describe('configuration recipe', () => {
  const r = run(
    ensemble(3, {
      untilMs: 12000,
      clients: [
        { id: 'admin', connect: [3], sessionTimeoutMs: 6000, startAtMs: 500 },
        {
          id: 'app',
          connect: [1, 2],
          sessionTimeoutMs: 6000,
          startAtMs: 500,
          recipe: { kind: 'config', path: '/config/app' },
        },
      ],
      actions: [
        {
          atMs: 2000,
          do: 'create',
          client: 'admin',
          path: '/config',
          data: '',
          mode: 'persistent',
        },
        {
          atMs: 2100,
          do: 'create',
          client: 'admin',
          path: '/config/app',
          data: 'v1',
          mode: 'persistent',
        },
        { atMs: 4000, do: 'set', client: 'admin', path: '/config/app', data: 'v2' },
        { atMs: 6000, do: 'set', client: 'admin', path: '/config/app', data: 'v3' },
      ],
    }),
  );
  it('waits for the node with an exists watch, then follows every change through data watches', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.report.clients?.[1]?.recipe).toEqual({ kind: 'config', value: 'v3', updates: 2 });
    expect(r.report.clients?.[1]?.watchEvents.map((e) => e.type)).toEqual([
      'NodeCreated',
      'NodeDataChanged',
      'NodeDataChanged',
    ]);
  });
});
