/**
 * The cost model's parameters: one flat record, each field named with ZooKeeper's own terms,
 * bounded (with the reason for the bound) and defaulted. The CPU costs, fsyncMs and oneWayMs are
 * calibrated against the ZooKeeper paper (docs/CAPACITY.md, "Calibration"); the hardware fields
 * are those of the paper's cluster (gigabit Ethernet, SATA disks); the timing fields are those of
 * conf/zoo_sample.cfg, like the scenario defaults. The analytic model (analytic.ts), the checker
 * (checker.ts), the planner CLI and, later, the simulation's cost extension all read this record.
 */
import {
  LIMIT_TICKS_MAX,
  SESSION_TIMEOUT_MS_MAX,
  TICK_TIME_MS_MAX,
  TICK_TIME_MS_MIN,
} from '../scenario/bounds';
import { DEFAULTS as SCENARIO_DEFAULTS } from '../scenario/defaults';

export interface CostParams {
  /** CPU µs a server spends on one read it serves locally (socket in, FinalRequestProcessor, reply). */
  readCostUs: number;
  /** CPU µs the connected server spends on a write's client side (socket in, forward, reply). */
  clientWriteCostUs: number;
  /** CPU µs the leader's PrepRequestProcessor spends per write (ACL check, zxid, txn). */
  prepCostUs: number;
  /** CPU µs the leader spends serializing and queueing one PROPOSAL (or INFORM) to one learner. */
  proposalSendCostUs: number;
  /** CPU µs the leader spends on one follower's ACK (Leader.processAck) and the COMMIT it sends back. */
  ackProcessCostUs: number;
  /** CPU µs every server spends per committed write (log append, CommitProcessor, apply). */
  commitCostUs: number;
  /** How long one fsync of the transaction log takes (SyncRequestProcessor), in ms. */
  fsyncMs: number;
  /** zookeeper.maxBatchSize: at most this many txns share one fsync (group commit). */
  maxBatchSize: number;
  /** Sequential write bandwidth of the txn log's disk, in MB/s (10^6 bytes). */
  diskMBps: number;
  /** One-way network latency between any two machines, in ms. */
  oneWayMs: number;
  /** Each machine's link bandwidth, in Mbit/s (10^6 bits), per direction. */
  linkMbps: number;
  /** Data bytes of one request: what a write stores, what a read returns. */
  requestBytes: number;
  /** Client sessions, spread evenly over every server that serves clients. */
  clients: number;
  /** Requests each client keeps in flight (1 for a synchronous client). */
  clientsMaxOutstanding: number;
  tickTimeMs: number;
  /** In ticks: how long a learner may take to connect and sync with a new leader. */
  initLimit: number;
  /** In ticks: how long a learner may stay silent, or leave a proposal unacknowledged. */
  syncLimit: number;
  /** The session timeout clients ask for, in ms (the server clamps it to 2-20 ticks). */
  sessionTimeoutMs: number;
  /** Size of a snapshot of the data tree, in MB: what SNAP sends to a learner too far behind. */
  snapshotMB: number;
}

export type CostParamName = keyof CostParams;

export interface ParamSpec {
  min: number;
  max: number;
  /** Only whole numbers (counts, ticks, bytes, ms of ZooKeeper's integer settings). */
  integer: boolean;
  unit: string;
  /** Why the bounds are what they are, for docs/CAPACITY.md and reviewers. */
  boundsWhy: string;
}

const CPU_BOUNDS_WHY =
  'a microsecond is below any JVM request path; 10 ms per step would be a broken server';

/**
 * The bounds of every field. Kept apart from the defaults so that a test can check each default
 * lies inside its own bounds, and the docs table can be checked against both.
 */
export const PARAM_SPECS: Readonly<Record<CostParamName, ParamSpec>> = {
  readCostUs: { min: 1, max: 10_000, integer: false, unit: 'µs', boundsWhy: CPU_BOUNDS_WHY },
  clientWriteCostUs: { min: 1, max: 10_000, integer: false, unit: 'µs', boundsWhy: CPU_BOUNDS_WHY },
  prepCostUs: { min: 1, max: 10_000, integer: false, unit: 'µs', boundsWhy: CPU_BOUNDS_WHY },
  proposalSendCostUs: {
    min: 0.1,
    max: 1000,
    integer: false,
    unit: 'µs',
    boundsWhy:
      'a packet to one learner; a millisecond per packet would cap any ensemble at 1k writes/s',
  },
  ackProcessCostUs: {
    min: 0.1,
    max: 1000,
    integer: false,
    unit: 'µs',
    boundsWhy: 'an ACK in and a COMMIT out, two small packets; as for proposalSendCostUs',
  },
  commitCostUs: { min: 1, max: 10_000, integer: false, unit: 'µs', boundsWhy: CPU_BOUNDS_WHY },
  fsyncMs: {
    min: 0,
    max: 1000,
    integer: false,
    unit: 'ms',
    boundsWhy:
      '0 is forceSync=no; ZooKeeper warns of any fsync over 1000 ms (fsync.warningthresholdms)',
  },
  maxBatchSize: {
    min: 1,
    max: 100_000,
    integer: true,
    unit: 'txns',
    boundsWhy: '1 fsyncs every txn; past 100k a batch never fills at any rate this model reaches',
  },
  diskMBps: {
    min: 1,
    max: 100_000,
    integer: false,
    unit: 'MB/s',
    boundsWhy: 'from an old SD card to a striped NVMe array',
  },
  oneWayMs: {
    min: 0.01,
    max: 1000,
    integer: false,
    unit: 'ms',
    boundsWhy: '10 µs is one rack; one second is further than any two points on Earth',
  },
  linkMbps: {
    min: 10,
    max: 400_000,
    integer: false,
    unit: 'Mbit/s',
    boundsWhy: '10 Mbit Ethernet to 400 GbE',
  },
  requestBytes: {
    min: 1,
    max: 1_048_575,
    integer: true,
    unit: 'bytes',
    boundsWhy: 'ZooKeeper refuses packets over jute.maxbuffer (0xfffff bytes by default)',
  },
  clients: {
    min: 1,
    max: 1_000_000,
    integer: true,
    unit: 'sessions',
    boundsWhy: 'large deployments hold a few hundred thousand sessions',
  },
  clientsMaxOutstanding: {
    min: 1,
    max: 10_000,
    integer: true,
    unit: 'requests',
    boundsWhy: '1 is a synchronous client; the paper kept at least 100 in flight per client',
  },
  tickTimeMs: {
    min: TICK_TIME_MS_MIN,
    max: TICK_TIME_MS_MAX,
    integer: true,
    unit: 'ms',
    boundsWhy: "the scenario format's bounds (heartbeats every tickTime / 2 of at least 5 ms)",
  },
  initLimit: {
    min: 1,
    max: LIMIT_TICKS_MAX,
    integer: true,
    unit: 'ticks',
    boundsWhy: "ZooKeeper refuses to start without it; the scenario format's bound",
  },
  syncLimit: {
    min: 1,
    max: LIMIT_TICKS_MAX,
    integer: true,
    unit: 'ticks',
    boundsWhy: "ZooKeeper refuses to start without it; the scenario format's bound",
  },
  sessionTimeoutMs: {
    min: 1,
    max: SESSION_TIMEOUT_MS_MAX,
    integer: true,
    unit: 'ms',
    boundsWhy:
      'any request is accepted so the checker can say how ZooKeeper clamps it; 20 × the largest tickTime',
  },
  snapshotMB: {
    min: 0,
    max: 100_000,
    integer: false,
    unit: 'MB',
    boundsWhy: 'a data tree lives in one JVM heap; 100 GB is past any heap ZooKeeper runs with',
  },
};

/**
 * The defaults. The calibrated values (CPU costs, fsyncMs, oneWayMs) are the rounded output of
 * fitCalibration (calibration.ts); calibration.test.ts fails if they drift from it.
 */
export const DEFAULT_COST_PARAMS: Readonly<CostParams> = {
  readCostUs: 30,
  clientWriteCostUs: 30,
  prepCostUs: 11.3,
  proposalSendCostUs: 3.6,
  ackProcessCostUs: 3.6,
  commitCostUs: 11.3,
  fsyncMs: 0.71,
  maxBatchSize: 1000,
  diskMBps: 80,
  oneWayMs: 0.05,
  linkMbps: 1000,
  requestBytes: 1024,
  clients: 250,
  clientsMaxOutstanding: 100,
  tickTimeMs: SCENARIO_DEFAULTS.tickTimeMs,
  initLimit: SCENARIO_DEFAULTS.initLimit,
  syncLimit: SCENARIO_DEFAULTS.syncLimit,
  sessionTimeoutMs: 30_000,
  snapshotMB: 100,
};

/**
 * Bounds of a plan's other inputs. Voters: the paper measured 3 to 13, and the model is linear in
 * the voters but untested past 13; 1 and 2 are allowed so that the checker can say why they are
 * unwise. Observers: each adds an INFORM per write on the leader, and beyond 20 the leader's link
 * is the bottleneck of any mix with writes (large observer fleets use ObserverMaster, out of
 * scope). Offered load: past any ensemble's capacity.
 */
export const VOTERS_MIN = 1;
export const VOTERS_MAX = 13;
export const OBSERVERS_MAX = 20;
export const OFFERED_OPS_PER_SEC_MAX = 100_000_000;

export const COST_PARAM_NAMES = Object.keys(PARAM_SPECS) as CostParamName[];
