/**
 * The built-in scenario of the comparison view (SCENARIO.md "The load-balancing lab"): three
 * voters, by default four backends of which b4 is four times slower, 300 requests per second, four
 * spares a person may add, and b2 killed at 20 s, so that its znode lingers until its 6 s session
 * expires. Which strategies run, and the traffic and pool parameters, are the person's choice; the
 * seed stays the same, so every choice sees the identical request stream.
 */
import type { Scenario } from '../../sim/vocabulary';
import { STRATEGY_IDS, type StrategyId } from '../../sim/vocabulary';

/** The strategies a person can pick: every one the simulation has, in its display order. */
export const STRATEGY_CHOICES = STRATEGY_IDS;

export const DEFAULT_STRATEGIES: StrategyId[] = ['round-robin', 'least-connections'];
export const MIN_STRATEGIES = 2;
export const MAX_STRATEGIES = 4;
export const COMPARE_SEED = 7;

/**
 * What a person can tune in the comparison: the traffic (rate, bursts, key skew) and the pool
 * (how many backends, how fast, how much slower the last one is, their ZooKeeper session timeout).
 */
export interface LabParams {
  ratePerSec: number;
  /** During a burst the rate is this many times higher (1: no bursts). */
  burstFactor: number;
  /** Zipf exponent of the key popularity (0: every key equally likely). */
  keySkew: number;
  backends: number;
  meanServiceMs: number;
  /** The last backend's service time is this many times longer (1: all alike). */
  slowFactor: number;
  sessionTimeoutMs: number;
}

/** Each field's range; the sliders use them and labParamsProblem enforces them. */
export const LAB_LIMITS: Record<keyof LabParams, { min: number; max: number; step: number }> = {
  ratePerSec: { min: 10, max: 2000, step: 10 },
  burstFactor: { min: 1, max: 8, step: 0.5 },
  keySkew: { min: 0, max: 2, step: 0.1 },
  backends: { min: 2, max: 16, step: 1 },
  meanServiceMs: { min: 1, max: 200, step: 1 },
  slowFactor: { min: 1, max: 10, step: 0.5 },
  // ZooKeeper negotiates a session timeout into [2, 20] x tickTime (2000 ms by default).
  sessionTimeoutMs: { min: 4000, max: 40000, step: 1000 },
};

export const DEFAULT_LAB_PARAMS: LabParams = {
  ratePerSec: 300,
  burstFactor: 1,
  keySkew: 0,
  backends: 4,
  meanServiceMs: 20,
  slowFactor: 4,
  sessionTimeoutMs: 6000,
};

/** Bursts last 1 s and come every 5 s, so a run shows the baseline between them. */
export const BURST_ON_MS = 1000;
export const BURST_OFF_MS = 4000;
/** Spares a person may add while the run plays ("Add a backend"). */
export const SPARE_COUNT = 4;
const SLOTS = 4;
const QUEUE_MAX = 50;
const KEY_COUNT = 10000;

/** The first field out of range, named, or null. */
export function labParamsProblem(p: LabParams): string | null {
  for (const key of Object.keys(LAB_LIMITS) as (keyof LabParams)[]) {
    const { min, max } = LAB_LIMITS[key];
    const v = p[key];
    if (!Number.isFinite(v) || v < min || v > max)
      return `${key}: expected a number from ${min} to ${max}, got ${String(v)}`;
    if (key === 'backends' && !Number.isInteger(v))
      return `backends: expected a whole number, got ${v}`;
  }
  return null;
}

function backendSpec(id: string, meanServiceMs: number) {
  return { id, meanServiceMs, slots: SLOTS, queueMax: QUEUE_MAX, weight: 1 };
}

export function compareScenario(
  strategies: readonly StrategyId[],
  params: LabParams = DEFAULT_LAB_PARAMS,
  seed = COMPARE_SEED,
): Scenario {
  const n = params.backends;
  const backends = Array.from({ length: n }, (_, i) =>
    backendSpec(`b${i + 1}`, params.meanServiceMs * (i === n - 1 ? params.slowFactor : 1)),
  );
  const spares = Array.from({ length: SPARE_COUNT }, (_, i) =>
    backendSpec(`b${n + i + 1}`, params.meanServiceMs),
  );
  const burst =
    params.burstFactor === 1
      ? null
      : { onMs: BURST_ON_MS, offMs: BURST_OFF_MS, factor: params.burstFactor };
  return {
    version: 1,
    seed,
    untilMs: 60000,
    ensemble: { servers: 3 },
    balancer: {
      service: '/services/api',
      sessionTimeoutMs: params.sessionTimeoutMs,
      strategies: [...strategies],
      backends,
      spares,
      traffic: {
        ratePerSec: params.ratePerSec,
        burst,
        keys: { count: KEY_COUNT, zipfS: params.keySkew },
      },
      actions: [{ atMs: 20000, do: 'kill-backend', backend: 'b2' }],
    },
  } as Scenario;
}

/**
 * The tunable parameters a scenario with a balancer has (for a scenario not built here: the
 * first backend's speed, and the last one's ratio to it), or the defaults without a balancer.
 */
export function labParamsOf(scenario: Scenario | null): LabParams {
  const b = scenario?.balancer;
  if (!b || b.backends.length === 0) return { ...DEFAULT_LAB_PARAMS };
  const first = b.backends[0]!.meanServiceMs;
  const last = b.backends[b.backends.length - 1]!.meanServiceMs;
  return {
    ratePerSec: b.traffic.ratePerSec,
    burstFactor: b.traffic.burst?.factor ?? 1,
    keySkew: b.traffic.keys?.zipfS ?? 0,
    backends: b.backends.length,
    meanServiceMs: first,
    slowFactor: first > 0 ? last / first : 1,
    sessionTimeoutMs: b.sessionTimeoutMs,
  };
}

/** The built-in comparison with these parameters, comparing the same strategies with the same seed. */
export function withLabParams(scenario: Scenario | null, params: LabParams): Scenario {
  const strategies = strategiesOf(scenario) ?? DEFAULT_STRATEGIES;
  return compareScenario(strategies, params, scenario?.seed ?? COMPARE_SEED);
}

/** The strategies a loaded scenario compares, or null when it has no balancer. */
export function strategiesOf(scenario: Scenario | null): StrategyId[] | null {
  const b = scenario?.balancer;
  return b ? [...b.strategies] : null;
}

/** The same scenario (same seed, same everything) comparing other strategies. */
export function withStrategies(scenario: Scenario, strategies: readonly StrategyId[]): Scenario {
  const b = scenario.balancer;
  if (!b) return compareScenario(strategies);
  return { ...scenario, balancer: { ...b, strategies: [...strategies] } };
}

/** Picks `id` for slot `index`; if another slot already holds it, the two swap. */
export function chooseStrategy(
  list: readonly StrategyId[],
  index: number,
  id: StrategyId,
): StrategyId[] {
  const next = list.slice();
  const other = next.indexOf(id);
  const previous = next[index];
  if (previous === undefined) return next;
  next[index] = id;
  if (other >= 0 && other !== index) next[other] = previous;
  return next;
}

/** One more slot (up to MAX_STRATEGIES), holding the first strategy not already shown. */
export function addStrategy(list: readonly StrategyId[]): StrategyId[] {
  if (list.length >= MAX_STRATEGIES) return list.slice();
  const free = STRATEGY_CHOICES.find((id) => !list.includes(id));
  return free ? [...list, free] : list.slice();
}

/** Removes slot `index`, keeping at least MIN_STRATEGIES. */
export function removeStrategy(list: readonly StrategyId[], index: number): StrategyId[] {
  if (list.length <= MIN_STRATEGIES) return list.slice();
  return list.filter((_, i) => i !== index);
}
