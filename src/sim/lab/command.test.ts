/**
 * A balancer action given as a user command (the app's "kill this backend") is the same as the
 * same action written in the scenario: the timeline applies it at its time, and the balancer
 * report is identical to the run where the scenario scheduled it; seeking replays it exactly.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../engine/report';
import { Timeline } from '../timeline/timeline';
import { labScenario } from './labTestKit';

function scenario(actions: unknown[]) {
  return labScenario({
    seed: 21,
    untilMs: 30000,
    strategies: ['round-robin', 'least-connections'],
    actions,
  });
}

describe('balancer actions as timeline commands', () => {
  it('a kill-backend command equals the scheduled kill, and replays exactly', () => {
    const scheduled = new Timeline(scenario([{ atMs: 12000, do: 'kill-backend', backend: 'b2' }]), {
      keepTrace: false,
    });
    while (scheduled.step()) {
      /* to the end */
    }
    scheduled.sim.runUntil(30000);

    const byHand = new Timeline(scenario([]), { keepTrace: false, checkpointEvery: 500 });
    while (byHand.sim.nextDueMs() < 12000 && byHand.step()) {
      /* up to just before 12 s */
    }
    byHand.command({ atMs: 12000, do: 'kill-backend', backend: 'b2' });
    while (byHand.step()) {
      /* to the end */
    }
    byHand.sim.runUntil(30000);
    const expected = JSON.stringify(buildReport(scheduled.sim).balancer);
    expect(JSON.stringify(buildReport(byHand.sim).balancer)).toBe(expected);
    const failed = buildReport(byHand.sim).balancer?.strategies.map((s) => s.failed) ?? [];
    expect(Math.min(...failed)).toBeGreaterThan(0);

    byHand.seek(100);
    byHand.seek(byHand.frontier);
    byHand.sim.runUntil(30000);
    expect(JSON.stringify(buildReport(byHand.sim).balancer)).toBe(expected);
  });
});
