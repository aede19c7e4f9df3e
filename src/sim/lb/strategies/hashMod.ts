/**
 * Hash mod N: a request goes to backend number crc32(key) mod N of the view sorted by id. The
 * same key always reaches the same backend (cache affinity) as long as the membership does not
 * change. When N changes, a key keeps its backend only if crc32(key) mod N and crc32(key) mod N'
 * happen to name the same backend, roughly one key in N, so most keys move: the problem that
 * consistent hashing solves (Karger et al., STOC 1997). nginx's `hash $key` without `consistent`
 * is the same idea (ngx_http_upstream_hash_module.c also starts from a CRC-32 of the key).
 */
import type { Prng } from '../../kernel/prng';
import { crc32Key } from '../crc32';
import {
  assertNonEmpty,
  sortedView,
  type KeyedRequest,
  type LbKey,
  type Member,
  type Outcome,
  type PickResult,
  type Strategy,
} from '../types';

export interface HashModState {
  strategy: 'hash-mod';
  ids: string[];
}

/** The index of the backend owning key; ids non-empty. Shared with keysMovedFraction. */
export function hashModIndex(ids: readonly string[], key: LbKey): number {
  return crc32Key(key) % ids.length;
}

function init(members: readonly Member[]): HashModState {
  return { strategy: 'hash-mod', ids: sortedView(members).ids };
}

function onMembership(state: HashModState, members: readonly Member[]): HashModState {
  state.ids = sortedView(members).ids;
  return state;
}

function pick(
  state: HashModState,
  request: KeyedRequest,
  _rng: Prng,
  _nowMs: number,
): PickResult<HashModState> {
  const ids = state.ids;
  assertNonEmpty(ids, 'hash-mod');
  const h = crc32Key(request.key);
  const i = h % ids.length;
  const id = ids[i] as string;
  return {
    backend: id,
    state,
    why: { code: 'hashMod', key: request.key, hash: h, n: ids.length, index: i },
  };
}

function observe(state: HashModState, _outcome: Outcome, _nowMs: number): HashModState {
  return state;
}

export const hashMod: Strategy<HashModState> = {
  id: 'hash-mod',
  name: 'Hash mod N',
  describe: [
    'Sends each key to backend number crc32(key) mod N, so a key always lands in the same place.',
    'Great for caches until N changes: then most keys move to another backend.',
  ],
  init,
  onMembership,
  pick,
  observe,
};
