/**
 * The vocabulary shared by the load-balancing strategies, the traffic generator and the metrics.
 *
 * A strategy sees only what a real client-side balancer knows: its VIEW of the membership (the
 * backends it learned about through the ZooKeeper watch, SCENARIO.md "The load-balancing lab"),
 * the requests it sent and the outcomes it observed. It never reads a backend's queue. Every
 * strategy state is plain data (JSON round-trippable) because the timeline checkpoints it.
 */
import type { Prng } from '../kernel/prng';
import { assert } from '../kernel/assert';
import type { StrategyId } from './kinds';
import type { PickReason } from './pickReasons';

export { KEY_AFFINE_STRATEGY_IDS, STRATEGY_IDS } from './kinds';
export type { KeyAffineStrategyId, StrategyId } from './kinds';

/** One backend as the balancer sees it. Weights are positive (nginx requires weight >= 1). */
export interface Member {
  id: string;
  weight: number;
}

/** A request key: the traffic generator produces integers; scenarios may use strings. */
export type LbKey = number | string;

/** The part of a request a strategy may look at. */
export interface KeyedRequest {
  key: LbKey;
}

export type OutcomeKind = 'completed' | 'dropped' | 'failed';

/** What the balancer learns when a request it sent to `backend` ends. */
export interface Outcome {
  backend: string;
  latencyMs: number;
  ok: boolean;
  kind: OutcomeKind;
}

/** Tunables; every strategy ignores the ones it does not use. */
export interface LbParams {
  /** consistent-hash: virtual nodes per backend (default 100). */
  vnodes?: number;
  /** pewma: the decay time constant tau in ms (default 10 000, Finagle's decayTime). */
  tauMs?: number;
  /** pewma: a failed or dropped request counts as at least this latency (default 0: off). */
  failurePenaltyMs?: number;
  /** weighted-round-robin: nginx's max_fails, by which a failure divides the weight (default 1). */
  maxFails?: number;
}

/** The result of one decision. `state` is the same object that was passed in (see Strategy). */
export interface PickResult<S> {
  backend: string;
  state: S;
  /** Why, as a code with parameters (pickReasons.ts); never an English sentence. */
  why: PickReason;
}

/**
 * A load-balancing strategy. Methods are pure in the sense that matters for the timeline: the
 * result depends only on the arguments (the PRNG stream included), never on hidden globals.
 *
 * For speed, `pick` and `observe` MUTATE the state they are given and return that same object;
 * `init` and `onMembership` return fresh or updated state likewise. A caller that needs an older
 * version (a checkpoint) must clone it first (JSON or structuredClone): every state is plain data.
 *
 * `pick` requires a non-empty view; with no members the caller itself fails the request (there is
 * nothing to choose from), so it asserts instead of inventing a backend.
 */
export interface Strategy<S> {
  readonly id: StrategyId;
  /** An English human name, e.g. "Power of two choices". */
  readonly name: string;
  /** Two lines for the UI: what it does, and what it is good or bad at. */
  readonly describe: readonly [string, string];
  init(members: readonly Member[], params?: LbParams): S;
  onMembership(state: S, members: readonly Member[]): S;
  pick(state: S, request: KeyedRequest, rng: Prng, nowMs: number): PickResult<S>;
  observe(state: S, outcome: Outcome, nowMs: number): S;
}

/**
 * Orders backend ids "naturally", so that b2 comes before b10 (a learner expects the rotation
 * b1, b2, ..., b10). Runs of ASCII digits compare by numeric value, everything else by UTF-16 code
 * unit; exact ties fall back to plain code-unit order so the order is total ("b01" vs "b1"). No
 * localeCompare: its result depends on the host's ICU data, and the order must be identical in
 * Node and in every browser.
 */
export function compareIds(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      const ea = digitRunEnd(a, i);
      const eb = digitRunEnd(b, j);
      const na = stripZeros(a, i, ea);
      const nb = stripZeros(b, j, eb);
      if (ea - na !== eb - nb) return ea - na - (eb - nb); // more significant digits is larger
      for (let k = 0; k < ea - na; k++) {
        const d = a.charCodeAt(na + k) - b.charCodeAt(nb + k);
        if (d !== 0) return d;
      }
      i = ea;
      j = eb;
    } else {
      if (ca !== cb) return ca - cb;
      i++;
      j++;
    }
  }
  if (a.length - i !== b.length - j) return a.length - i - (b.length - j);
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function digitRunEnd(s: string, from: number): number {
  let k = from;
  while (k < s.length && isDigit(s.charCodeAt(k))) k++;
  return k;
}

function stripZeros(s: string, from: number, end: number): number {
  let k = from;
  while (k < end - 1 && s.charCodeAt(k) === 48) k++;
  return k;
}

/** A view in canonical order: ids and weights as parallel arrays, sorted by compareIds. */
export interface SortedView {
  ids: string[];
  weights: number[];
}

/**
 * Copies and sorts a membership view. Every strategy calls this, so a strategy's decisions do
 * not depend on the order in which the caller happened to list the members. Ids must be unique
 * and weights positive and finite.
 */
export function sortedView(members: readonly Member[]): SortedView {
  const sorted = members.slice().sort((x, y) => compareIds(x.id, y.id));
  const ids: string[] = [];
  const weights: number[] = [];
  for (const m of sorted) {
    assert(ids.length === 0 || ids[ids.length - 1] !== m.id, `duplicate backend id ${m.id}`);
    assert(Number.isFinite(m.weight) && m.weight > 0, `backend ${m.id}: weight must be > 0`);
    ids.push(m.id);
    weights.push(m.weight);
  }
  return { ids, weights };
}

/** Position of id in ids, or -1. Linear: views are small and this allocates nothing. */
export function indexOfId(ids: readonly string[], id: string): number {
  for (let i = 0; i < ids.length; i++) if (ids[i] === id) return i;
  return -1;
}

/**
 * Carries a per-backend number across a membership change: members that stay keep their value,
 * new members get `fresh`. Used for outstanding counts, EWMA costs and running weights.
 */
export function carryOver(
  oldIds: readonly string[],
  oldValues: readonly number[],
  newIds: readonly string[],
  fresh: number,
): number[] {
  const out: number[] = new Array<number>(newIds.length);
  for (let i = 0; i < newIds.length; i++) {
    const k = indexOfId(oldIds, newIds[i] as string);
    out[i] = k < 0 ? fresh : (oldValues[k] as number);
  }
  return out;
}

/** Asserts the view is non-empty before a pick (see Strategy). */
export function assertNonEmpty(ids: readonly string[], strategy: StrategyId): void {
  assert(ids.length > 0, `${strategy}: pick with an empty membership view`);
}

/**
 * Decrements an outstanding count, never below zero: a backend that left and came back restarts
 * at 0 (carryOver), and outcomes of its earlier requests may still arrive.
 */
export function release(outstanding: number[], i: number): void {
  const v = outstanding[i] as number;
  outstanding[i] = v > 0 ? v - 1 : 0;
}
