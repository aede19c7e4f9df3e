// The run's event budget as a caller may set it (SimulationOptions.eventsMax): by default
// EVENTS_MAX; a lower budget stops the run there and says so as data (budgetSpentBefore); a
// higher one, up to EVENTS_LONG_MAX, lets a long run go on past EVENTS_MAX; anything outside
// 1..EVENTS_LONG_MAX is refused with a message naming the option.
import { describe, expect, it } from 'vitest';
import { createSimulation, EVENTS_LONG_MAX, EVENTS_MAX, validateScenario } from '../index';

function scenario(untilMs: number) {
  const v = validateScenario({
    version: 1,
    seed: 1,
    untilMs,
    ensemble: { servers: 3 },
    cost: { readRatio: 1, clients: 10, clientsMaxOutstanding: 1 },
  });
  if (!v.ok) throw new Error(v.error);
  return v.scenario;
}

describe('SimulationOptions.eventsMax', () => {
  it('stops a run at a lower budget and reports where', () => {
    const sim = createSimulation(scenario(2000), { eventsMax: 5_000 });
    sim.runUntil(2000);
    expect(sim.world.events).toBe(5_000);
    expect(sim.budgetSpentBefore(2000)).toEqual({
      code: 'event-budget',
      events: 5_000,
      atMs: sim.world.nowMs,
    });
    expect(sim.world.nowMs).toBeLessThan(2000);
  });

  it('lets a run go past EVENTS_MAX when raised', () => {
    // About 200,000 events per simulated second: 3.5 s of workload spend EVENTS_MAX.
    const s = scenario(4_000);
    const capped = createSimulation(s);
    capped.runUntil(s.untilMs);
    expect(capped.world.events).toBe(EVENTS_MAX);
    const long = createSimulation(s, { eventsMax: 4 * EVENTS_MAX });
    long.runUntil(capped.world.nowMs);
    expect(long.world.events).toBeGreaterThanOrEqual(EVENTS_MAX);
    long.runUntil(s.untilMs);
    expect(long.world.events).toBeGreaterThan(EVENTS_MAX);
    expect(long.budgetSpentBefore(s.untilMs)).toBeNull();
  });

  it('refuses a budget outside 1..EVENTS_LONG_MAX', () => {
    for (const eventsMax of [0, 1.5, EVENTS_LONG_MAX + 1])
      expect(() => createSimulation(scenario(100), { eventsMax })).toThrow(
        `eventsMax: expected an integer from 1 to ${EVENTS_LONG_MAX}`,
      );
  });
});
