/**
 * The one home of the load-balancing strategy ids (issue 14: one definition per vocabulary). The
 * scenario format, the validator, the registry (./strategies/index.ts), the worker and the
 * comparison view all read these lists; a new strategy adds its id here, in the display order, and
 * its entry to the registry, whose type then insists on it. This file imports nothing, so that any
 * layer may read it without an import cycle.
 */

/** Strategy ids, kebab-case as in DESIGN.md section 5 and SCENARIO.md, in display order. */
export const STRATEGY_IDS = [
  'round-robin',
  'weighted-round-robin',
  'random',
  'least-connections',
  'hash-mod',
  'consistent-hash',
  'p2c',
  'pewma',
] as const;
export type StrategyId = (typeof STRATEGY_IDS)[number];

/** The strategies whose choice depends on the request key only (and on the membership). */
export const KEY_AFFINE_STRATEGY_IDS = [
  'hash-mod',
  'consistent-hash',
] as const satisfies readonly StrategyId[];
export type KeyAffineStrategyId = (typeof KEY_AFFINE_STRATEGY_IDS)[number];

/**
 * The strategies that prefer the backend with the least outstanding work or the lowest latency
 * estimate. A dead backend refuses at once, so it looks idle and fast to them: the black-hole
 * effect the comparison view names.
 */
export const LOAD_AWARE_STRATEGY_IDS = [
  'least-connections',
  'p2c',
  'pewma',
] as const satisfies readonly StrategyId[];
