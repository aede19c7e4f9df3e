/**
 * Everything the worker uses from the simulation, in one place. src/sim/index.ts does not (yet)
 * export the timeline, the validator or the presets, so this file is the worker's single seam to
 * src/sim: when the index grows, only these lines change.
 */
export { unsupportedFeature } from '../sim/index';
export { Timeline } from '../sim/timeline/timeline';
export type { Command, CommandAction } from '../sim/timeline/timeline';
export { parseScenario, validateScenario } from '../sim/scenario/validate';
export { PRESETS, DEFAULT_PRESET_ID, presetById } from '../sim/scenario/presets';
export { scriptOf } from '../sim/engine/simulation';
export { at as listAt } from '../sim/kernel/chunkedList';
export { compareZxid, parseZxid, ZXID_ZERO } from '../sim/zab/zxid';
export type { Simulation } from '../sim/engine/simulation';
export type { KernelEvent, ServerRecord, World } from '../sim/engine/world';
export type { ServerContext } from '../sim/zab/context';
export type { ResolvedAction, ResolvedScenario, Scenario } from '../sim/scenario/types';
export type { TraceEvent } from '../sim/trace/traceEvent';
export type { Txn } from '../sim/zab/messages';
export type { Zxid } from '../sim/zab/zxid';
export { percentiles } from '../sim/lb/metrics';
export type { LabState } from '../sim/lb/lab/labTypes';
