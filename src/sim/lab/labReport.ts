/**
 * The report's "balancer" section (SCENARIO.md "The load-balancing lab"), projected from the lab
 * at the end of the run.
 *
 * - latencyMs: exact nearest-rank percentiles of every completed request's latency (arrival at
 *   the balancer to completion at the backend, queueing included), so latencyPrecision is "exact".
 * - loadImbalance: max / mean of requests served, among the backends alive and not removed at the
 *   end (metrics.ts).
 * - backends: every backend that was ever in the pool, in pool order (initial, then added by
 *   scenario actions, then added spares).
 *   utilization = busy slot-time / (slots × time since it joined the pool), dead time included.
 * Ratios are rounded to 4 decimals for reading; counts and latencies are exact integers.
 */
import type { BalancerReport, StrategyReport } from '../scenario/report';
import { summarize } from '../lb/metrics';
import type { LabState, StrategyRun } from './labTypes';
import { busyMsAt } from './pool';

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

export function balancerReport(lab: LabState, nowMs: number): BalancerReport {
  return {
    latencyPrecision: 'exact',
    strategies: lab.runs.map((run) => strategyReport(lab, run, nowMs)),
    membershipChanges: lab.membershipChanges.map((c) => ({
      ...c,
      keysMovedFraction: { ...c.keysMovedFraction },
    })),
  };
}

function strategyReport(lab: LabState, run: StrategyRun, nowMs: number): StrategyReport {
  const live = lab.backends.filter((b) => b.present && b.alive && !b.removed).map((b) => b.spec.id);
  const s = summarize(run.metrics, live);
  return {
    id: run.id,
    offered: s.offered,
    completed: s.completed,
    dropped: s.dropped,
    failed: s.failed,
    latencyMs: s.latencyMs,
    loadImbalance: round4(s.loadImbalance),
    backends: lab.backends.flatMap((b, k) => {
      if (!b.present) return [];
      const load = run.load[k]!;
      const capacity = b.spec.slots * (nowMs - b.addedAtMs);
      return [
        {
          id: b.spec.id,
          served: load.served,
          utilization: capacity > 0 ? round4(busyMsAt(load, nowMs) / capacity) : 0,
          queuePeak: load.queuePeak,
        },
      ];
    }),
  };
}
