/**
 * measureCapacity: one point of a capacity plan, one seed, measured on the cost model's
 * simulation (ensemble.ts). Clients are spread evenly over every server that serves clients
 * (client c on server c mod n, the leader too); each request is a read with probability
 * readRatio, else a write of requestBytes (a setData to a znode of the client's own: no
 * conflicts, so nothing but the queues decides its latency).
 *
 * - `saturated`: closed loop; every client keeps clientsMaxOutstanding requests in flight and
 *   sends the next the moment a reply arrives (the paper's asynchronous clients).
 * - `offered`: open loop; Poisson arrivals at point.offeredOpsPerSec over all clients, each to a
 *   client drawn uniformly (so clientsMaxOutstanding does not bound it, as in the analytic model).
 *
 * A request's latency runs from the client's submit to the reply's arrival (client to server is
 * one network delay; the clients' own links are not modelled, as in load.ts). Operations are
 * counted when their reply arrives inside [warmupMs, warmupMs + measureMs).
 */
import { nearestRank } from '../lb/metrics';
import { resourceIds, type ResourceId } from '../cost/load';
import { nextExponential, nextFloat, nextInt, prngFor } from '../kernel/prng';
import { SimEnsemble, type SimServer } from './ensemble';
import { Loop, type Window } from './queues';
import type { CapacityMeasurement, CapacityProgress, CapacityRun, LatencySummary } from './types';

/**
 * Defaults for one point (simulated ms). With the paper's 250 x 100 requests in flight, a
 * saturated closed loop reaches its throughput within a few ms (the bottleneck is busy from the
 * start), but its latency is N / X by Little's law (about 1.2 s for 3 voters at 0% reads), so the
 * saturated latencies are those of a still-filling pipeline unless warmupMs exceeds N / X. The
 * defaults keep a point at 13 voters and 0% reads under about 2 s of wall time on a slow core
 * (docs/CAPACITY.md, "The simulation").
 */
export const CAPACITY_WARMUP_MS = 100;
export const CAPACITY_MEASURE_MS = 200;

/**
 * Requests in flight in a saturated run: clients x clientsMaxOutstanding, at most
 * SATURATED_IN_FLIGHT_MAX. The paper's servers were throttled too (2000 requests in process,
 * ZooKeeper's globalOutstandingLimit; section 5.1), so its 250 x 100 requests never were all in
 * the servers' queues: the rest waited in the clients' sockets. Throughput is the same with any
 * population past the few dozen that keep the bottleneck busy (N* = X_max x R_0: about 30 for
 * 3 voters at 0% reads, 90 for 13 at 100%); a larger one only lengthens every queue (latency =
 * N / X, Little's law) and the warmup a run needs before its completions are steady. 500 is five
 * times the largest N* at the defaults.
 */
export const SATURATED_IN_FLIGHT_MAX = 500;

export function saturatedInFlight(clients: number, maxOutstanding: number): number {
  return Math.min(clients * maxOutstanding, SATURATED_IN_FLIGHT_MAX);
}

/** How many events between checks of shouldStop and reports of progress. */
const CHECK_EVERY_EVENTS = 4096;

class Samples {
  private data = new Float64Array(1024);
  length = 0;
  sum = 0;

  add(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
    this.sum += v;
  }

  summary(): LatencySummary | null {
    if (this.length === 0) return null;
    const sorted = this.data.slice(0, this.length).sort();
    return {
      p50: nearestRank(sorted, 50),
      p99: nearestRank(sorted, 99),
      mean: this.sum / this.length,
    };
  }
}

export function measureCapacity(
  run: CapacityRun,
  progress?: CapacityProgress,
  shouldStop?: () => boolean,
): CapacityMeasurement {
  const { point, params: p } = run;
  const window: Window = { startMs: run.warmupMs, endMs: run.warmupMs + run.measureMs };
  const loop = new Loop();
  const ensemble = new SimEnsemble(loop, window, point, p);
  const servers = ensemble.servers;
  const mix = prngFor(run.seed, 'costsim.mix');
  const reads = new Samples();
  const writes = new Samples();

  const inWindow = (t: number): boolean => t >= window.startMs && t < window.endMs;
  const serverOf = (client: number): SimServer => servers[client % servers.length] as SimServer;

  /** Sends one request from `client` now; `next` runs after its reply arrives. */
  const submit = (client: number, next: (() => void) | null): void => {
    const sentMs = loop.nowMs;
    const isRead = nextFloat(mix) < point.readRatio;
    const s = serverOf(client);
    const samples = isRead ? reads : writes;
    const done = (): void => {
      if (inWindow(loop.nowMs)) samples.add(loop.nowMs - sentMs);
      if (next !== null) next();
    };
    loop.at(sentMs + p.oneWayMs, () => (isRead ? ensemble.read(s, done) : ensemble.write(s, done)));
  };

  if (run.load === 'saturated') {
    // Slot k belongs to client k mod clients: the in-flight requests spread evenly.
    const inFlight = saturatedInFlight(p.clients, p.clientsMaxOutstanding);
    for (let k = 0; k < inFlight; k++) {
      const client = k % p.clients;
      const again = (): void => submit(client, again);
      submit(client, again);
    }
  } else if (point.offeredOpsPerSec > 0) {
    const arrivals = prngFor(run.seed, 'costsim.arrivals');
    const meanGapMs = 1000 / point.offeredOpsPerSec;
    const arrive = (): void => {
      submit(nextInt(arrivals, 0, p.clients - 1), null);
      loop.at(loop.nowMs + nextExponential(arrivals, meanGapMs), arrive);
    };
    loop.at(nextExponential(arrivals, meanGapMs), arrive);
  }

  const totalMs = window.endMs;
  let stopped = false;
  while (loop.step(totalMs)) {
    if (loop.events % CHECK_EVERY_EVENTS === 0) {
      progress?.(loop.nowMs, totalMs);
      if (shouldStop?.() === true) {
        stopped = true;
        break;
      }
    }
  }
  const endMs = stopped ? Math.min(loop.nowMs, window.endMs) : window.endMs;
  progress?.(endMs, totalMs);
  return summarize(run, ensemble, endMs - window.startMs, reads, writes, loop.events);
}

function summarize(
  run: CapacityRun,
  ensemble: SimEnsemble,
  measuredMs: number,
  reads: Samples,
  writes: Samples,
  events: number,
): CapacityMeasurement {
  const seconds = measuredMs > 0 ? measuredMs / 1000 : 0;
  const rate = (n: number): number => (seconds > 0 ? n / seconds : 0);
  const utilization: Partial<Record<ResourceId, number>> = {};
  for (const s of ensemble.servers) {
    const busy = { cpu: s.cpu.busyMs, nic: s.nic.busyMs, disk: s.disk.busyMs };
    for (const kind of ['cpu', 'nic', 'disk'] as const) {
      const id: ResourceId = `${s.role}.${kind}`;
      const u = measuredMs > 0 ? busy[kind] / measuredMs : 0;
      utilization[id] = Math.max(utilization[id] ?? 0, u);
    }
  }
  const ordered: Partial<Record<ResourceId, number>> = {};
  for (const id of resourceIds()) if (utilization[id] !== undefined) ordered[id] = utilization[id];
  const completedOps = reads.length + writes.length;
  return {
    seed: run.seed,
    completedOps,
    throughputOpsPerSec: rate(completedOps),
    readOpsPerSec: rate(reads.length),
    writeOpsPerSec: rate(writes.length),
    readLatencyMs: reads.summary(),
    writeLatencyMs: writes.summary(),
    utilization: ordered,
    events,
  };
}
