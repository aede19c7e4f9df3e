// The engine's bottleneck is the resource that limits throughput, picked by the analytic model's
// rule (cost/load.ts bottleneckOf: the largest demand per operation). Saturated, every log disk
// fsyncs back to back under group commit (SyncRequestProcessor.run flushes whenever its queue
// runs dry), so its busy share ties with the leader's CPU at 1; what tells them apart is the
// disk's load at full batches (fsyncMs / maxBatchSize per txn), which stays low unless the batch
// is full. Runs on 3 and 5 voters at 0% and 90% reads, and one where the disk truly limits.
import { describe, expect, it } from 'vitest';
import { buildReport, createSimulation, validateScenario } from '../../index';
import type { Scenario } from '../../scenario/types';
import { saturation } from '../../cost/analytic';
import { DEFAULT_COST_PARAMS, type CostParams } from '../../cost/params';

const ROLE: Record<string, string> = {
  LEADING: 'leader',
  FOLLOWING: 'follower',
  OBSERVING: 'observer',
};

function engine(voters: number, cost: NonNullable<Scenario['cost']>) {
  const v = validateScenario({
    version: 1,
    seed: 7,
    untilMs: 800,
    ensemble: { servers: voters },
    cost,
  });
  if (!v.ok) throw new Error(v.error);
  const sim = createSimulation(v.scenario);
  sim.runUntil(v.scenario.untilMs);
  const report = buildReport(sim);
  expect(report.violations).toEqual([]);
  return report.cost!;
}

/** The engine's bottleneck as the model names it: role.resource. */
function named(b: { state: string; resource: string } | null): string | null {
  return b === null ? null : `${ROLE[b.state] ?? b.state}.${b.resource}`;
}

describe('the engine names the bottleneck the analytic model names', () => {
  for (const voters of [3, 5]) {
    for (const readRatio of [0, 0.9]) {
      it(`${voters} voters, ${readRatio * 100}% reads, saturated`, () => {
        const e = engine(voters, { readRatio });
        const model = saturation({ voters, observers: 0 }, readRatio, DEFAULT_COST_PARAMS);
        expect(model.bottleneck).toBe('leader.cpu');
        expect(named(e.bottleneck)).toBe(model.bottleneck);
        expect(e.bottleneck!.utilization).toBeGreaterThan(0.97);
        if (readRatio === 0) {
          // The finding: a log disk is (nearly) as busy as the leader's CPU, yet not what
          // limits; with 3 voters the two tie at 1.
          const disk = Math.max(...e.servers.map((s) => s.disk));
          if (voters === 3) expect(disk).toBeGreaterThanOrEqual(e.bottleneck!.utilization);
          else expect(disk).toBeGreaterThan(0.9);
        }
      });
    }
  }

  it('names a log disk when slow fsyncs with a tiny batch limit throughput', () => {
    // 4 ms per fsync and 2 txns per batch: 2 ms of disk per write, 500 writes/s at most, where
    // the leader's CPU alone would carry tens of thousands.
    const slow = { fsyncMs: 4, maxBatchSize: 2 };
    const params: CostParams = { ...DEFAULT_COST_PARAMS, ...slow };
    const model = saturation({ voters: 3, observers: 0 }, 0, params);
    expect(model.bottleneck).toBe('leader.disk');
    const e = engine(3, { readRatio: 0, ...slow });
    expect(e.bottleneck!.resource).toBe('disk');
    expect(named(e.bottleneck)).toBe('leader.disk');
    expect(e.writeOpsPerSec).toBeLessThanOrEqual(1.05 * model.writeOpsPerSec);
  });
});
