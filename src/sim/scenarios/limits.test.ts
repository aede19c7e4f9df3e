/**
 * The engine at the format's limits (docs/SCENARIO-EXTENSIONS.md "Bounds"): the largest initial
 * logs are injected in linear time with shared chunks; a leader never forms an epoch beyond 32
 * bits (it gives up with the reason, and every zxid it produced re-imports); a run stops at its
 * event budget and says so, in the engine, the runner's entry point and the timeline; an odd
 * tickTime keeps simulated time in whole milliseconds. The checker runs on every event.
 */
import { describe, expect, it } from 'vitest';
import { at } from '../kernel/chunkedList';
import { EventBudgetError, runScenario } from '../index';
import { EVENTS_MAX, INITIAL_TXNS_MAX } from '../scenario/bounds';
import { validateScenario } from '../scenario/validate';
import type { ResolvedScenario } from '../scenario/types';
import { createSimulation } from '../extensions';
import { Timeline } from '../timeline/timeline';
import { EPOCH_MAX, parseZxid, type Zxid } from '../zab/zxid';
import type { Txn } from '../zab/messages';
import { run } from './harness';

function resolved(scenario: unknown): ResolvedScenario {
  const v = validateScenario(scenario);
  if (!v.ok) throw new Error(v.error);
  return v.scenario;
}

describe('ensemble.initial at its bound', () => {
  // 9 servers share the 10,000 transactions: epoch 3 logs of 1111 and 1000, an epoch 2 log.
  const initial = Array.from({ length: 9 }, (_, i) => ({
    sid: i + 1,
    acceptedEpoch: 3,
    currentEpoch: i < 8 ? 3 : 2,
    lastZxid:
      i < 8 ? `0x3${(i % 2 === 0 ? 1111 : 1000).toString(16).padStart(8, '0')}` : '0x200000458',
  }));
  const scenario = { version: 1, seed: 9, untilMs: 4000, ensemble: { servers: 9, initial } };

  it('materialises every txn once per epoch, and servers of one epoch share full chunks', () => {
    const sim = createSimulation(resolved(scenario));
    const logs = sim.world.servers.map((s) => s.disk.log);
    expect(logs.map((l) => l.length)).toEqual([
      1111, 1000, 1111, 1000, 1111, 1000, 1111, 1000, 1112,
    ]);
    expect(logs.reduce((n, l) => n + l.length, 0)).toBeLessThanOrEqual(INITIAL_TXNS_MAX);
    expect(logs[0]!.chunks[0]).toBe(logs[1]!.chunks[0]);
    const last = at(logs[0]!, 1110) as Txn;
    expect(last.zxid).toEqual({ epoch: 3, counter: 1111 });
    expect(at(logs[8]!, 1111)?.zxid).toEqual({ epoch: 2, counter: 1112 });
  });

  it('runs with no violation and elects a leader from the longest epoch-3 log', () => {
    const r = run(scenario);
    expect(r.report.violations).toEqual([]);
    expect(r.report.epoch).toBe(4);
    expect([1, 3, 5, 7]).toContain(r.report.leader);
  });
});

describe('the largest epoch', () => {
  // Every server one epoch below the largest: the first election forms epoch 4294967295, a
  // write commits in it, then the leader crashes and no quorum can form epoch 2^32.
  const near = EPOCH_MAX - 1;
  const scenario = {
    version: 1,
    seed: 4,
    untilMs: 12000,
    ensemble: {
      servers: 3,
      initial: [1, 2, 3].map((sid) => ({
        sid,
        acceptedEpoch: near,
        currentEpoch: near,
        lastZxid: `0x${near.toString(16)}00000002`,
      })),
    },
    actions: [
      { atMs: 2000, do: 'write', via: 1, path: '/a', data: 'last epoch' },
      { atMs: 4000, do: 'crash', sid: 'leader' },
      { atMs: 9000, do: 'write', via: 2, path: '/a', data: 'no epoch left' },
    ],
  };
  const r = run(scenario);

  it('commits in epoch 4294967295, then no leader forms a 65-bit zxid: it gives up with the reason', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.report.elections.map((e) => e.epoch)).toEqual([EPOCH_MAX]);
    expect(r.report.writes[0]).toMatchObject({
      zxid: `0x${EPOCH_MAX.toString(16)}00000001`,
      outcome: 'committed',
    });
    expect(r.report.writes[1]?.outcome).not.toBe('committed');
    expect(r.report.leader).toBeNull();
    const gaveUp = r.trace.find((e) => e.k === 'log' && /no new epoch can be formed/.test(e.text));
    expect(gaveUp).toMatchObject({
      text: `Shutting down leader: no new epoch can be formed: epoch ${EPOCH_MAX} is the largest a zxid holds (needed ${EPOCH_MAX + 1})`,
    });
  });

  it('produces only zxids and epochs the format accepts, so each server state re-imports', () => {
    const zxids: Zxid[] = [];
    for (const s of r.report.servers) {
      zxids.push(parseZxid(s.lastZxid)!);
      expect(s.acceptedEpoch).toBeLessThanOrEqual(EPOCH_MAX);
      // One server's state, as an initial state of a new scenario.
      const again = validateScenario({
        version: 1,
        seed: 1,
        untilMs: 1,
        ensemble: {
          servers: 3,
          initial: [
            {
              sid: 1,
              acceptedEpoch: s.acceptedEpoch,
              currentEpoch: s.currentEpoch,
              lastZxid: s.lastZxid,
            },
          ],
        },
      });
      expect(again).toMatchObject({ ok: true });
    }
    for (const w of r.report.writes) if (w.zxid !== null) zxids.push(parseZxid(w.zxid)!);
    for (const z of zxids) expect(z.epoch).toBeLessThanOrEqual(EPOCH_MAX);
  });
});

describe('the event budget', () => {
  // One strategy at the top rate: about two events per request, the budget spent in seconds.
  const flood = {
    version: 1,
    seed: 1,
    untilMs: 60000,
    ensemble: { servers: 3 },
    balancer: {
      service: '/s',
      sessionTimeoutMs: 6000,
      strategies: ['round-robin'],
      backends: [{ id: 'b1', meanServiceMs: 1, slots: 64 }],
      traffic: { ratePerSec: 100000 },
    },
  };

  it('stops the run at exactly EVENTS_MAX events, before untilMs, and says so as a code', () => {
    const sim = createSimulation(resolved(flood));
    sim.runUntil(60000);
    expect(sim.world.events).toBe(EVENTS_MAX);
    expect(sim.world.nowMs).toBeLessThan(60000);
    expect(sim.budgetSpentBefore(60000)).toEqual({
      code: 'event-budget',
      events: EVENTS_MAX,
      atMs: sim.world.nowMs,
    });
    expect(sim.step(60000)).toBe(false);
  });

  it('is refused by runScenario with one line naming untilMs', () => {
    expect(() => runScenario(resolved(flood))).toThrow(EventBudgetError);
    expect(() => runScenario(resolved(flood))).toThrow(
      /^untilMs: the run needs more than 500000 events, the most one run may process; they were spent by \d+ ms of the 60000 asked for/,
    );
  });

  it('stops the timeline too, with the same code', () => {
    const tl = new Timeline(resolved(flood), { keepTrace: false, checkpointEvery: 100_000 });
    while (tl.step()) {
      /* to the end */
    }
    expect(tl.now).toBe(EVENTS_MAX);
    expect(tl.budgetSpent).toMatchObject({ code: 'event-budget', events: EVENTS_MAX });
  });

  it('is not reported for a run that ends before its budget', () => {
    const sim = createSimulation(resolved({ ...flood, untilMs: 100 }));
    sim.runUntil(100);
    expect(sim.budgetSpentBefore(100)).toBeNull();
    expect(sim.world.nowMs).toBe(100);
  });
});

describe('an odd tickTime', () => {
  it('keeps every simulated time a whole millisecond (tickTime / 2 rounds down)', () => {
    const r = run({
      version: 1,
      seed: 3,
      untilMs: 20000,
      ensemble: { servers: 3, tickTimeMs: 2001 },
    });
    expect(r.report.violations).toEqual([]);
    expect(r.report.leader).not.toBeNull();
    expect(r.trace.every((e) => Number.isInteger(e.t))).toBe(true);
    const pings = r.trace.filter((e) => e.k === 'timer' && e.name === 'timer.ping').map((e) => e.t);
    expect(pings[1]! - pings[0]!).toBe(1000);
  });
});
