/**
 * The cost model's figures in a frame (issue 17 follow-up): the report's `cost` block
 * (CostReport, SCENARIO-EXTENSIONS.md "cost") as it stands at the displayed moment, as numbers
 * and codes the app words (never sentences). Utilizations are 0..1.
 */
import type { CostReport, CostResource, CostServerReport } from '../sim/scenario/types';

/** A station of a server (costState.ts): its CPU, the sending side of its link, its log disk. */
export type CostResourceCode = CostResource;

export type CostServerView = CostServerReport;

export type CostView = Pick<
  CostReport,
  | 'measureFromMs'
  | 'readOpsPerSec'
  | 'writeOpsPerSec'
  | 'readLatencyMs'
  | 'writeLatencyMs'
  | 'failed'
  | 'servers'
  | 'open'
> & {
  /** The window measured so far: [measureFromMs, nowMs), 0 before measureFromMs. */
  windowMs: number;
  /** The station that limits throughput so far (CostReport.bottleneck), or null. */
  bottleneck: { sid: number; resource: CostResourceCode; utilization: number } | null;
};
