/**
 * The registry of load-balancing strategies, keyed by id (SCENARIO.md "The load-balancing lab").
 * Every entry is a Strategy over its own plain-data state; STRATEGY_IDS gives the display order.
 */
import type { Strategy, StrategyId } from '../types';
import { consistentHash, type ConsistentHashState } from './consistentHash';
import { hashMod, type HashModState } from './hashMod';
import { leastConnections, type LeastConnectionsState } from './leastConnections';
import { p2c, type P2cState } from './p2c';
import { pewma, type PewmaState } from './pewma';
import { random, type RandomState } from './random';
import { roundRobin, type RoundRobinState } from './roundRobin';
import { weightedRoundRobin, type WeightedRoundRobinState } from './weightedRoundRobin';

/** Any strategy's state; the `strategy` field says which. */
export type StrategyState =
  | RoundRobinState
  | WeightedRoundRobinState
  | RandomState
  | LeastConnectionsState
  | HashModState
  | ConsistentHashState
  | P2cState
  | PewmaState;

/**
 * Strategies by id. The entries are typed over the union of states: pass each strategy only a
 * state that its own init returned (state.strategy === id); the registry is for lookup by id.
 */
export const strategies: { readonly [K in StrategyId]: Strategy<StrategyState> } = {
  'round-robin': roundRobin,
  'weighted-round-robin': weightedRoundRobin,
  random: random,
  'least-connections': leastConnections,
  'hash-mod': hashMod,
  'consistent-hash': consistentHash,
  p2c: p2c,
  pewma: pewma,
};

export function strategyFor(id: StrategyId): Strategy<StrategyState> {
  return strategies[id];
}

export type {
  ConsistentHashState,
  HashModState,
  LeastConnectionsState,
  P2cState,
  PewmaState,
  RandomState,
  RoundRobinState,
  WeightedRoundRobinState,
};
export {
  consistentHash,
  hashMod,
  leastConnections,
  p2c,
  pewma,
  random,
  roundRobin,
  weightedRoundRobin,
};
