/**
 * Round robin: each request goes to the next backend of the view, in id order, wrapping around.
 * This is the default provider strategy of Apache Curator's service discovery
 * (RoundRobinStrategy), which ZAB.md section 6.9 takes as the reference client.
 *
 * Curator keeps one counter and indexes `counter % size`, so after a membership change the
 * rotation jumps to an arbitrary place. We keep the id of the last backend picked instead and
 * continue with the first backend that sorts after it: the rotation visibly carries on where it
 * was, which is what a learner expects, and every backend still gets one turn per cycle.
 */
import type { Prng } from '../../kernel/prng';
import {
  assertNonEmpty,
  compareIds,
  sortedView,
  type KeyedRequest,
  type Member,
  type Outcome,
  type PickResult,
  type Strategy,
} from '../types';

export interface RoundRobinState {
  strategy: 'round-robin';
  ids: string[];
  /** Index of the backend the next pick returns. */
  next: number;
  /** The backend picked last ('' before the first pick). */
  lastId: string;
}

function init(members: readonly Member[]): RoundRobinState {
  return { strategy: 'round-robin', ids: sortedView(members).ids, next: 0, lastId: '' };
}

function onMembership(state: RoundRobinState, members: readonly Member[]): RoundRobinState {
  const ids = sortedView(members).ids;
  let next = 0;
  if (state.lastId !== '') {
    while (next < ids.length && compareIds(ids[next] as string, state.lastId) <= 0) next++;
    if (next === ids.length) next = 0;
  }
  state.ids = ids;
  state.next = next;
  return state;
}

function pick(
  state: RoundRobinState,
  _request: KeyedRequest,
  _rng: Prng,
  _nowMs: number,
): PickResult<RoundRobinState> {
  const ids = state.ids;
  assertNonEmpty(ids, 'round-robin');
  const i = state.next < ids.length ? state.next : 0;
  const id = ids[i] as string;
  state.next = i + 1 === ids.length ? 0 : i + 1;
  state.lastId = id;
  return { backend: id, state, why: { code: 'rotation', index: i + 1, of: ids.length } };
}

function observe(state: RoundRobinState, _outcome: Outcome, _nowMs: number): RoundRobinState {
  return state;
}

export const roundRobin: Strategy<RoundRobinState> = {
  id: 'round-robin',
  name: 'Round robin',
  describe: [
    'Sends each request to the next backend in turn, wrapping around.',
    'Even counts, but blind to slow or overloaded backends.',
  ],
  init,
  onMembership,
  pick,
  observe,
};
