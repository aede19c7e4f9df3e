/**
 * The report's `cost` block (issue 17 item 3): throughput and latency of the workload's
 * operations whose replies arrived in the measuring window, each server's utilization of its
 * CPU, link and log disk over that window (busy time / window, the utilization law), and the
 * one that limits throughput (limitingStation below).
 */
import { nearestRank } from '../../lb/metrics';
import type {
  CostReport,
  CostResource,
  CostServerReport,
  ResolvedCost,
} from '../../scenario/types';
import type { WorldView } from '../world';
import type { CostWorld, OpenLoop } from './costState';
import { bookedAheadMs } from './stations';

const RESOURCES: readonly CostResource[] = ['cpu', 'nic', 'disk'];

/** Rounded for a report a person reads: ops/s to 0.1, ms to 1 µs, shares to 0.0001. */
const round = (x: number, digits: number): number => Number(x.toFixed(digits));

function latency(values: readonly number[]): { p50: number; p99: number } | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return { p50: round(nearestRank(sorted, 50), 3), p99: round(nearestRank(sorted, 99), 3) };
}

/**
 * What the block reads of a run: a read-only view is enough, so the worker may show the same
 * figures at any displayed moment (engine/views.ts costSoFar) as the report gives at the end.
 */
export type CostReportInput = Pick<WorldView, 'scenario' | 'cost' | 'nowMs' | 'servers'>;

export function costReport(world: CostReportInput): CostReport {
  const cost = world.scenario.cost as ResolvedCost;
  const state = world.cost as CostWorld;
  const untilMs = world.scenario.untilMs;
  // The window ends where the run did (the event budget may stop it early).
  const windowMs = Math.max(0, Math.min(untilMs, world.nowMs) - cost.measureFromMs);
  const perSec = (n: number): number => (windowMs > 0 ? round((n * 1000) / windowMs, 1) : 0);
  // Busy time up to now only (stations.ts bookedAheadMs): at untilMs nothing is ahead.
  const ahead = (freeMs: number): number =>
    bookedAheadMs(freeMs, world.nowMs, cost.measureFromMs, untilMs);
  const busy = (bookedMs: number, freeMs: number): number => Math.max(0, bookedMs - ahead(freeMs));
  const share = (busyMs: number): number => (windowMs > 0 ? round(busyMs / windowMs, 4) : 0);
  const servers: CostServerReport[] = state.servers.map((s, i) => {
    const rec = world.servers[i];
    return {
      sid: i + 1,
      state: rec ? (rec.up ? rec.state : 'DOWN') : 'DOWN',
      cpu: share(busy(s.cpuBusyMs, s.cpuFreeMs)),
      nic: share(busy(s.nicBusyMs, s.nicFreeMs)),
      disk: share(busy(s.diskBusyMs, s.diskFreeMs)),
      fsyncs: s.fsyncs,
    };
  });
  // Each station's share of its capacity the run used: the busy share of a CPU or a link, and
  // the load share of a log disk (its txns at full batches, costState.ts diskLoadMs).
  const load = state.servers.map((s, i) => ({
    cpu: servers[i]!.cpu,
    nic: servers[i]!.nic,
    disk: share(Math.max(0, s.diskLoadMs - s.diskLoadShare * ahead(s.diskFreeMs))),
  }));
  const bottleneck = limitingStation(servers, load);
  const reads = state.readLatenciesMs.length;
  const writes = state.writeLatenciesMs.length;
  return {
    measureFromMs: cost.measureFromMs,
    untilMs,
    throughputOpsPerSec: perSec(reads + writes),
    readOpsPerSec: perSec(reads),
    writeOpsPerSec: perSec(writes),
    readLatencyMs: latency(state.readLatenciesMs),
    writeLatencyMs: latency(state.writeLatenciesMs),
    failed: state.failed,
    servers,
    bottleneck,
    ...(state.open === null ? {} : { open: openReport(cost, state.open, perSec) }),
  };
}

/** Role order of the analytic model's tie-break (load.ts bottleneckOf): leader, then learners. */
const ROLE_RANK: Record<string, number> = { LEADING: 0, FOLLOWING: 1, OBSERVING: 2 };

/**
 * The station that limits throughput: the one with the largest share of its capacity used, as
 * the analytic model picks the largest demand per operation (load.ts bottleneckOf). A log disk
 * counts its load share, not its busy share: under group commit a disk that is not the
 * bottleneck still fsyncs back to back (SyncRequestProcessor.run flushes whenever its queue runs
 * dry), busy all the time yet able to absorb more with a bigger batch, so at saturation it would
 * tie with the CPU that does limit. Ties go as in the model: the leader first, then by sid, CPU
 * before link before disk. Its `utilization` is the station's busy share, as the table shows it.
 */
function limitingStation(
  servers: readonly CostServerReport[],
  load: readonly Record<CostResource, number>[],
): CostReport['bottleneck'] {
  const rank = (i: number): number => ROLE_RANK[servers[i]!.state] ?? 3;
  const order = servers.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
  let best: { i: number; resource: CostResource; share: number } | null = null;
  for (const i of order) {
    for (const resource of RESOURCES) {
      const share = load[i]![resource];
      if (share > 0 && (best === null || share > best.share)) best = { i, resource, share };
    }
  }
  if (best === null) return null;
  const s = servers[best.i]!;
  return { sid: s.sid, state: s.state, resource: best.resource, utilization: s[best.resource] };
}

/** Offered against what arrived in the window, and what waits in the clients' queues. */
function openReport(cost: ResolvedCost, open: OpenLoop, perSec: (n: number) => number) {
  return {
    offeredOpsPerSec: cost.offeredOpsPerSec as number,
    arrivedOpsPerSec: perSec(open.arrivals),
    queued: open.queued,
    queuedMax: open.queuedMax,
    refused: open.refused,
  };
}
