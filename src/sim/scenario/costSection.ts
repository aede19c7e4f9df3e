/**
 * The scenario's optional `cost` section (issue 17 item 1): the cost model of src/sim/cost turned
 * on inside the ZAB engine. Absent or null, the engine runs as it always has (seeded delays from
 * `network`, no CPU, no workload) and every trace hash stays what it was. Present, it names the
 * cost parameters the engine applies, a subset of CostParams with the same names, bounds and
 * calibrated defaults (src/sim/cost/params.ts: reused here, not copied), and the workload.
 *
 * The planner's timing inputs (tickTimeMs, initLimit, syncLimit) belong to `ensemble` in a
 * scenario, and sessionTimeoutMs and snapshotMB describe no work the workload does, so they are
 * refused here: a field that would silently do nothing is worse than a message.
 */
import type { CostParams } from '../cost/params';
import { AT_MS_MAX } from './bounds';

/** The CostParams the engine applies, in the order docs/SCENARIO-EXTENSIONS.md lists them. */
export const ENGINE_COST_PARAMS = [
  'oneWayMs',
  'linkMbps',
  'fsyncMs',
  'maxBatchSize',
  'diskMBps',
  'readCostUs',
  'clientWriteCostUs',
  'prepCostUs',
  'proposalSendCostUs',
  'ackProcessCostUs',
  'commitCostUs',
  'requestBytes',
  'clients',
  'clientsMaxOutstanding',
] as const satisfies readonly (keyof CostParams)[];

export type EngineCostParamName = (typeof ENGINE_COST_PARAMS)[number];

/** The workload's own fields (not cost parameters): its kind, the mix and when it runs. */
export const COST_WORKLOAD_KEYS = [
  'readRatio',
  'startAtMs',
  'measureFromMs',
  'workload',
  'offeredOpsPerSec',
] as const;

/**
 * How the workload's clients send (engine/cost/workload.ts, openLoop.ts):
 * - `closed`: each in-flight slot sends its next request the moment its reply arrives (the
 *   paper's asynchronous clients at saturation; the rate follows the replies);
 * - `open`: requests arrive at `offeredOpsPerSec` (Poisson), each for a client drawn uniformly;
 *   a client with all its slots in flight queues the request and sends it when a reply frees
 *   one, as ZooKeeper's client queues what the application submits (ClientCnxn's outgoingQueue).
 */
export const COST_WORKLOADS = ['closed', 'open'] as const;
export type CostWorkload = (typeof COST_WORKLOADS)[number];

/**
 * The open loop's highest offered rate. Each arrival is one simulated event, so a million per
 * second already spends the event budget (EVENTS_MAX, 500,000) in half a simulated second; it is
 * also above the saturated throughput of any ensemble the engine runs (9 servers at 100% reads
 * serve 300,000 ops/s with the default costs, docs/CAPACITY.md).
 */
export const COST_OFFERED_OPS_PER_SEC_MAX = 1_000_000;

export const COST_SECTION_KEYS: readonly string[] = [...ENGINE_COST_PARAMS, ...COST_WORKLOAD_KEYS];

/**
 * When the workload's clients start by default: the first election of a cost run ends after
 * finalizeWait (200 ms) plus a few round trips of well under a millisecond, so 500 ms leaves the
 * leader established and its followers synchronized.
 */
export const COST_START_AT_MS_DEFAULT = 500;
/**
 * How long after the clients start the measuring window opens by default: the same warmup the
 * cost model's own simulation uses (costsim/measure.ts CAPACITY_WARMUP_MS), so that the queues
 * have filled when the window opens.
 */
export const COST_WARMUP_MS_DEFAULT = 100;

/** A cost section with every default filled. */
export interface ResolvedCost extends Pick<CostParams, EngineCostParamName> {
  /** Share of the workload's requests that are reads (getData, served locally), 0 to 1. */
  readRatio: number;
  /** When the workload's clients send their first requests. */
  startAtMs: number;
  /** Operations whose reply arrives in [measureFromMs, untilMs) are the report's figures. */
  measureFromMs: number;
  /** Closed loop (the default) or open loop (COST_WORKLOADS). */
  workload: CostWorkload;
  /** The open loop's offered rate, reads and writes together; null for the closed loop. */
  offeredOpsPerSec: number | null;
  /**
   * Derived, not a field of the file: the requests the workload keeps in flight, clients x
   * clientsMaxOutstanding capped as the cost model's own simulation caps them
   * (costsim/measure.ts saturatedInFlight, where the cap is explained).
   */
  inFlight: number;
}

/** As written in a file: every field optional. */
export type CostSpec = Partial<Omit<ResolvedCost, 'inFlight' | 'offeredOpsPerSec'>> & {
  offeredOpsPerSec?: number;
};

/** Bounds of the workload's fields, in the form of PARAM_SPECS for one validator and one table. */
export const COST_WORKLOAD_SPECS = {
  readRatio: {
    min: 0,
    max: 1,
    integer: false,
    unit: 'share',
    boundsWhy: 'a share of the requests: 0 is all writes, 1 all reads',
  },
  startAtMs: {
    min: 0,
    max: AT_MS_MAX,
    integer: true,
    unit: 'ms',
    boundsWhy: 'any time a scenario action may have',
  },
  measureFromMs: {
    min: 0,
    max: AT_MS_MAX,
    integer: true,
    unit: 'ms',
    boundsWhy: 'any time a scenario action may have; at or after startAtMs',
  },
  offeredOpsPerSec: {
    min: 1,
    max: COST_OFFERED_OPS_PER_SEC_MAX,
    integer: false,
    unit: 'ops/s',
    boundsWhy: 'one arrival is one event: a million per second spends the event budget in 0.5 s',
  },
} as const;
