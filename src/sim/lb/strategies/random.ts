/**
 * Random: each request goes to a backend drawn uniformly from the view (Curator's RandomStrategy).
 * Weights are ignored, as in Curator. With n backends each one gets 1/n of the traffic on average,
 * but the counts drift apart like a random walk, which is why p2c exists.
 *
 * Exactly one draw from the PRNG stream per pick (floor(u * n), not nextInt, whose draw count
 * depends on n), so the stream stays aligned however the membership changes.
 */
import { nextFloat, type Prng } from '../../kernel/prng';
import {
  assertNonEmpty,
  sortedView,
  type KeyedRequest,
  type Member,
  type Outcome,
  type PickResult,
  type Strategy,
} from '../types';

export interface RandomState {
  strategy: 'random';
  ids: string[];
}

function init(members: readonly Member[]): RandomState {
  return { strategy: 'random', ids: sortedView(members).ids };
}

function onMembership(state: RandomState, members: readonly Member[]): RandomState {
  state.ids = sortedView(members).ids;
  return state;
}

function pick(
  state: RandomState,
  _request: KeyedRequest,
  rng: Prng,
  _nowMs: number,
): PickResult<RandomState> {
  const ids = state.ids;
  assertNonEmpty(ids, 'random');
  const i = Math.floor(nextFloat(rng) * ids.length);
  const id = ids[i] as string;
  return { backend: id, state, why: { code: 'uniform', of: ids.length } };
}

function observe(state: RandomState, _outcome: Outcome, _nowMs: number): RandomState {
  return state;
}

export const random: Strategy<RandomState> = {
  id: 'random',
  name: 'Random',
  describe: [
    'Sends each request to a backend drawn uniformly at random.',
    'Simple and stateless, but counts drift and slow backends still get their share.',
  ],
  init,
  onMembership,
  pick,
  observe,
};
