/**
 * How much key affinity a membership change destroys: the fraction of a fixed key sample whose
 * backend differs between two membership views, for the key-affine strategies. This is the
 * number behind "consistent hashing moves about 1/N of the keys, hash mod N moves most of them"
 * (SCENARIO.md: membershipChanges[].keysMovedFraction).
 */
import { assert } from '../kernel/assert';
import { consistentHash, consistentHashIndex } from './strategies/consistentHash';
import { hashModIndex } from './strategies/hashMod';
import {
  sortedView,
  type KeyAffineStrategyId,
  type LbKey,
  type LbParams,
  type Member,
} from './types';

/** At most this many keys are compared: enough for a fraction good to about ±0.5%. */
export const KEY_SAMPLE_MAX = 10_000;

/**
 * The keys 0..count-1 when count <= max, else `max` keys spread evenly over them
 * (floor(i × count / max)): deterministic, no PRNG draw, and it covers hot and cold ranks alike.
 */
export function keySample(count: number, max: number = KEY_SAMPLE_MAX): number[] {
  const n = Math.max(0, Math.min(Math.floor(count), Math.floor(max)));
  const keys = new Array<number>(n);
  for (let i = 0; i < n; i++) keys[i] = count <= max ? i : Math.floor((i * count) / max);
  return keys;
}

/** The owner of every key of the sample under one view, as backend ids. */
function owners(
  members: readonly Member[],
  strategy: KeyAffineStrategyId,
  keys: readonly LbKey[],
  params?: LbParams,
): string[] {
  if (strategy === 'hash-mod') {
    const ids = sortedView(members).ids;
    return keys.map((k) => ids[hashModIndex(ids, k)] as string);
  }
  const state = consistentHash.init(members, params);
  return keys.map((k) => state.ids[consistentHashIndex(state, k)] as string);
}

/**
 * The fraction (0..1) of `keys` whose backend under `after` differs from their backend under
 * `before`. An empty sample moved nothing (0), nor did a change between two empty views. If only
 * one view is empty, every key lost or gained its backend, so all of them count as moved (1).
 */
export function keysMovedFraction(
  before: readonly Member[],
  after: readonly Member[],
  strategy: KeyAffineStrategyId,
  keys: readonly LbKey[],
  params?: LbParams,
): number {
  assert(strategy === 'hash-mod' || strategy === 'consistent-hash', `not key-affine: ${strategy}`);
  if (keys.length === 0 || (before.length === 0 && after.length === 0)) return 0;
  if (before.length === 0 || after.length === 0) return 1;
  const a = owners(before, strategy, keys, params);
  const b = owners(after, strategy, keys, params);
  let moved = 0;
  for (let i = 0; i < keys.length; i++) if (a[i] !== b[i]) moved++;
  return moved / keys.length;
}
