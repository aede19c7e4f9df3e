/**
 * Consistent hashing (Karger, Lehman, Leighton, Panigrahy, Levine, Lewin: "Consistent Hashing
 * and Random Trees", STOC 1997). Each backend owns `vnodes` points on a 32-bit ring, at
 * mix32(crc32(`${id}#${i}`)); a key hashed the same way goes to the owner of the first point at
 * or after it, clockwise, wrapping past 2^32 - 1 to the first point. When a backend leaves, only
 * the keys it owned move (to the next points' owners); when one joins, it takes keys only from
 * its clockwise neighbours: about 1/N of the keys either way. Virtual nodes (as in Amazon's Dynamo
 * and nginx's `hash ... consistent`, which places 160 points per weight unit) smooth out the
 * otherwise very uneven arc lengths. Weights are ignored: every backend gets `vnodes` points.
 *
 * Lookup is a binary search on the sorted points. The ring is rebuilt only when the membership
 * changes. Points that collide (equal 32-bit values) are ordered by owner id, so the ring never
 * depends on sort stability.
 */
import type { Prng } from '../../kernel/prng';
import { assert } from '../../kernel/assert';
import { crc32, crc32Key, mix32 } from '../crc32';
import {
  assertNonEmpty,
  sortedView,
  type KeyedRequest,
  type LbKey,
  type LbParams,
  type Member,
  type Outcome,
  type PickResult,
  type Strategy,
} from '../types';

export const DEFAULT_VNODES = 100;

export interface ConsistentHashState {
  strategy: 'consistent-hash';
  ids: string[];
  vnodes: number;
  /** Ring points in ascending order (unsigned 32-bit values). */
  points: number[];
  /** owners[j] is the index in ids of the backend that owns points[j]. */
  owners: number[];
}

/** Builds the ring for a sorted id list. */
function buildRing(ids: readonly string[], vnodes: number): { points: number[]; owners: number[] } {
  const entries: { p: number; o: number }[] = [];
  for (let o = 0; o < ids.length; o++) {
    for (let i = 0; i < vnodes; i++) entries.push({ p: mix32(crc32(`${ids[o]}#${i}`)), o });
  }
  // Owners are indices into ids, which is sorted, so comparing indices orders collisions by id.
  entries.sort((a, b) => a.p - b.p || a.o - b.o);
  return { points: entries.map((e) => e.p), owners: entries.map((e) => e.o) };
}

/** The ring position of a key. */
export function ringHash(key: LbKey): number {
  return mix32(crc32Key(key));
}

/** Index into points of the first point at or after h, wrapping to 0. points non-empty. */
function successor(points: readonly number[], h: number): number {
  let lo = 0;
  let hi = points.length; // invariant: the answer is in [lo, hi]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((points[mid] as number) < h) lo = mid + 1;
    else hi = mid;
  }
  return lo === points.length ? 0 : lo;
}

/** The index in state.ids of the backend owning key. Shared with keysMovedFraction. */
export function consistentHashIndex(state: ConsistentHashState, key: LbKey): number {
  return state.owners[successor(state.points, ringHash(key))] as number;
}

function init(members: readonly Member[], params?: LbParams): ConsistentHashState {
  const vnodes = Math.floor(params?.vnodes ?? DEFAULT_VNODES);
  assert(vnodes >= 1, `consistent-hash: vnodes must be >= 1, got ${params?.vnodes}`);
  const ids = sortedView(members).ids;
  return { strategy: 'consistent-hash', ids, vnodes, ...buildRing(ids, vnodes) };
}

function onMembership(state: ConsistentHashState, members: readonly Member[]): ConsistentHashState {
  const ids = sortedView(members).ids;
  if (ids.length === state.ids.length && ids.every((id, i) => id === state.ids[i])) return state;
  const ring = buildRing(ids, state.vnodes);
  state.ids = ids;
  state.points = ring.points;
  state.owners = ring.owners;
  return state;
}

function pick(
  state: ConsistentHashState,
  request: KeyedRequest,
  _rng: Prng,
  _nowMs: number,
): PickResult<ConsistentHashState> {
  assertNonEmpty(state.ids, 'consistent-hash');
  const h = ringHash(request.key);
  const j = successor(state.points, h);
  const id = state.ids[state.owners[j] as number] as string;
  const point = state.points[j] as number;
  return { backend: id, state, why: { code: 'ringSuccessor', key: request.key, hash: h, point } };
}

function observe(
  state: ConsistentHashState,
  _outcome: Outcome,
  _nowMs: number,
): ConsistentHashState {
  return state;
}

export const consistentHash: Strategy<ConsistentHashState> = {
  id: 'consistent-hash',
  name: 'Consistent hashing',
  describe: [
    'Places backends and keys on a hash ring; a key goes to the next backend clockwise.',
    'Keeps key affinity: when one of N backends leaves, only about 1/N of the keys move.',
  ],
  init,
  onMembership,
  pick,
  observe,
};
