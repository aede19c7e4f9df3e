/**
 * Memory benchmark (issue 17, item 6): heap bytes a run keeps per committed write, for the bare
 * simulation (what the planner and the sweep hold) and for the app's timeline with its
 * checkpoints, at two run lengths, beside the retention census (src/sim/engine/retention.ts): the
 * entries each growing list keeps per committed write. If the bytes per write stay level while
 * the run doubles, memory grows linearly with the run: that is unbounded, and the census says
 * which lists grow. Figures, never assertions; heap figures are taken after a forced collection.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { committedWrites, retentionCensus } from '../src/sim/engine/retention';
import type { World } from '../src/sim/engine/world';
import { createSimulation } from '../src/sim/extensions';
import { Timeline } from '../src/sim/timeline/timeline';
import { writeLoadScenario } from './sim';
import { writeLoadScenario as writeLoad } from '../src/sim/scenarios/writeLoad';

/** Node hides gc() unless started with --expose-gc; the flag can be set at run time for a new context. */
export function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Heap bytes in use after two forced collections. */
export function heapAfter(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** What a run of `seconds` kept: its heap bytes and census, per committed write. */
function figures(seconds: number, bytes: number, world: World) {
  const committed = committedWrites(world);
  const census = retentionCensus(world);
  return {
    simulatedSeconds: seconds,
    writesCommitted: committed,
    bytesPerCommittedWrite: Math.round(bytes / committed),
    retainedEntriesPerCommittedWrite: Math.round((census.total / committed) * 100) / 100,
    census,
  };
}

function measure(gc: () => void, seconds: number, withTimeline: boolean) {
  const scenario = writeLoadScenario(5, 200, seconds);
  const before = heapAfter(gc);
  let world;
  let keep: unknown;
  if (withTimeline) {
    const tl = new Timeline(scenario, { keepTrace: false });
    while (tl.step()) {
      /* run to the end, taking checkpoints */
    }
    world = tl.sim.world;
    keep = tl;
  } else {
    const sim = createSimulation(scenario);
    sim.runUntil(scenario.untilMs);
    world = sim.world;
    keep = sim;
  }
  const bytes = heapAfter(gc) - before;
  // Keeps the run reachable until after the measurement.
  if (keep === null) throw new Error('unreachable');
  return figures(seconds, bytes, world);
}

/**
 * A long saturated run, bare simulation: 5 servers, 500 writes/s, up to the run's event budget
 * (EVENTS_MAX, 500,000 events: about 19,000 writes with 5 servers). ZooKeeper's default snapCount
 * (100,000) is never reached within one run, so the purged runs use snapCount 2,000 to show the
 * bound: once the servers purge, bytes per committed write fall as the run grows (the checker
 * drops what every server delivered in both runs: check/canonicalCompaction.ts), and what still
 * grows is the scenario's own list of write actions (docs/CAPACITY.md).
 */
function measureLong(gc: () => void, seconds: number, snapCount: number | null) {
  const scenario = writeLoad({
    servers: 5,
    writesPerSec: 500,
    seconds,
    seed: 1,
    ensemble: snapCount === null ? {} : { snapCount },
  });
  const before = heapAfter(gc);
  const sim = createSimulation(scenario);
  sim.runUntil(scenario.untilMs + 1000);
  const bytes = heapAfter(gc) - before;
  if (sim.world.violations.length > 0) throw new Error('bench: the long run broke an invariant');
  return figures(seconds, bytes, sim.world);
}

const LONG_SNAP_COUNT = 2000;
const LONG_SECONDS = [10, 20, 38];

export function benchMemory(): Record<string, unknown> {
  const gc = collector();
  return {
    scenario: '5 servers, 200 writes/s',
    simulation: [20, 40].map((s) => measure(gc, s, false)),
    timeline: [20, 40].map((s) => measure(gc, s, true)),
    longRun: {
      scenario: '5 servers, 500 writes/s, bare simulation, up to the event budget',
      purged: {
        snapCount: LONG_SNAP_COUNT,
        runs: LONG_SECONDS.map((s) => measureLong(gc, s, LONG_SNAP_COUNT)),
      },
      unpurged: { snapCount: 100_000, runs: LONG_SECONDS.map((s) => measureLong(gc, s, null)) },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(JSON.stringify(benchMemory(), null, 2));
