/**
 * The power of two choices (Michael Mitzenmacher, "The Power of Two Choices in Randomized Load
 * Balancing", IEEE TPDS 12(10), 2001; Azar, Broder, Karlin, Upfal 1994 for balls into bins):
 * draw two distinct backends at random and send the request to the one with fewer outstanding
 * requests. One extra random choice turns the maximum load of random placement, about
 * log n / log log n, into about log log n / log 2, without scanning every backend and without
 * the herd that least-connections sends to a backend that just joined.
 *
 * The two draws follow Finagle's P2CPick: a = uniform over n, b = uniform over n - 1, and b
 * skips over a (b >= a means b + 1), so the pair is uniform over distinct pairs. On a tie the
 * second draw wins, exactly as Finagle's `if (nodeA.load < nodeB.load) nodeA else nodeB`; since
 * the draw order is itself random, this is a fair coin among the tied two at no extra draw.
 * Always exactly two draws per pick once there are at least two backends (none with one).
 * Weights are ignored.
 */
import { nextFloat, type Prng } from '../../kernel/prng';
import {
  assertNonEmpty,
  carryOver,
  indexOfId,
  release,
  sortedView,
  type KeyedRequest,
  type Member,
  type Outcome,
  type PickResult,
  type Strategy,
} from '../types';
import type { PickReason } from '../pickReasons';

export interface P2cState {
  strategy: 'p2c';
  ids: string[];
  outstanding: number[];
}

function init(members: readonly Member[]): P2cState {
  const ids = sortedView(members).ids;
  return { strategy: 'p2c', ids, outstanding: ids.map(() => 0) };
}

function onMembership(state: P2cState, members: readonly Member[]): P2cState {
  const ids = sortedView(members).ids;
  state.outstanding = carryOver(state.ids, state.outstanding, ids, 0);
  state.ids = ids;
  return state;
}

function pick(
  state: P2cState,
  _request: KeyedRequest,
  rng: Prng,
  _nowMs: number,
): PickResult<P2cState> {
  const { ids, outstanding } = state;
  const n = ids.length;
  assertNonEmpty(ids, 'p2c');
  if (n === 1) {
    outstanding[0] = (outstanding[0] as number) + 1;
    return { backend: ids[0] as string, state, why: { code: 'onlyBackend' } };
  }
  const a = Math.floor(nextFloat(rng) * n);
  let b = Math.floor(nextFloat(rng) * (n - 1));
  if (b >= a) b++;
  const la = outstanding[a] as number;
  const lb = outstanding[b] as number;
  const win = la < lb ? a : b;
  outstanding[win] = (outstanding[win] as number) + 1;
  const why: PickReason = {
    code: 'twoChoices',
    a: { id: ids[a] as string, n: la },
    b: { id: ids[b] as string, n: lb },
  };
  return { backend: ids[win] as string, state, why };
}

function observe(state: P2cState, outcome: Outcome, _nowMs: number): P2cState {
  const i = indexOfId(state.ids, outcome.backend);
  if (i >= 0) release(state.outstanding, i);
  return state;
}

export const p2c: Strategy<P2cState> = {
  id: 'p2c',
  name: 'Power of two choices',
  describe: [
    'Draws two backends at random and sends the request to the less busy of the two.',
    'Nearly as good as least connections, with no full scan and no herd onto a newcomer.',
  ],
  init,
  onMembership,
  pick,
  observe,
};
