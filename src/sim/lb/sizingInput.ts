/**
 * The "backends" block of a planner file and of the Plan view's Backends section (issue 17, item
 * 5), validated field by field: one line naming the first bad field. Every bound has its reason:
 * the check runs the lab with up to 32 backends (BACKENDS_MAX) and must stay inside a run's event
 * budget (EVENTS_MAX), about (strategies + 1) events per request.
 *
 *   "backends": { "ratePerSec": 200, "meanServiceMs": 20, "targetP99Ms": 150,
 *                 "sessionTimeoutMs": 6000, "strategies": ["round-robin", "p2c"],
 *                 "seeds": 2, "simulate": true }
 */
import { STRATEGY_IDS, type StrategyId } from './kinds';
import {
  FieldError,
  join,
  at,
  checkKeys,
  checkOneOf,
  expectObject,
  fail,
  has,
  optionalBool,
  optionalInt,
  requireArray,
  requireNumber,
  type Obj,
} from '../scenario/fields';
import { why } from '../scenario/why';

/** Requests per second; at 1000/s a kill run of eight strategies stays under the event budget. */
export const SIZING_RATE_MIN = 1;
export const SIZING_RATE_MAX = 1000;
/** A backend's mean service time: 0.1 ms (a cache) to 10 s (a batch job). */
export const SIZING_SERVICE_MS_MIN = 0.1;
export const SIZING_SERVICE_MS_MAX = 10_000;
/** Target p99: 1 ms to 10 minutes. */
export const SIZING_TARGET_MS_MIN = 1;
export const SIZING_TARGET_MS_MAX = 600_000;
/**
 * The backends' session timeout: ZooKeeper negotiates it into [2, 20] x tickTime; the check's
 * ensemble ticks every 2000 ms, so 4 s to 40 s.
 */
export const SIZING_SESSION_MS_MIN = 4000;
export const SIZING_SESSION_MS_MAX = 40_000;
/** Seeds per point of the check: the measured p99 is a mean over them. */
export const SIZING_SEEDS_MIN = 1;
export const SIZING_SEEDS_MAX = 5;
export const SIZING_DEFAULT_SEEDS = 2;
export const SIZING_DEFAULT_SESSION_MS = 6000;

export interface BackendsSpec {
  ratePerSec: number;
  meanServiceMs: number;
  targetP99Ms: number;
  sessionTimeoutMs: number;
  strategies: StrategyId[];
  seeds: number;
  /** Run the lab's simulation on the sampled points (default true). */
  simulate: boolean;
}

const KEYS = [
  'ratePerSec',
  'meanServiceMs',
  'targetP99Ms',
  'sessionTimeoutMs',
  'strategies',
  'seeds',
  'simulate',
] as const;

/** Throws FieldError naming the field (paths start with `path`, e.g. "backends"). */
export function resolveBackendsSpec(value: unknown, path: string): BackendsSpec {
  const obj: Obj = expectObject(value, path);
  checkKeys(obj, path, KEYS);
  const num = (key: string, min: number, max: number) =>
    requireNumber(obj, key, path, { min, max });
  const ratePerSec = num('ratePerSec', SIZING_RATE_MIN, SIZING_RATE_MAX);
  const meanServiceMs = num('meanServiceMs', SIZING_SERVICE_MS_MIN, SIZING_SERVICE_MS_MAX);
  const targetP99Ms = num('targetP99Ms', SIZING_TARGET_MS_MIN, SIZING_TARGET_MS_MAX);
  const sessionTimeoutMs = optionalInt(
    obj,
    'sessionTimeoutMs',
    path,
    { min: SIZING_SESSION_MS_MIN, max: SIZING_SESSION_MS_MAX },
    SIZING_DEFAULT_SESSION_MS,
  );
  const strategies = has(obj, 'strategies')
    ? strategyList(requireArray(obj, 'strategies', path), join(path, 'strategies'))
    : [...STRATEGY_IDS];
  const seeds = optionalInt(
    obj,
    'seeds',
    path,
    { min: SIZING_SEEDS_MIN, max: SIZING_SEEDS_MAX },
    SIZING_DEFAULT_SEEDS,
  );
  const simulate = optionalBool(obj, 'simulate', path, true);
  return { ratePerSec, meanServiceMs, targetP99Ms, sessionTimeoutMs, strategies, seeds, simulate };
}

function strategyList(items: unknown[], p: string): StrategyId[] {
  if (items.length === 0) fail(p, why('noStrategy', { known: [...STRATEGY_IDS] }));
  const out: StrategyId[] = [];
  items.forEach((item, i) => {
    const id = checkOneOf(item, at(p, i), STRATEGY_IDS, 'strategy');
    if (out.includes(id)) fail(at(p, i), why('strategyTwice', { id }));
    out.push(id);
  });
  return out;
}

export type BackendsSpecResult = { ok: true; spec: BackendsSpec } | { ok: false; error: string };

export function validateBackendsSpec(value: unknown, path = 'backends'): BackendsSpecResult {
  try {
    return { ok: true, spec: resolveBackendsSpec(value, path) };
  } catch (e) {
    if (e instanceof FieldError) return { ok: false, error: e.message };
    throw e;
  }
}
