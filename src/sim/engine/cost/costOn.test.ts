// The cost model inside the engine, on small ensembles and a light workload so that each run is
// short: the same seed gives the same trace and figures (a checkpoint copied mid-run is in
// src/sim/timeline/costCheckpoint.test.ts), group commit covers many txns with one fsync, reads touch no disk, and
// a leader crash fails the requests in flight, which the clients send again after the election.
import { describe, expect, it } from 'vitest';
import { buildReport, createSimulation, validateScenario } from '../../index';
import type { Scenario } from '../../scenario/types';

function scenario(cost: Scenario['cost'], extra: Partial<Scenario> = {}): Scenario {
  return { version: 1, seed: 3, untilMs: 700, ensemble: { servers: 3 }, cost, ...extra };
}

function run(s: Scenario) {
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.error);
  const sim = createSimulation(v.scenario);
  sim.runUntil(v.scenario.untilMs);
  return { sim, report: buildReport(sim) };
}

const light = { clients: 12, clientsMaxOutstanding: 2, readRatio: 0.5 };

describe('the cost model in the engine', () => {
  it('is deterministic: the same seed gives the same trace hash and the same figures', () => {
    const a = run(scenario(light)).report;
    const b = run(scenario(light)).report;
    expect(a.traceHash).toBe(b.traceHash);
    expect(a.cost).toEqual(b.cost);
    expect(a.cost!.throughputOpsPerSec).toBeGreaterThan(0);
    expect(a.violations).toEqual([]);
    expect(run(scenario(light, { seed: 4 })).report.traceHash).not.toBe(a.traceHash);
  });

  it('applies the cost model latency: the first election ends right after finalizeWait', () => {
    const { report } = run(scenario(light));
    const established = report.elections[0]!.establishedAtMs;
    // finalizeWait is 200 ms; the round trips of the cost model take well under a millisecond,
    // where the default network (1 to 5 ms each way) would take several.
    expect(established).toBeGreaterThan(200);
    expect(established).toBeLessThan(201);
  });

  it('covers many txns with one fsync under load (group commit)', () => {
    const { sim, report } = run(scenario({ readRatio: 0, clients: 100, clientsMaxOutstanding: 5 }));
    const leader = report.servers.find((s) => s.state === 'LEADING')!;
    const fsyncs = report.cost!.servers.find((s) => s.sid === leader.sid)!.fsyncs;
    expect(leader.delivered).toBeGreaterThan(5 * fsyncs);
    expect(sim.world.writes.length).toBe(0); // the workload's writes stay out of the report's list
  });

  it('serves reads locally: all reads leave every log disk idle and commit nothing', () => {
    const { report } = run(scenario({ ...light, readRatio: 1 }));
    expect(report.cost!.writeOpsPerSec).toBe(0);
    expect(report.cost!.readOpsPerSec).toBeGreaterThan(0);
    expect(report.cost!.servers.every((s) => s.disk === 0)).toBe(true);
    expect(report.servers.every((s) => s.delivered === 0)).toBe(true);
  });

  it('fails the requests in flight when the leader crashes, and carries on after the election', () => {
    const crash = scenario(light, {
      untilMs: 1400,
      actions: [{ atMs: 650, do: 'crash', sid: 'leader' }],
    });
    const { report } = run(crash);
    expect(report.violations).toEqual([]);
    expect(report.cost!.failed).toBeGreaterThan(0);
    expect(report.elections.length).toBe(2);
    expect(report.leader).not.toBeNull();
    expect(report.cost!.writeOpsPerSec).toBeGreaterThan(0);
  });
});
