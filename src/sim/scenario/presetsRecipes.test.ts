// Proves that each recipe preset shows what its description promises, by running it step by step
// and reading the clients and trees: the lock passes holder to holder, the herd variant wakes
// every waiter, the frozen holder makes two believers (and only then), the config change reaches
// every watcher (the lagging follower's client last), and a killed instance leaves only at expiry.
import { describe, expect, it } from 'vitest';
import { lockBelievers } from '../engine/lockBelievers';
import { Timeline } from '../timeline/timeline';
import { RECIPE_PRESETS } from './presetsRecipes';
import { validateScenario } from './validate';
import type { World } from '../engine/world';

function timeline(id: string): Timeline {
  const p = RECIPE_PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(`no preset ${id}`);
  const v = validateScenario(p.scenario);
  if (!v.ok) throw new Error(v.error);
  return new Timeline(v.scenario, { checkpointEvery: 2000, keepTrace: true });
}

/** Runs to the end, calling `see` after every event; returns the final world. */
function runAll(id: string, see: (w: World) => void = () => {}): World {
  const tl = timeline(id);
  while (tl.step()) see(tl.sim.world);
  expect(tl.sim.world.violations).toEqual([]);
  return tl.sim.world;
}

const holders = (w: World) => w.clients.filter((c) => c.recipe?.holding).map((c) => c.client.id);

describe('recipe presets', () => {
  it('lock: one holder at a time, in queue order, each waking only its successor', () => {
    const order: string[] = [];
    const w = runAll('recipe-lock', (w) => {
      const h = holders(w);
      expect(h.length).toBeLessThanOrEqual(1);
      if (h[0] && order[order.length - 1] !== h[0]) order.push(h[0]);
    });
    expect(order).toEqual(['c1', 'c2', 'c3', 'c4']);
    // Each waiter got exactly one notification: its predecessor's NodeDeleted.
    expect(w.clients.map((c) => c.client.watchEvents.length)).toEqual([0, 1, 1, 1]);
  });

  it('lock, herd variant: every waiter wakes on every change of /locks', () => {
    const w = runAll('recipe-lock-herd');
    const notes = w.clients.reduce((n, c) => n + c.client.watchEvents.length, 0);
    expect(notes).toBeGreaterThan(w.clients.length * 2);
  });

  it('frozen holder: two believers after the expiry, with only the new holder fenced in', () => {
    let first: { t: number; obs: ReturnType<typeof lockBelievers> } | null = null;
    runAll('recipe-lock-frozen-holder', (w) => {
      const obs = lockBelievers(w);
      if (obs.length > 0 && first === null) first = { t: w.nowMs, obs };
      if (w.nowMs < 3000 || w.nowMs > 14000) expect(obs).toEqual([]);
    });
    expect(first).not.toBeNull();
    const { t, obs } = first!;
    // No earlier than one session timeout (6 s) after c1 last pinged, which it did after 1 s.
    expect(t).toBeGreaterThan(1000 + 6000);
    expect(t).toBeLessThan(3000 + 6000 + 2000);
    expect(obs[0]?.path).toBe('/locks');
    expect(obs[0]?.believers.map((b) => b.client)).toEqual(['c1', 'c2']);
    expect(obs[0]?.believers[0]?.czxid).toBeNull();
    expect(obs[0]?.believers[1]?.czxid).not.toBeNull();
  });

  it('config: every watcher ends with the last value; the lagging follower’s client learns last', () => {
    const learned: Record<string, number> = {};
    const w = runAll('recipe-config', (w) => {
      for (const c of w.clients)
        if (c.recipe?.value === 'v4' && learned[c.client.id] === undefined)
          learned[c.client.id] = w.nowMs;
    });
    expect(w.clients.filter((c) => c.recipe).map((c) => c.recipe?.value)).toEqual([
      'v4',
      'v4',
      'v4',
    ]);
    expect(learned['w3']).toBeGreaterThan(Math.max(learned['w1']!, learned['w2']!) + 1000);
    // w2 reconnected after missing v3 and was told by SetWatches (a NodeDataChanged after 10 s).
    const w2 = w.clients.find((c) => c.client.id === 'w2')!;
    expect(w2.client.watchEvents.some((e) => e.atMs > 10000 && e.atMs < 15000)).toBe(true);
  });

  it('discovery: the killed instance stays listed until its session expires', () => {
    let gone = -1;
    runAll('recipe-discovery', (w) => {
      const lb = w.clients.find((c) => c.client.id === 'lb')!;
      if (gone < 0 && w.nowMs > 8000 && !lb.recipe!.members.includes('i2')) gone = w.nowMs;
      if (w.nowMs > 2000 && w.nowMs < 8000 + 6000) expect(lb.recipe!.members).toContain('i2');
    });
    expect(gone).toBeGreaterThanOrEqual(14000);
    expect(gone).toBeLessThan(8000 + 6000 + 2000 + 500);
  });

  it('application election: a2 follows a1 once a1’s session expires; the ZAB leader stays', () => {
    const zabLeaders = new Set<number>();
    const w = runAll('recipe-app-election', (w) => {
      for (const s of w.servers) if (s.state === 'LEADING') zabLeaders.add(s.sid);
    });
    expect(holders(w)).toEqual(['a2']);
    expect(zabLeaders.size).toBe(1);
  });
});
