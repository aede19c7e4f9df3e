// Proves lock-acquire and lock-release (issue 15, item 4): a client with no recipe queues under
// the path it names and holds the lock until it releases it, the next in queue then takes it; a
// waiter that gives up leaves the queue; a lock-recipe client can release early; every action that
// cannot apply is recorded with its code and changes nothing; the run is deterministic, and as
// timeline commands the actions step back; the validator names a bad field.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../index';
import { validateScenario } from '../scenario/validate';
import type { World } from '../engine/world';
import { Timeline } from './timeline';

type Json = Record<string, unknown>;

const CLIENTS = ['c1', 'c2', 'c3'].map((id) => ({
  id,
  connect: [1, 2, 3],
  sessionTimeoutMs: 6000,
}));

function scenario(actions: Json[], clients: Json[] = CLIENTS): Json {
  return { version: 1, seed: 11, untilMs: 12000, ensemble: { servers: 3 }, clients, actions };
}

function timeline(s: Json): Timeline {
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.error);
  return new Timeline(v.scenario, { checkpointEvery: 100, keepTrace: true });
}

const acquire = (atMs: number, client: string) => ({
  atMs,
  do: 'lock-acquire',
  client,
  path: '/locks',
});
const release = (atMs: number, client: string) => ({ atMs, do: 'lock-release', client });

const holders = (w: World) => w.clients.filter((c) => c.recipe?.holding).map((c) => c.client.id);
const lockNodes = (w: World) =>
  Object.keys(w.servers[0]!.zk.tree.nodes)
    .filter((p) => p.startsWith('/locks/'))
    .sort();
const noops = (tl: Timeline) =>
  tl.trace
    .filter((e) => e.k === 'action' && 'noop' in e.data && e.data.noop !== null)
    .map((e) => (e.k === 'action' && 'noop' in e.data ? e.data.noop : null));

function runTo(tl: Timeline, ms: number): void {
  while (tl.sim.nextDueMs() <= ms && tl.step());
}

describe('lock-acquire and lock-release', () => {
  it('hands the lock over in queue order, and held until released (not for a fixed time)', () => {
    const tl = timeline(
      scenario([
        acquire(3000, 'c1'),
        acquire(3100, 'c2'),
        acquire(3200, 'c3'),
        release(8000, 'c2'), // c2 gives up waiting: c3 moves up behind c1
        release(9000, 'c1'),
      ]),
    );
    runTo(tl, 7900);
    expect(holders(tl.sim.world)).toEqual(['c1']);
    expect(lockNodes(tl.sim.world)).toHaveLength(3);
    runTo(tl, 8900);
    expect(holders(tl.sim.world)).toEqual(['c1']);
    expect(lockNodes(tl.sim.world)).toHaveLength(2);
    while (tl.step());
    const w = tl.sim.world;
    expect(w.violations).toEqual([]);
    expect(holders(w)).toEqual(['c3']);
    expect(lockNodes(w)).toHaveLength(1);
    expect(noops(tl)).toEqual([]);
  });

  it('records why an action changes nothing', () => {
    const tl = timeline(
      scenario(
        [
          acquire(100, 'c1'), // not connected yet
          acquire(3000, 'c1'),
          acquire(3100, 'c1'), // already queued
          release(3200, 'c2'), // not queued
          acquire(3300, 'cfg'), // runs the config recipe
          { atMs: 3400, do: 'client-freeze', client: 'c2' },
          acquire(3500, 'c2'), // frozen
          { atMs: 3600, do: 'client-crash', client: 'c3' },
          release(3700, 'c3'), // not running
        ],
        [
          ...CLIENTS,
          {
            id: 'cfg',
            connect: [1, 2, 3],
            sessionTimeoutMs: 6000,
            recipe: { kind: 'config', path: '/config' },
          },
        ],
      ),
    );
    runTo(tl, 4000);
    expect(noops(tl)).toEqual([
      'not-connected',
      'already-queued',
      'not-queued',
      'other-recipe',
      'frozen',
      'not-running',
    ]);
    expect(holders(tl.sim.world)).toEqual(['c1']);
  });

  it('lets a lock-recipe holder release before its holdMs, so the next takes the lock early', () => {
    const lockers = ['c1', 'c2'].map((id, i) => ({
      id,
      connect: [1, 2, 3],
      sessionTimeoutMs: 6000,
      startAtMs: 1000 + 200 * i,
      recipe: { kind: 'lock', path: '/locks', holdMs: 8000 },
    }));
    const tl = timeline(scenario([release(4000, 'c1')], lockers));
    runTo(tl, 3900);
    expect(holders(tl.sim.world)).toEqual(['c1']);
    runTo(tl, 4500);
    expect(holders(tl.sim.world)).toEqual(['c2']);
    expect(tl.sim.world.violations).toEqual([]);
  });

  it('gives the same trace hash twice', () => {
    const s = scenario([acquire(3000, 'c1'), acquire(3000, 'c2'), release(5000, 'c1')]);
    const v = validateScenario(s);
    if (!v.ok) throw new Error(v.error);
    expect(runScenario(v.scenario).traceHash).toBe(runScenario(v.scenario).traceHash);
  });

  it('as timeline commands: stepping back before an acquire removes the node and the holder', () => {
    const tl = timeline(scenario([]));
    runTo(tl, 3000);
    const at = tl.now;
    tl.command({ atMs: tl.sim.world.nowMs, do: 'lock-acquire', client: 'c2', path: '/locks' });
    runTo(tl, 5000);
    expect(holders(tl.sim.world)).toEqual(['c2']);
    tl.seek(at - 1);
    expect(holders(tl.sim.world)).toEqual([]);
    expect(lockNodes(tl.sim.world)).toEqual([]);
  });

  it('refuses a missing or bad path and an unknown client, naming the field', () => {
    const err = (a: Json) => {
      const v = validateScenario(scenario([a]));
      return v.ok ? null : v.error;
    };
    expect(err({ atMs: 1, do: 'lock-acquire', client: 'c1' })).toMatch(/^actions\[0\]\.path/);
    expect(err({ atMs: 1, do: 'lock-acquire', client: 'c1', path: 'locks' })).toMatch(
      /^actions\[0\]\.path/,
    );
    expect(err({ atMs: 1, do: 'lock-release', client: 'c9' })).toMatch(/^actions\[0\]\.client/);
    expect(err({ atMs: 1, do: 'lock-release', client: 'c1', path: '/locks' })).toMatch(/path/);
  });
});
