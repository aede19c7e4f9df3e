/**
 * Smooth weighted round robin, as nginx's default upstream balancer
 * (src/http/ngx_http_upstream_round_robin.c, ngx_http_upstream_get_peer). On every pick each
 * backend's running `current` weight grows by its effective weight, the backend with the
 * largest `current` wins (the first in id order on a tie, as nginx's strict `>`), and the
 * winner pays back the total. Over one cycle of sum(weights) picks every backend is
 * chosen exactly `weight` times, and the picks are interleaved: weights {a:5, b:1, c:1} give
 * "a a b a c a a", not "a a a a a b c".
 *
 * nginx also lowers a backend's effective weight when a request to it fails
 * (ngx_http_upstream_free_round_robin_peer: effective -= weight / max_fails, floored at 0, with
 * C integer division) and raises it by one per selection pass until it is back at `weight`. We
 * keep that, because it is how nginx reacts to a failing backend without a health check; we leave
 * out nginx's separate max_fails/fail_timeout "temporarily disabled" state.
 *
 * On a membership change, backends that stay keep their running weights and new ones start at 0
 * (nginx starts at 0 on a configuration reload; keeping the survivors' values avoids sending a
 * burst to one backend after every change).
 */
import type { Prng } from '../../kernel/prng';
import {
  assertNonEmpty,
  carryOver,
  indexOfId,
  sortedView,
  type KeyedRequest,
  type LbParams,
  type Member,
  type Outcome,
  type PickResult,
  type Strategy,
} from '../types';

export interface WeightedRoundRobinState {
  strategy: 'weighted-round-robin';
  ids: string[];
  weights: number[];
  /** nginx's effective_weight: the weight, lowered by failures and recovering by 1 per pick. */
  effective: number[];
  /** nginx's current_weight. */
  current: number[];
  maxFails: number;
}

function init(members: readonly Member[], params?: LbParams): WeightedRoundRobinState {
  const v = sortedView(members);
  return {
    strategy: 'weighted-round-robin',
    ids: v.ids,
    weights: v.weights,
    effective: v.weights.slice(),
    current: v.ids.map(() => 0),
    maxFails: Math.max(1, Math.floor(params?.maxFails ?? 1)),
  };
}

function onMembership(
  state: WeightedRoundRobinState,
  members: readonly Member[],
): WeightedRoundRobinState {
  const v = sortedView(members);
  const effective = carryOver(state.ids, state.effective, v.ids, -1);
  for (let i = 0; i < effective.length; i++) {
    // New backends (and ones whose weight changed) start at full weight, as nginx's init does.
    const k = indexOfId(state.ids, v.ids[i] as string);
    if (k < 0 || state.weights[k] !== v.weights[i]) effective[i] = v.weights[i] as number;
  }
  state.current = carryOver(state.ids, state.current, v.ids, 0);
  state.effective = effective;
  state.ids = v.ids;
  state.weights = v.weights;
  return state;
}

function pick(
  state: WeightedRoundRobinState,
  _request: KeyedRequest,
  _rng: Prng,
  _nowMs: number,
): PickResult<WeightedRoundRobinState> {
  const { ids, weights, effective, current } = state;
  const n = ids.length;
  assertNonEmpty(ids, 'weighted-round-robin');
  let total = 0;
  let best = 0;
  for (let i = 0; i < n; i++) {
    const e = effective[i] as number;
    const c = (current[i] as number) + e;
    current[i] = c;
    total += e;
    const w = weights[i] as number;
    if (e < w) effective[i] = e + 1 <= w ? e + 1 : w;
    if (c > (current[best] as number)) best = i;
  }
  const won = current[best] as number;
  current[best] = won - total;
  const id = ids[best] as string;
  return {
    backend: id,
    state,
    why: { code: 'runningWeight', won, total },
  };
}

function observe(
  state: WeightedRoundRobinState,
  outcome: Outcome,
  _nowMs: number,
): WeightedRoundRobinState {
  if (outcome.ok) return state;
  const i = indexOfId(state.ids, outcome.backend);
  if (i < 0) return state;
  const lowered =
    (state.effective[i] as number) - Math.trunc((state.weights[i] as number) / state.maxFails);
  state.effective[i] = lowered > 0 ? lowered : 0;
  return state;
}

export const weightedRoundRobin: Strategy<WeightedRoundRobinState> = {
  id: 'weighted-round-robin',
  name: 'Smooth weighted round robin',
  describe: [
    "nginx's default: each backend gets turns in proportion to its weight, interleaved.",
    'Fair to uneven hardware if weights are right; a failure briefly lowers a weight.',
  ],
  init,
  onMembership,
  pick,
  observe,
};
