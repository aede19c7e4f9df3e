/**
 * The cost model's figures at the displayed moment (issue 17 follow-up): the report's `cost`
 * block (engine/cost/costReport.ts) computed from the run's read-only view, with its window
 * ending now, so the ensemble view shows what `npm run sim` reports at the end, as it grows.
 */
import type { CostView } from '../protocol/costFrame';
import { costSoFar, type WorldView } from './simApi';

/**
 * A station's busy time is booked when its job starts, up to the job's end: mid-run a share may
 * count a little work still to come and exceed 1; a utilization above 1 means nothing, so it is
 * shown as 1 (at the end of the run the report's own figure is the same).
 */
const share = (u: number): number => Math.min(1, u);

/** The cost figures now, or null when the scenario has no cost section. */
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
    servers: r.servers.map((s) => ({
      sid: s.sid,
      state: s.state,
      cpu: share(s.cpu),
      nic: share(s.nic),
      disk: share(s.disk),
      fsyncs: s.fsyncs,
    })),
    bottleneck: r.bottleneck
      ? {
          sid: r.bottleneck.sid,
          resource: r.bottleneck.resource,
          utilization: share(r.bottleneck.utilization),
        }
      : null,
  };
}
