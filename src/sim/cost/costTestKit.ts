/**
 * Cost parameters for the unit tests: every CPU cost different, round hardware figures, so that a
 * hand computation can tell each cost's place in a formula. Not calibrated; never a default.
 */
import { DEFAULT_COST_PARAMS, type CostParams } from './params';

export const DISTINCT_COSTS: Readonly<CostParams> = {
  ...DEFAULT_COST_PARAMS,
  readCostUs: 10,
  clientWriteCostUs: 20,
  prepCostUs: 30,
  proposalSendCostUs: 2,
  ackProcessCostUs: 3,
  commitCostUs: 5,
  fsyncMs: 1,
  maxBatchSize: 100,
  diskMBps: 100,
  oneWayMs: 0.2,
  linkMbps: 1000,
  requestBytes: 1000,
};
