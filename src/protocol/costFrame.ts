/**
 * The cost model's figures in a frame (issue 17 follow-up): the report's `cost` block as it
 * stands at the displayed moment, as numbers and codes the app words (never sentences).
 */

/** A station of a server (costState.ts): its CPU, the sending side of its link, its log disk. */
export type CostResourceCode = 'cpu' | 'nic' | 'disk';

export interface CostServerView {
  sid: number;
  /** ZooKeeper's peer state now, or 'DOWN'. */
  state: string;
  /** Busy time over the window so far, 0..1 (the utilization law). */
  cpu: number;
  nic: number;
  disk: number;
  fsyncs: number;
}

export interface CostView {
  /** Where the measuring window starts; before it, nothing is measured yet. */
  measureFromMs: number;
  /** The window measured so far: [measureFromMs, nowMs), 0 before measureFromMs. */
  windowMs: number;
  readOpsPerSec: number;
  writeOpsPerSec: number;
  /** Submit to reply, ms; null until a write completes inside the window. */
  writeLatencyMs: { p50: number; p99: number } | null;
  readLatencyMs: { p50: number; p99: number } | null;
  failed: number;
  servers: CostServerView[];
  /** The busiest station so far, or null when nothing was busy in the window. */
  bottleneck: { sid: number; resource: CostResourceCode; utilization: number } | null;
}
