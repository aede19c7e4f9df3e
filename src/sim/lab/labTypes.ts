/**
 * The load-balancing lab's state inside the world (SCENARIO.md "The load-balancing lab"), as plain
 * data: the backends (what every strategy's pool shares: which backends exist, are alive, slow or
 * removed), one run per selected strategy (its strategy state, its own PRNG stream, the load on
 * its own copy of every backend, its metrics), the shared membership view and the request stream.
 *
 * Liveness, slowness and removal are kept once per backend rather than once per strategy: every
 * strategy's pool gets them at the same instant by construction, so one copy is the same as
 * identical copies. What differs between strategies (in-service and queued requests, served
 * counts, busy time, queue peak) is per run.
 */
import type { Prng } from '../kernel/prng';
import type { MembershipChange } from '../scenario/report';
import type { ResolvedBackend, StrategyId } from '../scenario/types';
import type { LbMetrics } from '../lb/metrics';
import type { PickReason } from '../lb/pickReasons';
import type { StrategyState } from '../lb/strategies/index';
import type { LbRequest, TrafficState } from '../lb/traffic';
import type { SessionId } from '../zk/sessionId';
import type { LabZkEventKind } from './kinds';

export interface LabBackend {
  spec: ResolvedBackend;
  /** Index in world.clients of the ZooKeeper client that registers this backend. */
  client: number;
  /** False for a backend of a later add-backend action, until that action. */
  present: boolean;
  /** One of the balancer's spares: a person may add it while the run plays. */
  spare: boolean;
  addedAtMs: number;
  /** False after kill-backend, until restart-backend. */
  alive: boolean;
  /** Graceful remove-backend: serves what it holds, takes nothing new. */
  removed: boolean;
  /** slow-backend's factor (1 = normal speed); applies to services that start afterwards. */
  slowFactor: number;
  /** Bumped at each kill: completions scheduled before it are void. */
  incarnation: number;
}

/** A request waiting in a backend's queue. Immutable once queued. */
export interface QueuedJob {
  id: number;
  arrivedMs: number;
  work: number;
}

/** A request occupying one of a backend's slots. Immutable once started. */
export interface ServingJob {
  id: number;
  arrivedMs: number;
  startMs: number;
}

/** One strategy's copy of one backend's load. */
export interface BackendLoad {
  serving: ServingJob[];
  queue: QueuedJob[];
  /** Requests completed. */
  served: number;
  /** Slot-milliseconds spent serving, for finished services (the ones in progress are added on read). */
  busyMs: number;
  queuePeak: number;
  /**
   * Cumulative outcomes of the pick onto this backend, for the app's request marks: requests it
   * took (into a slot or its queue), requests dropped because its queue was full, and requests
   * failed here (picked while it was dead or removed, or failed in place by a kill). Failures
   * with an empty view have no backend and are not counted on any.
   */
  admitted: number;
  dropped: number;
  failed: number;
}

/** How many of a strategy's latest decisions its run keeps, for the app's decision log. */
export const RECENT_PICKS = 8;

/** One decision of a strategy, with its explanation, for the app (no per-request trace). */
export interface LastPick {
  atMs: number;
  request: number;
  key: number;
  backend: string;
  why: PickReason;
}

export interface StrategyRun {
  id: StrategyId;
  state: StrategyState;
  /** The strategy's own stream, prngFor(seed, `lb:<id>`): its draws never shift another's. */
  rng: Prng;
  /** Parallel to LabState.backends. */
  load: BackendLoad[];
  metrics: LbMetrics;
  /** The latest decisions, oldest first, at most RECENT_PICKS (immutable entries, shared by copies). */
  recentPicks: LastPick[];
}

export interface LabState {
  /** Index in world.clients of the balancer's discovery client. */
  balancerClient: number;
  /** Initial backends, then those of add-backend actions in time order. */
  backends: LabBackend[];
  /** The membership as the balancer's discover recipe last saw it, in natural id order. */
  view: string[];
  /** Null until the view first holds a backend; then the shared request stream. */
  traffic: TrafficState | null;
  runs: StrategyRun[];
  membershipChanges: MembershipChange[];
  /** The ZooKeeper side of membership, in time order (zkSide.ts). */
  zkEvents: LabZkEvent[];
}

export interface LabZkEvent {
  atMs: number;
  kind: LabZkEventKind;
  backend: string;
  /** The session concerned, as ZooKeeper prints it ("0x…"), or null (a restart has none yet). */
  session: SessionId | null;
  /** The server that did it (the active leader), or null for a balancer action. */
  sid: number | null;
}

export type { LabActionKind, LabZkEventKind } from './kinds';

/** The lab's own kernel events: the next request of the shared stream, and one request's completion. */
export type LabEvent =
  | { kind: 'arrival'; request: LbRequest }
  | { kind: 'done'; run: number; backend: number; job: number; inc: number };
