/**
 * The cost model's figures at the displayed moment (issue 17 follow-up): the report's `cost`
 * block (engine/cost/costReport.ts) computed from the run's read-only view, with its window
 * ending now, so the ensemble view shows what `npm run sim` reports at the end, as it grows.
 */
import type { CostView } from '../protocol/costFrame';
import { costSoFar, type WorldView } from './simApi';

/**
 * The cost figures now, or null when the scenario has no cost section. Utilizations are busy
 * time up to now over the window so far (engine/cost/stations.ts bookedAheadMs), so they are
 * shares from 0 to 1 at every moment, as they are.
 */
export function projectCost(view: WorldView): CostView | null {
  const r = costSoFar(view);
  if (r === null) return null;
  const endMs = Math.min(r.untilMs, view.nowMs);
  return {
    measureFromMs: r.measureFromMs,
    windowMs: Math.max(0, endMs - r.measureFromMs),
    readOpsPerSec: r.readOpsPerSec,
    writeOpsPerSec: r.writeOpsPerSec,
    writeLatencyMs: r.writeLatencyMs,
    readLatencyMs: r.readLatencyMs,
    failed: r.failed,
    servers: r.servers,
    bottleneck: r.bottleneck
      ? {
          sid: r.bottleneck.sid,
          resource: r.bottleneck.resource,
          utilization: r.bottleneck.utilization,
        }
      : null,
    ...(r.open === undefined ? {} : { open: r.open }),
  };
}
