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
import { createSimulation } from '../src/sim/extensions';
import { Timeline } from '../src/sim/timeline/timeline';
import { writeLoadScenario } from './sim';
import { writeLoadScenario as writeLoad } from '../src/sim/scenarios/writeLoad';

/** Node hides gc() unless started with --expose-gc; the flag can be set at run time for a new context. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function heapAfter(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
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
  const committed = committedWrites(world);
  const census = retentionCensus(world);
  // Keeps the run reachable until after the measurement.
  if (keep === null) throw new Error('unreachable');
  return {
    simulatedSeconds: seconds,
    writesCommitted: committed,
    bytesPerCommittedWrite: Math.round(bytes / committed),
    retainedEntriesPerCommittedWrite: Math.round((census.total / committed) * 100) / 100,
    census,
  };
}

/**
 * A long saturated run, bare simulation: 5 servers, 500 writes/s, snapCount 10,000 (ZooKeeper's
 * default is 100,000; a tenth keeps the bench short and shows the same bound). Once the servers
 * purge, bytes per committed write fall as the run grows: what is left growing is the checker.
 */
function measureLong(gc: () => void, seconds: number) {
  const scenario = writeLoad({
    servers: 5,
    writesPerSec: 500,
    seconds,
    seed: 1,
    ensemble: { snapCount: LONG_SNAP_COUNT },
  });
  const before = heapAfter(gc);
  const sim = createSimulation(scenario);
  sim.runUntil(scenario.untilMs + 1000);
  const bytes = heapAfter(gc) - before;
  const committed = committedWrites(sim.world);
  const census = retentionCensus(sim.world);
  if (sim.world.violations.length > 0) throw new Error('bench: the long run broke an invariant');
  return {
    simulatedSeconds: seconds,
    writesCommitted: committed,
    bytesPerCommittedWrite: Math.round(bytes / committed),
    retainedEntriesPerCommittedWrite: Math.round((census.total / committed) * 100) / 100,
    census,
  };
}

const LONG_SNAP_COUNT = 10_000;

export function benchMemory(): Record<string, unknown> {
  const gc = collector();
  return {
    scenario: '5 servers, 200 writes/s',
    simulation: [20, 40].map((s) => measure(gc, s, false)),
    timeline: [20, 40].map((s) => measure(gc, s, true)),
    longRun: {
      scenario: `5 servers, 500 writes/s, snapCount ${LONG_SNAP_COUNT}, bare simulation`,
      runs: [20, 60, 120, 190].map((s) => measureLong(gc, s)),
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(JSON.stringify(benchMemory(), null, 2));
