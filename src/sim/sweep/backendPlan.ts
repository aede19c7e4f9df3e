/**
 * The Backends plan (issue 17, item 5): the analytic sizing of every strategy (lb/sizing.ts),
 * then the lab's simulation on the points that decide it, with several seeds, and the two side by
 * side. Shared by the planner CLI (`"backends"` block), the Plan view's worker and the tests.
 *
 * Points: for each strategy's modelled n*, steady runs at n* - 1, n* and n* + 1 (the model is
 * right when n* meets the target and n* - 1 does not; n* + 1 tells by how much an optimistic
 * model missed), and a run at n* with b1 killed (the black-hole window, then n* - 1 survivors). One run measures every strategy at once (they share
 * the request stream), so strategies with the same n* share their runs.
 */
import { seedStats, type SeedStats } from '../cost/seedStats';
import type { StrategyId } from '../lb/kinds';
import { SIZING_VNODES, sizeBackends, type StrategySizing } from '../lb/sizing';
import type { BackendsSpec } from '../lb/sizingInput';
import { EVENTS_MAX } from '../scenario/bounds';
import {
  CHECK_TICK_MS,
  checkRunTotalMs,
  runBackendCheck,
  type BackendCheckResult,
  type BackendCheckRun,
  type CheckControl,
} from './backendCheck';

/** Measured within this share of the target counts as meeting it (sampling noise of a p99). */
export const CHECK_TOLERANCE = 0.1;
export const CHECK_WARMUP_MS = 5000;
/** Requests measured per steady run: about 200 above the p99. */
const MEASURED_REQUESTS = 20_000;
const MEASURE_MS_MIN = 5000;
const MEASURE_MS_MAX = 120_000;
/** Room left in the event budget for ZooKeeper's own events (pings, the registrations). */
const EVENTS_FOR_LAB = EVENTS_MAX * 0.85;

/** Simulated ms measured after warm-up (after the window for a kill run), within the budget. */
export function measureMsFor(spec: BackendsSpec): number {
  const wanted = (MEASURED_REQUESTS / spec.ratePerSec) * 1000;
  const eventsPerMs = (spec.ratePerSec / 1000) * (spec.strategies.length + 1);
  const windowMs = spec.sessionTimeoutMs + 2 * CHECK_TICK_MS + 2000;
  const room = EVENTS_FOR_LAB / eventsPerMs - CHECK_WARMUP_MS - windowMs;
  return Math.round(Math.max(MEASURE_MS_MIN, Math.min(MEASURE_MS_MAX, wanted, room)));
}

/** Every run of the check, in a fixed order (points ascending, steady before kill, then seeds). */
export function checkRuns(spec: BackendsSpec, model: readonly StrategySizing[]): BackendCheckRun[] {
  const steady = new Set<number>();
  const kill = new Set<number>();
  for (const m of model) {
    if (m.backendsNeeded === null) continue;
    steady.add(m.backendsNeeded);
    steady.add(m.backendsNeeded + 1);
    if (m.backendsNeeded > 1) steady.add(m.backendsNeeded - 1);
    if (m.backendsNeeded > 1) kill.add(m.backendsNeeded);
  }
  const base = {
    ratePerSec: spec.ratePerSec,
    meanServiceMs: spec.meanServiceMs,
    strategies: spec.strategies,
    sessionTimeoutMs: spec.sessionTimeoutMs,
    vnodes: SIZING_VNODES,
    warmupMs: CHECK_WARMUP_MS,
    measureMs: measureMsFor(spec),
  };
  const runs: BackendCheckRun[] = [];
  const points = [
    ...[...steady].sort((a, b) => a - b).map((n) => ({ n, kill: false })),
    ...[...kill].sort((a, b) => a - b).map((n) => ({ n, kill: true })),
  ];
  for (const p of points)
    for (let s = 1; s <= spec.seeds; s++)
      runs.push({ ...base, backends: p.n, kill: p.kill, seed: s });
  return runs;
}

/** The simulated ms of every run together: what a progress bar counts. */
export function checkTotalMs(runs: readonly BackendCheckRun[]): number {
  return runs.reduce((t, r) => t + checkRunTotalMs(r), 0);
}

/** A measurement over seeds: n, mean, min, max and the mean's 95 % t interval (src/sim/cost). */
export type Spread = SeedStats;

export interface SimulatedSizing {
  /** Measured p99 at the modelled n* and at n* - 1 (null: no such point). */
  p99Ms: Spread | null;
  p99BelowMs: Spread | null;
  /** n* meets the target within CHECK_TOLERANCE and n* - 1 does not (or cannot exist). */
  agrees: boolean;
  /**
   * The smallest of n* - 1, n*, n* + 1 whose measured p99 (mean over seeds) is at most the
   * target; null when none is (the lab needs more than n* + 1).
   */
  backendsNeeded: number | null;
  /** The black-hole window at n*: its length, the failed share, the completed requests' p99. */
  windowMs: Spread | null;
  errorShare: Spread | null;
  windowP99Ms: Spread | null;
  /** p99 of the n* - 1 survivors after the window. */
  p99AfterLossMs: Spread | null;
}

export interface BackendRow {
  strategy: StrategyId;
  backendsNeeded: number | null;
  p99Ms: number | null;
  utilization: number | null;
  headroomAfterLoss: {
    /** Backends to add to n* so that losing one still meets the target. */
    extraBackends: number | null;
    backendsForLoss: number | null;
    p99AfterLossMs: number | null;
    /** The model's failed share in the window (null: load-aware, measured only). */
    errorShare: number | null;
  };
  simulated: SimulatedSizing | null;
}

function spread(values: readonly number[]): Spread | null {
  return values.length === 0 ? null : seedStats(values);
}

function measured(
  results: readonly BackendCheckResult[],
  n: number,
  kill: boolean,
  strategy: StrategyId,
  read: (m: BackendCheckResult['strategies'][number]) => number | null,
): Spread | null {
  const values: number[] = [];
  for (const r of results) {
    if (r.backends !== n || r.kill !== kill) continue;
    const m = r.strategies.find((s) => s.strategy === strategy);
    const v = m === undefined ? null : read(m);
    if (v !== null) values.push(v);
  }
  return spread(values);
}

function simulatedFor(
  m: StrategySizing,
  target: number,
  results: readonly BackendCheckResult[],
): SimulatedSizing | null {
  const n = m.backendsNeeded;
  if (n === null) return null;
  const s = m.strategy;
  const p99Ms = measured(results, n, false, s, (x) => x.p99Ms);
  const p99BelowMs = n > 1 ? measured(results, n - 1, false, s, (x) => x.p99Ms) : null;
  const meets = (v: Spread | null) => v !== null && v.mean <= target * (1 + CHECK_TOLERANCE);
  const below = (v: Spread | null) => v === null || v.mean > target * (1 - CHECK_TOLERANCE);
  const p99AboveMs = measured(results, n + 1, false, s, (x) => x.p99Ms);
  const candidates: [number, Spread | null][] = [
    [n - 1, p99BelowMs],
    [n, p99Ms],
    [n + 1, p99AboveMs],
  ];
  return {
    p99Ms,
    p99BelowMs,
    agrees: meets(p99Ms) && (n === 1 || below(p99BelowMs)),
    backendsNeeded:
      candidates.find(([k, v]) => k >= 1 && v !== null && v.mean <= target)?.[0] ?? null,
    windowMs: measured(results, n, true, s, (x) =>
      x.window?.endMs == null ? null : x.window.endMs - x.window.startMs,
    ),
    errorShare: measured(results, n, true, s, (x) => x.window?.errorShare ?? null),
    windowP99Ms: measured(results, n, true, s, (x) => x.window?.p99Ms ?? null),
    p99AfterLossMs: measured(results, n, true, s, (x) => x.p99Ms),
  };
}

/** The rows: the model's, with the simulation's beside them when `results` are given. */
export function backendRows(
  spec: BackendsSpec,
  model: readonly StrategySizing[],
  results: readonly BackendCheckResult[] | null,
): BackendRow[] {
  return model.map((m) => ({
    strategy: m.strategy,
    backendsNeeded: m.backendsNeeded,
    p99Ms: m.p99Ms,
    utilization: m.utilization,
    headroomAfterLoss: {
      extraBackends:
        m.backendsForLoss === null || m.backendsNeeded === null
          ? null
          : m.backendsForLoss - m.backendsNeeded,
      backendsForLoss: m.backendsForLoss,
      p99AfterLossMs: m.p99AfterLossMs,
      errorShare: m.errorShare,
    },
    simulated: results === null ? null : simulatedFor(m, spec.targetP99Ms, results),
  }));
}

export function sizingModel(spec: BackendsSpec): StrategySizing[] {
  return sizeBackends({
    ratePerSec: spec.ratePerSec,
    meanServiceMs: spec.meanServiceMs,
    targetP99Ms: spec.targetP99Ms,
    strategies: spec.strategies,
  });
}

/** The whole plan in one call (the CLI, the tests): model, every run, rows. */
export function planBackends(spec: BackendsSpec, control: CheckControl = {}): BackendRow[] {
  const model = sizingModel(spec);
  if (!spec.simulate) return backendRows(spec, model, null);
  const runs = checkRuns(spec, model);
  const total = checkTotalMs(runs);
  let done = 0;
  const results = runs.map((run) => {
    const r = runBackendCheck(run, {
      shouldStop: control.shouldStop,
      onProgress: (ms) => control.onProgress?.(done + ms, total),
    });
    done += checkRunTotalMs(run);
    return r;
  });
  return backendRows(spec, model, results);
}
