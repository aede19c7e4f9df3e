/**
 * The headless runner's report (shared/SCENARIO.md, a public contract: field names exactly as
 * written there). Zxids and session ids are hex strings as ZooKeeper logs them, so a report can be
 * compared with a real server's log by eye. The sections for clients, the data tree and the
 * balancer are optional because they only appear when the scenario uses those features.
 */
import type { ViolationParams } from '../check/ghost';
import type { ZkViolationParams } from '../client/zkViolations';
import type { StrategyId } from '../lb/types';
import type { PeerStateName as ReportServerState, ZabPhase as ReportPhase } from '../zab/kinds';

export type { ReportPhase, ReportServerState };

export interface ServerReport {
  sid: number;
  /** False for a crashed or a frozen server; a frozen server still reports its state. */
  up: boolean;
  state: ReportServerState;
  phase: ReportPhase | null;
  acceptedEpoch: number;
  currentEpoch: number;
  lastZxid: string;
  /** Transactions applied to the data tree. */
  delivered: number;
}

/** One entry per leader that became established. */
export interface ElectionReport {
  leader: number;
  epoch: number;
  startedAtMs: number;
  establishedAtMs: number;
}

export type WriteOutcome = 'committed' | 'failed' | 'pending';

/** One entry per "write" action, in the order the actions were applied. */
export interface WriteReport {
  atMs: number;
  via: number;
  path: string;
  /** Null when the write never got a zxid (refused before a leader proposed it). */
  zxid: string | null;
  outcome: WriteOutcome;
  /** Present when outcome is "failed": ZooKeeper's code name, e.g. "ConnectionLoss". */
  error?: string;
}

/**
 * An invariant violation. `detail` is the English sentence the CLI prints; `code` and `params` are
 * the same facts as data (issue 14), so that a reader of the report (a script, a translation)
 * never parses the sentence. Added to SCENARIO.md's `{ atMs, invariant, detail }`, which stay.
 */
export interface Violation {
  atMs: number;
  invariant: string;
  detail: string;
  /**
   * What happened, as `<Invariant>` or `<Invariant>.<case>` when an invariant breaks in more than
   * one way (check/violationDetail.ts); the part before the dot is always `invariant`.
   */
  code: string;
  /**
   * The typed facts: the checker's ViolationParams (sid, peers, zxid, value, epoch) for ZAB's
   * invariants, or the ZooKeeper-layer invariant's own shape (client/zkViolations.ts); null when
   * the violation recorded none.
   */
  params: ViolationParams | ZkViolationParams | null;
}

// ---------------------------------------------------------------- clients

export type ClientState = 'CONNECTING' | 'CONNECTED' | 'DISCONNECTED' | 'EXPIRED' | 'CLOSED';
export type ClientOp =
  'create' | 'delete' | 'set' | 'get' | 'exists' | 'children' | 'sync' | 'close-session';

export interface ClientResult {
  atMs: number;
  op: ClientOp;
  path: string;
  /** "OK" or ZooKeeper's code name: NoNode, NodeExists, BadVersion, ConnectionLoss, ... */
  rc: string;
  createdPath?: string;
  data?: string;
  children?: string[];
  exists?: boolean;
}

export type WatchEventType =
  'NodeCreated' | 'NodeDeleted' | 'NodeDataChanged' | 'NodeChildrenChanged';

export interface WatchEventReport {
  atMs: number;
  type: WatchEventType;
  path: string;
}

export type RecipeReport =
  | { kind: 'register'; registered: boolean }
  | { kind: 'discover'; members: string[] }
  | { kind: 'config'; value: string | null; updates: number }
  | { kind: 'lock'; acquired: { atMs: number; releasedAtMs: number | null }[] };

export interface ClientReport {
  id: string;
  /** Null until the first session is established. */
  sessionId: string | null;
  state: ClientState;
  server: number | null;
  lastZxid: string;
  negotiatedTimeoutMs: number | null;
  results: ClientResult[];
  watchEvents: WatchEventReport[];
  recipe: RecipeReport | null;
}

export interface TreeNodeReport {
  path: string;
  version: number;
  cversion: number;
  /** The owning session id, or "0x0" for a persistent node, as ZooKeeper's Stat shows it. */
  ephemeralOwner: string;
}

export interface TreeReport {
  sid: number;
  digest: string;
  nodes: TreeNodeReport[];
}

// ---------------------------------------------------------------- the balancer

export interface LatencyReport {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface BackendReport {
  id: string;
  served: number;
  utilization: number;
  queuePeak: number;
}

export interface StrategyReport {
  id: StrategyId;
  offered: number;
  completed: number;
  dropped: number;
  failed: number;
  latencyMs: LatencyReport;
  /** max / mean requests served among live backends. */
  loadImbalance: number;
  backends: BackendReport[];
}

export interface MembershipChange {
  atMs: number;
  kind: 'added' | 'removed';
  backend: string;
  keysMovedFraction: Partial<Record<StrategyId, number>>;
}

export interface BalancerReport {
  /** "exact", or the histogram's relative error bound, e.g. "1%". */
  latencyPrecision: string;
  strategies: StrategyReport[];
  membershipChanges: MembershipChange[];
}

// ---------------------------------------------------------------- the cost model's figures

/** The stations of one server the cost model queues work on. */
export type CostResource = 'cpu' | 'nic' | 'disk';

export interface CostServerReport {
  sid: number;
  /** The server's role at untilMs: LEADING, FOLLOWING, OBSERVING, LOOKING or DOWN. */
  state: string;
  /** Busy share of each station over the measuring window, 0 to 1. */
  cpu: number;
  nic: number;
  disk: number;
  /** fsyncs of the txn log over the whole run (group commit: fewer than the txns logged). */
  fsyncs: number;
}

/** [ext] The cost section's figures (docs/SCENARIO-EXTENSIONS.md, "cost"). */
export interface CostReport {
  /** The measuring window: replies that arrive in [measureFromMs, untilMs) count. */
  measureFromMs: number;
  untilMs: number;
  throughputOpsPerSec: number;
  readOpsPerSec: number;
  writeOpsPerSec: number;
  /** Submit to reply, ms; null when no such operation completed in the window. */
  readLatencyMs: { p50: number; p99: number } | null;
  writeLatencyMs: { p50: number; p99: number } | null;
  /** Requests that failed (their server stopped serving) and were sent again after a back-off. */
  failed: number;
  servers: CostServerReport[];
  /**
   * The station that limits throughput (engine/cost/costReport.ts limitingStation: the largest
   * share of capacity used, a log disk at full batches), with its busy share; null when nothing
   * was busy in the window.
   */
  bottleneck: { sid: number; state: string; resource: CostResource; utilization: number } | null;
  /** Present for the open loop (`workload: "open"`): offered load beside what was achieved. */
  open?: CostOpenReport;
}

/**
 * The open loop's figures: the rate asked for, the arrivals measured in the window (the achieved
 * rate is the block's throughputOpsPerSec), and the clients' queues (engine/cost/openLoop.ts).
 */
export interface CostOpenReport {
  offeredOpsPerSec: number;
  arrivedOpsPerSec: number;
  /** Requests waiting in the clients' queues at the end, and the most at any moment. */
  queued: number;
  queuedMax: number;
  /** Arrivals refused because the queues held COST_QUEUED_MAX requests already. */
  refused: number;
}

// ---------------------------------------------------------------- the report

export interface Report {
  seed: number;
  untilMs: number;
  /** Simulation events processed. */
  events: number;
  /** Same scenario and seed, same hash, on every machine. */
  traceHash: string;
  /** The sid LEADING in broadcast at untilMs, or null. */
  leader: number | null;
  epoch: number | null;
  servers: ServerReport[];
  elections: ElectionReport[];
  writes: WriteReport[];
  violations: Violation[];
  clients?: ClientReport[];
  tree?: TreeReport[];
  balancer?: BalancerReport;
  /** [ext] Present when the scenario's cost section is on. */
  cost?: CostReport;
}
