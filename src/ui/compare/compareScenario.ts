/**
 * The built-in scenario of the comparison view (SCENARIO.md "The load-balancing lab"): three
 * voters, four backends of which b4 is four times slower, 300 requests per second, and b2 killed
 * at 20 s, so that its znode lingers until its 6 s session expires. Which strategies run is the
 * person's choice; the seed stays the same, so every choice sees the identical request stream.
 */
import type { Scenario } from '../../sim/scenario/types';
import type { StrategyId } from '../../sim/lb/types';

/** The strategies a person can pick, in the simulation's display order. */
export const STRATEGY_CHOICES = [
  'round-robin',
  'weighted-round-robin',
  'random',
  'least-connections',
  'hash-mod',
  'consistent-hash',
  'p2c',
  'pewma',
] as const satisfies readonly StrategyId[];

export const DEFAULT_STRATEGIES: StrategyId[] = ['round-robin', 'least-connections'];
export const MIN_STRATEGIES = 2;
export const MAX_STRATEGIES = 4;
export const COMPARE_SEED = 7;

export function compareScenario(strategies: readonly StrategyId[], seed = COMPARE_SEED): Scenario {
  const backend = (id: string, meanServiceMs: number) => ({
    id,
    meanServiceMs,
    slots: 4,
    queueMax: 50,
    weight: 1,
  });
  return {
    version: 1,
    seed,
    untilMs: 60000,
    ensemble: { servers: 3 },
    balancer: {
      service: '/services/api',
      sessionTimeoutMs: 6000,
      strategies: [...strategies],
      backends: [backend('b1', 20), backend('b2', 20), backend('b3', 20), backend('b4', 80)],
      traffic: { ratePerSec: 300 },
      actions: [{ atMs: 20000, do: 'kill-backend', backend: 'b2' }],
    },
  } as Scenario;
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
