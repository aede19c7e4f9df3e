/**
 * Everything the worker uses from the simulation, in one place, all through the simulation's
 * public surface (src/sim/index.ts), as DESIGN.md section 3 asks.
 */
export {
  compareIds,
  compareZxid,
  consistentHash,
  consistentHashIndex,
  hashModIndex,
  keySample,
  keysMovedFraction,
  ringHash,
  DEFAULT_PRESET_ID,
  listAt,
  parseScenario,
  parseZxid,
  loadImbalance,
  nearestRank,
  percentiles,
  PRESETS,
  presetById,
  scriptOf,
  Timeline,
  unsupportedFeature,
  validateScenario,
  ZXID_ZERO,
} from '../sim/index';
export type {
  Command,
  CommandAction,
  KernelEvent,
  LabState,
  ResolvedAction,
  ResolvedScenario,
  Scenario,
  ServerContext,
  ServerRecord,
  Simulation,
  TraceEvent,
  Txn,
  World,
  Zxid,
} from '../sim/index';
