/**
 * A long cost run (issue 17, engine side, item 3): what 60 simulated seconds of the Plan view's
 * default point cost the engine, at its offered load (the open loop: 5 voters, 90% reads,
 * 40,000 ops/s, the calibrated costs). The event budget is raised for this run only
 * (SimulationOptions.eventsMax, at most EVENTS_LONG_MAX). Every 10 simulated seconds it prints
 * the events run, the wall time so far, the heap after a forced collection and the bytes per
 * committed write (the run's whole heap over its writes, and the marginal bytes of the last
 * stretch), with ZooKeeper's snapCount (100,000: the servers snapshot and purge during the run)
 * and the workload's own lists (its latency samples). Figures, never assertions.
 *
 * node --import tsx bench/costLongRun.ts [seconds] [snapCount]
 */
import { retentionCensus } from '../src/sim/engine/retention';
import { createSimulation } from '../src/sim/extensions';
import { buildReport, EVENTS_LONG_MAX, validateScenario } from '../src/sim/index';
import { collector, heapAfter } from './memory';

export function benchCostLongRun(seconds = 60, snapCount = 100_000): Record<string, unknown> {
  const gc = collector();
  const startAtMs = 500;
  const v = validateScenario({
    version: 1,
    seed: 1,
    untilMs: startAtMs + seconds * 1000,
    ensemble: { servers: 5, snapCount },
    cost: { readRatio: 0.9, workload: 'open', offeredOpsPerSec: 40_000, startAtMs },
  });
  if (!v.ok) throw new Error(v.error);
  const before = heapAfter(gc);
  const t0 = process.hrtime.bigint();
  const sim = createSimulation(v.scenario, { eventsMax: EVENTS_LONG_MAX });
  const stages = [];
  let last = { bytes: 0, writes: 0 };
  const stride = seconds < 10 ? 1 : 10;
  for (let s = stride; s <= seconds; s += stride) {
    sim.runUntil(startAtMs + s * 1000);
    const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
    const bytes = heapAfter(gc) - before;
    // The workload's writes are not in World.writes: count the txns the servers delivered.
    const writes = Math.max(...sim.world.servers.map((x) => x.delivered));
    const cost = sim.world.cost!;
    stages.push({
      simulatedSeconds: s,
      events: sim.world.events,
      wallSeconds: Math.round(wallS * 10) / 10,
      eventsPerWallSecond: Math.round(sim.world.events / wallS),
      writesCommitted: writes,
      heapMB: Math.round(bytes / 1e5) / 10,
      bytesPerCommittedWrite: Math.round(bytes / writes),
      marginalBytesPerWrite: Math.round((bytes - last.bytes) / (writes - last.writes)),
      latencySamples: cost.readLatenciesMs.length + cost.writeLatenciesMs.length,
      census: retentionCensus(sim.world),
      budgetSpent: sim.budgetSpentBefore(startAtMs + s * 1000) !== null,
    });
    console.error(JSON.stringify(stages[stages.length - 1]));
    last = { bytes, writes };
  }
  const report = buildReport(sim);
  const { servers, ...cost } = report.cost!;
  return {
    scenario: '5 voters, open loop 40,000 ops/s, 90% reads, default costs',
    snapCount,
    stages,
    cost,
    fsyncs: servers.map((s) => s.fsyncs),
    violations: report.violations.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [seconds, snapCount] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(benchCostLongRun(seconds || 60, snapCount || 100_000), null, 2));
}
