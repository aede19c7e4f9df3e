/**
 * Simulation benchmarks (issue "Simulation core", item 11): events per second on a 5-server
 * ensemble with 200 writes/s for 80 simulated seconds, XState's raw actor.send rate on a trivial
 * machine in the same process, their ratio, and the p50/p95 time to seek to a random event of
 * that run. Figures, never assertions.
 */
import { performance } from 'node:perf_hooks';
import { assign, createActor, setup } from 'xstate';
import { nextInt, prngFor } from '../src/sim/kernel/prng';
import { createSimulation } from '../src/sim/extensions';
import { writeLoadScenario as writeLoad } from '../src/sim/scenarios/writeLoad';
import type { ResolvedScenario } from '../src/sim/scenario/types';
import { Timeline } from '../src/sim/timeline/timeline';

/**
 * 80 simulated seconds (about 440,000 events) fit the event budget of one run (500,000,
 * src/sim/scenario/bounds.ts); the rate in events per second is what the figure compares.
 */
export function writeLoadScenario(servers = 5, writesPerSec = 200, seconds = 80): ResolvedScenario {
  return writeLoad({ servers, writesPerSec, seconds });
}

/** The reference: a trivial machine (guarded TICK with two assigns), as TOOLCHAIN.md measured. */
function xstateRawRate(n = 1_000_000): number {
  const m = setup({
    types: {
      context: {} as { n: number; m: number },
      events: {} as { type: 'TICK' } | { type: 'PAUSE' },
    },
  }).createMachine({
    context: { n: 0, m: 0 },
    initial: 'running',
    states: {
      running: {
        on: {
          TICK: {
            guard: ({ context }) => context.n >= 0,
            actions: [
              assign({ n: ({ context }) => context.n + 1 }),
              assign({ m: ({ context }) => context.m + 2 }),
            ],
          },
          PAUSE: 'paused',
        },
      },
      paused: { on: { TICK: 'running' } },
    },
  });
  const a = createActor(m).start();
  for (let i = 0; i < 50_000; i++) a.send({ type: 'TICK' });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) a.send({ type: 'TICK' });
  return n / ((performance.now() - t0) / 1000);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

export function benchSim(): Record<string, unknown> {
  const scenario = writeLoadScenario();
  const t0 = performance.now();
  const sim = createSimulation(scenario);
  sim.runUntil(scenario.untilMs);
  const seconds = (performance.now() - t0) / 1000;
  const eventsPerSec = sim.world.events / seconds;
  // The world keeps the newest write records only (WRITE_RECORDS_KEPT); the dropped ones are counted.
  const committed =
    sim.world.writes.chunks.flat().filter((w) => w.outcome === 'committed').length +
    (sim.world.writesDropped?.committed ?? 0);
  const rawPerSec = xstateRawRate();

  const tl = new Timeline(scenario, { keepTrace: false });
  const tb = performance.now();
  while (tl.step()) {
    /* run to the end, taking checkpoints */
  }
  const timelineSeconds = (performance.now() - tb) / 1000;
  const rng = prngFor(7, 'bench');
  const seeks: number[] = [];
  const total = tl.now;
  for (let i = 0; i < 200; i++) {
    const target = nextInt(rng, 0, total);
    const s = performance.now();
    tl.seek(target);
    seeks.push(performance.now() - s);
  }
  seeks.sort((a, b) => a - b);
  return {
    scenario: '5 servers, 200 writes/s, 80 simulated s',
    events: sim.world.events,
    writesCommitted: committed,
    violations: sim.world.violations.length,
    wallSeconds: round(seconds),
    simEventsPerSec: Math.round(eventsPerSec),
    xstateRawSendsPerSec: Math.round(rawPerSec),
    ratio: round(eventsPerSec / rawPerSec),
    timeline: {
      checkpoints: tl.checkpointEvents.length,
      runWithCheckpointsSeconds: round(timelineSeconds),
    },
    seekMs: {
      p50: round(quantile(seeks, 0.5)),
      p95: round(quantile(seeks, 0.95)),
      max: round(seeks[seeks.length - 1] ?? NaN),
      samples: seeks.length,
    },
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(JSON.stringify(benchSim(), null, 2));
