/**
 * The simulation's vocabulary for the UI: the scenario format's types, the zxid helpers and the
 * kinds and codes the simulation speaks in (states, phases, strategies, log codes, reasons). A
 * declared public module beside src/sim/index.ts (eslint.config.js lets src/ui, src/worker and
 * src/cli import these two and src/sim/cost, nothing deeper). It re-exports small leaf modules
 * only, so the UI's bundle gets these and not the engine: keep it that way (no engine, timeline or
 * lab runtime here).
 */
export type { Report, ResolvedScenario, Scenario } from './scenario/types';
export { compareZxid, formatZxid, makeZxid, parseZxid, shortZxid, ZXID_ZERO } from './zab/zxid';
export type { Zxid } from './zab/zxid';
export type { PeerStateName, ServerState, ZabPhase } from './zab/kinds';
export { isZabLogKind, type ZabLogData, type ZabLogKind, type ZabLogOf } from './zab/logCodes';
export type { CloseLearnerReason, LeaderQuit, LearnerQuit } from './zab/quitReasons';
export type { SyncRule } from './zab/syncMode';
export type { DropReason } from './engine/network';
export { LOAD_AWARE_STRATEGY_IDS, STRATEGY_IDS, type StrategyId } from './lb/kinds';
export type { ActionData } from './trace/traceEvent';
export type { ViolationParams } from './check/ghost';
export type {
  BackendIdProblem,
  Expect,
  ExpectCode,
  FieldProblem,
  FieldScope,
  Got,
  OneOfCode,
  Sids,
  Why,
  WhyCode,
  WhyParamsOf,
} from './scenario/why';
export type { HandNoop } from './scenario/whyInput';
export type { ZkPathProblem } from './scenario/zkPath';
export {
  asZkViolation,
  isZkInvariant,
  ZK_INVARIANT_NAMES,
  type ZkInvariantName,
  type ZkViolation,
  type ZkViolationParams,
  type ZkViolationParamsOf,
} from './client/zkViolations';
export type { BalancerActionKind } from './lab/kinds';
export {
  isClientLogKind,
  type ClientLogData,
  type ClientLogKind,
  type ClientLogOf,
  type DisconnectCause,
  type ExpiryCause,
} from './client/logCodes';
export { isLabLogKind, type LabLogData, type LabLogKind, type LabLogOf } from './lab/logCodes';
export {
  isSessionLogKind,
  type SessionLogData,
  type SessionLogKind,
  type SessionLogOf,
} from './zk/sessionLogCodes';
export { hex32 } from './lb/crc32';
export {
  fixed1,
  type BackendCount,
  type PewmaCost,
  type PickReason,
  type PickReasonCode,
  type PickReasonOf,
} from './lb/pickReasons';
export { DATA_CHARS_MAX, DELAY_MS_MAX, SESSION_TIMEOUT_MS_MAX } from './scenario/bounds';
export { CREATE_MODES, type CreateMode } from './zk/kinds';
