/**
 * Peak EWMA, as in Finagle (finagle-core loadbalancer/PeakEwma.scala, used by
 * Balancers.p2cPeakEwma) and linkerd (tower's load::PeakEwma): choose like p2c, but compare
 * cost = ewma × (pending + 1), the balancer's smoothed latency of a backend times the requests it
 * would have outstanding there. A backend that gets slow is avoided at once; one that recovers
 * wins traffic back only gradually.
 *
 * The estimate, per backend, exactly as Finagle's Metric:
 * - an observed latency higher than the estimate replaces it at once (the "peak");
 * - otherwise the estimate moves toward it with weight w = exp(-Δt / tau), Δt the time since the
 *   previous update: an EWMA over an unevenly spaced series (Eckner, "Algorithms for unevenly
 *   spaced time series"), so the memory is tau in time, not a number of samples;
 * - reading the cost first decays the estimate toward 0 by the elapsed time (Finagle's
 *   `observe(0.0)` in get()): an idle backend's old latency fades with time constant tau
 *   (default 10 s, Finagle's and linkerd's default decay).
 *
 * New backends start with estimate 0 and no pending requests, so their cost is 0: the first
 * request probes them at once. While that probe is outstanding and no latency is known, their
 * cost is a huge penalty (Finagle's `Long.MaxValue >> 16`, plus pending), so a newcomer is not
 * flooded before anyone knows how fast it is. (linkerd instead starts from a default RTT.)
 *
 * Failures: Finagle and linkerd time failed requests like any other. A backend that fails fast
 * then looks fast and attracts traffic (a "black hole"); Finagle counters that with failure
 * accrual, which marks the node busy. Here `failurePenaltyMs` (default 0: off, pure Finagle)
 * makes a dropped or failed request count as at least that latency.
 */
import { assert } from '../../kernel/assert';
import { nextFloat, type Prng } from '../../kernel/prng';
import {
  assertNonEmpty,
  carryOver,
  indexOfId,
  release,
  sortedView,
  type KeyedRequest,
  type LbParams,
  type Member,
  type Outcome,
  type PickResult,
  type Strategy,
} from '../types';
import type { PewmaCost, PickReason } from '../pickReasons';

export const DEFAULT_TAU_MS = 10_000;

/** Finagle's Penalty, Long.MaxValue >> 16 = 2^47 - 1: finite, so it survives JSON. */
export const PEWMA_PENALTY = 2 ** 47 - 1;

export interface PewmaState {
  strategy: 'pewma';
  ids: string[];
  tauMs: number;
  failurePenaltyMs: number;
  /** The peak-EWMA latency estimate in ms. */
  ewmaMs: number[];
  /** When each estimate was last updated (ms). */
  stampMs: number[];
  pending: number[];
}

function init(members: readonly Member[], params?: LbParams): PewmaState {
  const ids = sortedView(members).ids;
  const tauMs = params?.tauMs ?? DEFAULT_TAU_MS;
  assert(tauMs > 0 && Number.isFinite(tauMs), `pewma: tauMs must be > 0, got ${tauMs}`);
  return {
    strategy: 'pewma',
    ids,
    tauMs,
    failurePenaltyMs: Math.max(0, params?.failurePenaltyMs ?? 0),
    ewmaMs: ids.map(() => 0),
    stampMs: ids.map(() => 0),
    pending: ids.map(() => 0),
  };
}

function onMembership(state: PewmaState, members: readonly Member[]): PewmaState {
  const ids = sortedView(members).ids;
  state.ewmaMs = carryOver(state.ids, state.ewmaMs, ids, 0);
  state.stampMs = carryOver(state.ids, state.stampMs, ids, 0);
  state.pending = carryOver(state.ids, state.pending, ids, 0);
  state.ids = ids;
  return state;
}

/** Finagle's Metric.observe: peak, else time-weighted EWMA; stamps the update. */
function update(state: PewmaState, i: number, latencyMs: number, nowMs: number): void {
  const cost = state.ewmaMs[i] as number;
  const dt = nowMs - (state.stampMs[i] as number);
  const w = Math.exp(-(dt > 0 ? dt : 0) / state.tauMs);
  state.ewmaMs[i] = latencyMs > cost ? latencyMs : cost * w + latencyMs * (1 - w);
  state.stampMs[i] = nowMs;
}

/** Finagle's Metric.get: decays the estimate to nowMs, then prices one more request. */
export function pewmaCost(state: PewmaState, i: number, nowMs: number): number {
  update(state, i, 0, nowMs);
  const ewma = state.ewmaMs[i] as number;
  const pending = state.pending[i] as number;
  return ewma === 0 && pending !== 0 ? PEWMA_PENALTY + pending : ewma * (pending + 1);
}

/** One drawn backend's cost with its parts, for the pick's reason (read before the pick counts). */
function costOf(state: PewmaState, i: number, cost: number): PewmaCost {
  const id = state.ids[i] as string;
  const ewmaMs = state.ewmaMs[i] as number;
  const pending = state.pending[i] as number;
  return { id, ewmaMs, pending, cost, penalty: cost >= PEWMA_PENALTY };
}

function pick(
  state: PewmaState,
  _request: KeyedRequest,
  rng: Prng,
  nowMs: number,
): PickResult<PewmaState> {
  const { ids, pending } = state;
  const n = ids.length;
  assertNonEmpty(ids, 'pewma');
  if (n === 1) {
    pending[0] = (pending[0] as number) + 1;
    return { backend: ids[0] as string, state, why: { code: 'onlyBackend' } };
  }
  // Two distinct uniform draws, as Finagle's P2CPick (see p2c.ts); ties go to the second draw.
  const a = Math.floor(nextFloat(rng) * n);
  let b = Math.floor(nextFloat(rng) * (n - 1));
  if (b >= a) b++;
  const ca = pewmaCost(state, a, nowMs);
  const cb = pewmaCost(state, b, nowMs);
  const win = ca < cb ? a : b;
  const id = ids[win] as string;
  const why: PickReason = { code: 'twoCosts', a: costOf(state, a, ca), b: costOf(state, b, cb) };
  pending[win] = (pending[win] as number) + 1;
  return { backend: id, state, why };
}

function observe(state: PewmaState, outcome: Outcome, nowMs: number): PewmaState {
  const i = indexOfId(state.ids, outcome.backend);
  if (i < 0) return state;
  release(state.pending, i);
  const latency = outcome.latencyMs > 0 ? outcome.latencyMs : 0;
  const penalty = outcome.ok ? 0 : state.failurePenaltyMs;
  update(state, i, latency > penalty ? latency : penalty, nowMs);
  return state;
}

export const pewma: Strategy<PewmaState> = {
  id: 'pewma',
  name: 'Peak EWMA',
  describe: [
    'Two random picks, keeping the one with the lower latency estimate × (outstanding + 1).',
    'Reacts at once to a slow backend (peaks count fully) and forgives it slowly.',
  ],
  init,
  onMembership,
  pick,
  observe,
};
