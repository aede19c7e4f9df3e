// Proves that the cost projection shows the report's cost block as it stands at the displayed
// moment: nothing measured before the window opens, figures that grow while the run goes on,
// the report's own figures at the end, the station that limits as the bottleneck, and no cost view
// at all for a scenario without a cost section; and, on a saturated run checked after every
// event, that no utilization ever exceeds 1 (busy time counts up to the displayed moment only,
// so the view needs no cap). Real runs, driven in simulated time.
import { describe, expect, it } from 'vitest';
import { buildReport, createSimulation, validateScenario } from '../sim/index';
import type { Scenario } from '../sim/index';
import { projectCost } from './projectCost';

function sim(s: Scenario) {
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.error);
  return createSimulation(v.scenario);
}

const withCost: Scenario = {
  version: 1,
  seed: 3,
  untilMs: 900,
  ensemble: { servers: 3 },
  cost: { clients: 12, clientsMaxOutstanding: 2, readRatio: 0.5 },
};

describe('projectCost', () => {
  it('is null when the scenario has no cost section', () => {
    const s = sim({ version: 1, seed: 3, untilMs: 900, ensemble: { servers: 3 } });
    s.runUntil(900);
    expect(projectCost(s.view)).toBeNull();
  });

  it('measures nothing before the window, then the report’s figures so far, then at the end', () => {
    const s = sim(withCost);
    const measureFromMs = buildReport(s).cost!.measureFromMs;
    expect(measureFromMs).toBeGreaterThan(0);
    s.runUntil(measureFromMs - 1);
    const before = projectCost(s.view)!;
    expect(before.windowMs).toBe(0);
    expect(before.readOpsPerSec + before.writeOpsPerSec).toBe(0);
    expect(before.writeLatencyMs).toBeNull();
    expect(before.bottleneck).toBeNull();
    expect(before.servers.map((x) => x.sid)).toEqual([1, 2, 3]);

    const midMs = Math.round((measureFromMs + 900) / 2);
    s.runUntil(midMs);
    const mid = projectCost(s.view)!;
    expect(mid.windowMs).toBeGreaterThan(0);
    expect(mid.windowMs).toBeLessThanOrEqual(midMs - measureFromMs);
    expect(mid.writeOpsPerSec).toBeGreaterThan(0);
    expect(mid.readOpsPerSec).toBeGreaterThan(0);
    expect(mid.writeLatencyMs!.p50).toBeGreaterThan(0);
    expect(mid.writeLatencyMs!.p99).toBeGreaterThanOrEqual(mid.writeLatencyMs!.p50);
    for (const x of mid.servers) {
      for (const u of [x.cpu, x.nic, x.disk]) expect(u >= 0 && u <= 1).toBe(true);
    }
    // The bottleneck is the station that limits (costReport.ts limitingStation), shown with its
    // busy share. Under group commit a log disk fsyncs small batches back to back, busy far more
    // than it is loaded, so at this light load the limit is the busiest CPU or link, not a disk.
    const b = mid.bottleneck!;
    expect(mid.servers.find((x) => x.sid === b.sid)![b.resource]).toBe(b.utilization);
    expect(b.resource).not.toBe('disk');
    expect(b.utilization).toBe(Math.max(...mid.servers.flatMap((x) => [x.cpu, x.nic])));
    expect(Math.max(...mid.servers.map((x) => x.disk))).toBeGreaterThan(b.utilization);

    s.runUntil(900);
    const end = projectCost(s.view)!;
    const report = buildReport(s).cost!;
    expect(end.windowMs).toBe(900 - measureFromMs);
    expect(end.readOpsPerSec).toBe(report.readOpsPerSec);
    expect(end.writeOpsPerSec).toBe(report.writeOpsPerSec);
    expect(end.writeLatencyMs).toEqual(report.writeLatencyMs);
    expect(end.servers).toEqual(report.servers);
  });

  it('keeps every share at or below 1 at every moment of a saturated run', () => {
    // All writes, 3 voters, 500 requests in flight: the leader's CPU and every log disk are busy
    // the whole window, with jobs queued far past the moment shown (booked when queued).
    const s = sim({
      version: 1,
      seed: 2,
      untilMs: 625,
      ensemble: { servers: 3 },
      cost: { readRatio: 0 },
    });
    const measureFromMs = 600;
    s.runUntil(measureFromMs);
    let frames = 0;
    let busiest = 0;
    // Every event of the window is a moment a frame may show (the timeline seeks by event).
    while (s.step(625)) {
      const v = projectCost(s.view)!;
      if (v.windowMs === 0) continue;
      frames++;
      for (const x of v.servers) {
        for (const u of [x.cpu, x.nic, x.disk]) {
          expect(u).toBeGreaterThanOrEqual(0);
          if (u > 1) expect.fail(`S${x.sid} at ${s.view.nowMs} ms: share ${u}`);
        }
      }
      busiest = Math.max(busiest, v.bottleneck?.utilization ?? 0);
    }
    expect(frames).toBeGreaterThan(1000);
    // Saturated: the busiest station is fully busy, which a cap at 1 would have hidden.
    expect(busiest).toBe(1);
  });
});
