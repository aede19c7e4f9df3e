/**
 * Least connections: each request goes to the backend with the fewest requests this balancer
 * still has outstanding on it, relative to its weight, as nginx's least_conn
 * (ngx_http_upstream_least_conn_module.c compares conns/weight by cross-multiplying:
 * `peer->conns * best->weight < best->conns * peer->weight`). With equal weights that is simply
 * the fewest outstanding requests.
 *
 * Ties: the scan starts at a rotating position (one past the previous winner) and keeps the first
 * strictly better backend, so tied backends are served in turn, like round robin. Starting at the
 * lowest index instead would send every request of an idle system to b1. (nginx breaks ties by
 * smooth weighted round robin among the tied peers; rotation gives the same spread with equal
 * weights and needs no extra state.)
 *
 * The counts are the balancer's own: +1 when it picks, -1 when it observes any outcome
 * (completed, dropped or failed), never a backend's queue length.
 */
import type { Prng } from '../../kernel/prng';
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
import { fewestOutstanding } from '../pickReasons';

export interface LeastConnectionsState {
  strategy: 'least-connections';
  ids: string[];
  weights: number[];
  outstanding: number[];
  /** Where the next scan starts (rotating tie-break). */
  start: number;
}

function init(members: readonly Member[]): LeastConnectionsState {
  const v = sortedView(members);
  return {
    strategy: 'least-connections',
    ids: v.ids,
    weights: v.weights,
    outstanding: v.ids.map(() => 0),
    start: 0,
  };
}

function onMembership(
  state: LeastConnectionsState,
  members: readonly Member[],
): LeastConnectionsState {
  const v = sortedView(members);
  state.outstanding = carryOver(state.ids, state.outstanding, v.ids, 0);
  state.ids = v.ids;
  state.weights = v.weights;
  state.start = v.ids.length === 0 ? 0 : state.start % v.ids.length;
  return state;
}

function pick(
  state: LeastConnectionsState,
  _request: KeyedRequest,
  _rng: Prng,
  _nowMs: number,
): PickResult<LeastConnectionsState> {
  const { ids, weights, outstanding } = state;
  const n = ids.length;
  assertNonEmpty(ids, 'least-connections');
  const s = state.start < n ? state.start : 0;
  let best = s;
  for (let k = 1; k < n; k++) {
    const i = s + k < n ? s + k : s + k - n;
    const fewer =
      (outstanding[i] as number) * (weights[best] as number) <
      (outstanding[best] as number) * (weights[i] as number);
    if (fewer) best = i;
  }
  const id = ids[best] as string;
  const had = outstanding[best] as number;
  const why = fewestOutstanding(ids, outstanding, had);
  outstanding[best] = had + 1;
  state.start = best + 1 === n ? 0 : best + 1;
  return { backend: id, state, why };
}

function observe(
  state: LeastConnectionsState,
  outcome: Outcome,
  _nowMs: number,
): LeastConnectionsState {
  const i = indexOfId(state.ids, outcome.backend);
  if (i >= 0) release(state.outstanding, i);
  return state;
}

export const leastConnections: Strategy<LeastConnectionsState> = {
  id: 'least-connections',
  name: 'Least connections',
  describe: [
    'Sends each request to the backend with the fewest requests still outstanding.',
    'Adapts to slow backends, but must scan every backend and herds onto a newcomer.',
  ],
  init,
  onMembership,
  pick,
  observe,
};
