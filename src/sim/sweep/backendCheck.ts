/**
 * The lab's simulation of one sizing point (issue 17, item 5): n backends named b1..bn, every
 * strategy asked fed the identical Poisson stream, one seed. It measures what the analytic model
 * (lb/sizing.ts) predicts, through the lab itself: backends registered in ZooKeeper, the balancer's
 * view learned through its watch, a kill whose znode lingers until session expiry.
 *
 * - Steady: p99 of the requests that complete after `warmupMs` (the backends have registered and
 *   the balancer sees all of them; the first requests, sent while only some were visible, are
 *   left out), up to warmupMs + measureMs.
 * - With a kill of b1 at warmupMs: the black-hole window runs from the kill to the instant the
 *   balancer's view loses b1 (its session expired, its znode deleted, the watch fired, the
 *   re-list seen); over it, the share of offered requests that failed and the p99 of those that
 *   completed. Then the p99 of the n - 1 survivors over the next measureMs.
 *
 * Latencies are the lab's exact ones (metrics.ts keeps every completed request's, in completion
 * order), so a window is a slice of that list.
 */
import { createSimulation } from '../extensions';
import { at } from '../kernel/chunkedList';
import { labOf } from '../lab/labExtension';
import type { LabState } from '../lab/labTypes';
import { nearestRank } from '../lb/metrics';
import type { StrategyId } from '../lb/kinds';
import { backendIds } from '../lb/sizing';
import { validateScenario } from '../scenario/validate';

/** A backend's queue in the check: the lab's largest, so that drops stay rare near the target. */
export const CHECK_QUEUE_MAX = 200;
/** The ensemble's tickTime in the check's scenarios (ZooKeeper's default, 2000 ms). */
export const CHECK_TICK_MS = 2000;

export interface BackendCheckRun {
  backends: number;
  ratePerSec: number;
  meanServiceMs: number;
  strategies: readonly StrategyId[];
  sessionTimeoutMs: number;
  vnodes: number;
  seed: number;
  /** Kill b1 at warmupMs and measure the black-hole window. */
  kill: boolean;
  warmupMs: number;
  measureMs: number;
}

export interface LossWindow {
  startMs: number;
  /** When the balancer's view lost b1; null if it had not by the end of the run. */
  endMs: number | null;
  offered: number;
  failed: number;
  /** failed / offered over the window. */
  errorShare: number;
  /** Of the requests completed in the window; null when none did. */
  p99Ms: number | null;
}

export interface StrategyMeasurement {
  strategy: StrategyId;
  /** Steady: p99 over the measuring interval. With a kill: p99 of the survivors after the window. */
  p99Ms: number | null;
  completed: number;
  dropped: number;
  /** With a kill only. */
  window: LossWindow | null;
}

export interface BackendCheckResult {
  backends: number;
  seed: number;
  kill: boolean;
  strategies: StrategyMeasurement[];
  events: number;
}

export interface CheckControl {
  /** Simulated ms done out of the run's total, after every slice. */
  onProgress?: (doneMs: number, totalMs: number) => void;
  /** Asked between slices; true stops the run (BackendCheckStopped). */
  shouldStop?: () => boolean;
}

export class BackendCheckStopped extends Error {
  constructor() {
    super('backend check stopped');
    this.name = 'BackendCheckStopped';
  }
}

/** The longest a kill run waits for the view to lose b1: T plus 1.5 ticks, then some margin. */
function windowBoundMs(run: BackendCheckRun): number {
  return run.sessionTimeoutMs + 2 * CHECK_TICK_MS + 2000;
}

export function checkRunTotalMs(run: BackendCheckRun): number {
  return run.warmupMs + (run.kill ? windowBoundMs(run) : 0) + run.measureMs;
}

export function checkScenario(run: BackendCheckRun) {
  const v = validateScenario({
    version: 1,
    seed: run.seed,
    untilMs: checkRunTotalMs(run),
    ensemble: { servers: 3, tickTimeMs: CHECK_TICK_MS },
    balancer: {
      service: '/services/api',
      sessionTimeoutMs: run.sessionTimeoutMs,
      strategies: [...run.strategies],
      vnodes: run.vnodes,
      backends: backendIds(run.backends).map((id) => ({
        id,
        meanServiceMs: run.meanServiceMs,
        queueMax: CHECK_QUEUE_MAX,
      })),
      traffic: { ratePerSec: run.ratePerSec },
      actions: run.kill ? [{ atMs: run.warmupMs, do: 'kill-backend', backend: 'b1' }] : [],
    },
  });
  if (!v.ok) throw new Error(`backend check: ${v.error}`);
  return v.scenario;
}

interface Mark {
  offered: number;
  failed: number;
  dropped: number;
  completed: number;
}

function marks(lab: LabState): Mark[] {
  return lab.runs.map((r) => ({
    offered: r.metrics.offered,
    failed: r.metrics.failed,
    dropped: r.metrics.dropped,
    completed: r.metrics.latenciesMs.length,
  }));
}

/** p99 (nearest rank) of the latencies completed between two marks, or null. */
function p99Between(lab: LabState, r: number, from: number, to: number): number | null {
  if (to <= from) return null;
  const list = lab.runs[r]!.metrics.latenciesMs;
  const values = new Float64Array(to - from);
  for (let i = from; i < to; i++) values[i - from] = at(list, i)!;
  values.sort();
  return nearestRank(values, 99);
}

export function runBackendCheck(
  run: BackendCheckRun,
  control: CheckControl = {},
): BackendCheckResult {
  const scenario = checkScenario(run);
  const sim = createSimulation(scenario);
  const totalMs = scenario.untilMs;
  const lab = () => labOf(sim.world)!;
  const advance = (untilMs: number) => {
    // Slices of one simulated second: progress for a bar, and a chance to stop.
    for (let t = Math.min(untilMs, sim.world.nowMs + 1000); ; t = Math.min(untilMs, t + 1000)) {
      if (control.shouldStop?.() === true) throw new BackendCheckStopped();
      sim.runUntil(t);
      control.onProgress?.(t, totalMs);
      if (t >= untilMs) return;
    }
  };
  advance(run.warmupMs);
  const start = marks(lab());
  let windowEnd: Mark[] | null = null;
  let windowEndMs: number | null = null;
  let measureFrom = start;
  if (run.kill) {
    // Event by event until the view loses b1 (the lab applies a view change inside one step).
    const bound = run.warmupMs + windowBoundMs(run);
    let guard = 0;
    while (lab().view.includes('b1') || sim.world.nowMs <= run.warmupMs) {
      if (!sim.step(bound)) break;
      if ((++guard & 0x3fff) === 0 && control.shouldStop?.() === true)
        throw new BackendCheckStopped();
    }
    if (!lab().view.includes('b1')) windowEndMs = sim.world.nowMs;
    windowEnd = marks(lab());
    advance(bound);
    measureFrom = marks(lab());
  }
  advance(totalMs);
  const end = marks(lab());
  const strategies = lab().runs.map((r, i): StrategyMeasurement => {
    const w = windowEnd?.[i];
    const s = start[i]!;
    return {
      strategy: r.id,
      p99Ms: p99Between(lab(), i, measureFrom[i]!.completed, end[i]!.completed),
      completed: end[i]!.completed - measureFrom[i]!.completed,
      dropped: end[i]!.dropped - measureFrom[i]!.dropped,
      window:
        w === undefined
          ? null
          : {
              startMs: run.warmupMs,
              endMs: windowEndMs,
              offered: w.offered - s.offered,
              failed: w.failed - s.failed,
              errorShare:
                w.offered > s.offered ? (w.failed - s.failed) / (w.offered - s.offered) : 0,
              p99Ms: p99Between(lab(), i, s.completed, w.completed),
            },
    };
  });
  return {
    backends: run.backends,
    seed: run.seed,
    kill: run.kill,
    strategies,
    events: sim.world.events,
  };
}
