/**
 * The cost model's public surface: parameters and their validation, the analytic model, the
 * chart series, the configuration checker and its English, and the calibration against the
 * ZooKeeper paper. Pure: no Node built-ins, no DOM, no engine imports.
 */
export {
  COST_PARAM_NAMES,
  DEFAULT_COST_PARAMS,
  OBSERVERS_MAX,
  OFFERED_OPS_PER_SEC_MAX,
  PARAM_SPECS,
  VOTERS_MAX,
  VOTERS_MIN,
  type CostParamName,
  type CostParams,
  type ParamSpec,
} from './params';
export {
  checkParam,
  resolveCostParams,
  validateCostParams,
  type CostParamsResult,
} from './validate';
export {
  RESOURCE_KINDS,
  ROLES,
  demandsPerOp,
  jobClasses,
  resourceIds,
  rolesOf,
  type Demands,
  type Ensemble,
  type Jobs,
  type ResourceId,
  type ResourceKind,
  type Role,
} from './load';
export { latencyAt, quorumSize, type LatencyAtLoad, type LatencyMs } from './latency';
export {
  analyze,
  knee,
  saturation,
  type Bottleneck,
  type Knee,
  type PlanPoint,
  type PlanResult,
  type Saturation,
  type Throughput,
} from './analytic';
export {
  FAILURE_MODES,
  FINALIZE_WAIT_MS,
  failover,
  faultTolerance,
  negotiatedSessionTimeoutMs,
  sessionTimeoutBoundsMs,
  snapshotTransferMs,
  type Failover,
  type FailureMode,
  type FaultTolerance,
  type SessionFate,
} from './timing';
export {
  crossoverReadRatio,
  latencyByLoad,
  throughputByReadRatio,
  type LatencyPoint,
  type ThroughputPoint,
} from './curves';
export { checkConfiguration, type Finding, type FindingCode, type Severity } from './checker';
export { describeBottleneck, describeFinding } from './describe';
export {
  PAPER_TABLE_1,
  PAPER_TABLE_2_ONE_WORKER,
  calibrationTable,
  fitCalibration,
  oneWorkerCreatesPerSec,
  type CalibrationRow,
  type Fit,
} from './calibration';
export {
  PLAN_FILE_BYTES_MAX,
  PLAN_ROWS_MAX,
  READ_RATIOS_MAX,
  SIMULATE_RUNS_MAX,
  SIMULATE_SEEDS_MAX,
  SIMULATE_WINDOW_MS_MAX,
  planRows,
  validatePlanFile,
  type PlanOutput,
  type PlanRow,
  type PlanSimulate,
  type PlanSpec,
} from './planFile';
export { seedMean, seedStats, tQuantile975, type Interval95, type SeedStats } from './seedStats';
