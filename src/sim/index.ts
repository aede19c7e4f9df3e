/**
 * The public surface of the simulation, used by the worker, the CLI, benchmarks and tests.
 */
import { buildReport } from './engine/report';
import type { SimulationOptions } from './engine/simulation';
import { createSimulation, extensionsProblem } from './extensions';
import type { Report, ResolvedScenario } from './scenario/types';
import { fieldProblemText, type FieldProblem } from './scenario/why';

// The Simulation as a type only: code above src/sim reads a run through its view (Simulation.view,
// a WorldView) and the functions of engine/views.ts, never its World (eslint.config.js).
export type { Simulation } from './engine/simulation';
export { createSimulation } from './extensions';
export type { Extension, ExtensionEffects, ExtensionScriptEntry } from './engine/extension';
export { buildReport } from './engine/report';
export type { ActionData, ActionNoop, TraceEvent } from './trace/traceEvent';
export type {
  CostReport,
  CostResource,
  Report,
  ResolvedScenario,
  Scenario,
} from './scenario/types';
export { compareZxid, formatZxid, parseZxid, shortZxid, ZXID_ZERO } from './zab/zxid';
export type { Zxid } from './zab/zxid';
export { Timeline, type Command, type CommandAction } from './timeline/timeline';
export {
  parseScenario,
  validateScenario,
  type FieldProblem,
  type ValidationResult,
} from './scenario/validate';
export { listItemOf } from './scenario/fields';
export { fieldProblemText, why, whyText, type Why } from './scenario/why';
export { DEFAULT_PRESET_ID, PRESETS, presetById } from './scenario/presets';
export {
  EVENTS_LONG_MAX,
  EVENTS_MAX,
  INITIAL_TXNS_MAX,
  LIMIT_TICKS_MAX,
  SCENARIO_CHARS_MAX,
  TICK_TIME_MS_MAX,
  TICK_TIME_MS_MIN,
  UNTIL_MS_MAX,
} from './scenario/bounds';
export { DEFAULTS as SCENARIO_DEFAULTS } from './scenario/defaults';
export { MAX_SIDS } from './scenario/defaults';
export {
  COST_OFFERED_OPS_PER_SEC_MAX,
  COST_START_AT_MS_DEFAULT,
  COST_WARMUP_MS_DEFAULT,
  ENGINE_COST_PARAMS,
} from './scenario/costSection';
export { COST_QUEUED_MAX } from './engine/cost/openLoop';
export { allPresets } from './scenario/presets';
export { runSeed } from './sweep/runSeed';
export { at as listAt } from './kernel/chunkedList';
export { assertNever } from './kernel/assert';
export { loadImbalance, nearestRank, percentiles } from './lb/metrics';
export {
  checkInFlight,
  costSoFar,
  liveTimers,
  pendingMessages,
  type LiveTimer,
  type PendingMessage,
  type ServerRecordView,
  type WorldView,
} from './engine/views';
export { CLIENT_NODE_BASE } from './engine/world';
export { lockBelievers, type LockObservation } from './engine/lockBelievers';
export { databaseView, type DatabaseView } from './engine/databaseView';
export { ZOOKEEPER_COMMIT_LOG_COUNT, type DiskSnapshot, type SnapshotCause } from './engine/zkDb';
export { originData, type LastProcessedOrigin, type LoadCause } from './zab/voteOrigin';
export { SYNC_RULE_TEXT, type SyncRule } from './zab/syncMode';
export {
  isZabLogKind,
  ZAB_LOG_TOPIC,
  type ZabLogData,
  type ZabLogKind,
  type ZabLogTopic,
} from './zab/logCodes';
export type { ServerContext } from './zab/context';
export { USER_SERVER_ACTION_KINDS, type ResolvedAction } from './scenario/types';
export type { HandResult } from './engine/handMessages';
export type { HandNoop } from './scenario/whyInput';
export { MESSAGE_FAMILY, type PeerMessageKind, type Txn } from './zab/messages';
export type { LabState } from './lab/labTypes';
export { labOf } from './lab/labExtension';
export {
  CAPACITY_MEASURE_MS,
  CAPACITY_WARMUP_MS,
  SATURATED_IN_FLIGHT_MAX,
  measureCapacity,
} from './costsim/measure';
export type {
  CapacityLoad,
  CapacityMeasurement,
  CapacityProgress,
  CapacityRun,
  LatencySummary as CapacityLatencySummary,
} from './costsim/types';
export { BALANCER_ACTION_KINDS } from './lab/kinds';
export { consistentHash, consistentHashIndex, ringHash } from './lb/strategies/consistentHash';
export { hashModIndex } from './lb/strategies/hashMod';
export { keySample, keysMovedFraction } from './lb/keyspace';
export { compareIds } from './lb/types';

/**
 * Features of the scenario format that the engine does not simulate yet. A scenario that uses
 * one is refused whole, with this field problem (a code: the app words it, the runner prints
 * `fieldProblemText`), rather than run with that part silently ignored. Everything is simulated
 * now; what remains are combinations an extension cannot run (the load-balancing lab's:
 * src/sim/lab/labSetup.ts, labProblem).
 */
export function unsupportedFeature(s: ResolvedScenario): FieldProblem | null {
  return extensionsProblem(s);
}

export interface RunOptions extends SimulationOptions {
  /** Asked between events; true stops the run with RunStoppedError (the runner's broken trace). */
  stopWhen?: () => boolean;
}

/** Runs a validated scenario to its untilMs and returns the report. */
export function runScenario(scenario: ResolvedScenario, options: RunOptions = {}): Report {
  const unsupported = unsupportedFeature(scenario);
  if (unsupported) throw new UnsupportedScenarioError(fieldProblemText(unsupported));
  const sim = createSimulation(scenario, options);
  const stopWhen = options.stopWhen;
  if (stopWhen !== undefined) {
    while (sim.step(scenario.untilMs)) if (stopWhen()) throw new RunStoppedError('run stopped');
  }
  sim.runUntil(scenario.untilMs);
  const spent = sim.budgetSpentBefore(scenario.untilMs);
  if (spent !== null) throw new EventBudgetError(eventBudgetMessage(spent, scenario.untilMs));
  return buildReport(sim);
}

export class UnsupportedScenarioError extends Error {
  override name = 'UnsupportedScenarioError';
}

/** The caller's stopWhen said stop; the run is incomplete and has no report. */
export class RunStoppedError extends Error {
  override name = 'RunStoppedError';
}

/** The run needed more events than a run may process (scenario/bounds.ts, EVENTS_MAX). */
export class EventBudgetError extends Error {
  override name = 'EventBudgetError';
}

/** The runner's one line when the event budget ran out, naming the field to change. */
export function eventBudgetMessage(
  spent: { events: number; atMs: number },
  untilMs: number,
): string {
  return (
    `untilMs: the run needs more than ${spent.events} events, the most one run may process; ` +
    `they were spent by ${spent.atMs} ms of the ${untilMs} asked for ` +
    '(shorten untilMs, or lower the traffic, the clients or the actions)'
  );
}

// The Backends plan (issue 17, item 5): sizing per strategy, confirmed by the lab's simulation.
export { sizeBackends, type StrategySizing } from './lb/sizing';
export * from './lb/sizingInput';
export {
  backendRows,
  checkRuns,
  checkTotalMs,
  CHECK_TOLERANCE,
  planBackends,
  sizingModel,
  type BackendRow,
  type SimulatedSizing,
  type Spread,
} from './sweep/backendPlan';
export {
  BackendCheckStopped,
  checkRunTotalMs,
  runBackendCheck,
  type BackendCheckResult,
  type BackendCheckRun,
} from './sweep/backendCheck';
