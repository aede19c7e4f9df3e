/**
 * Setting the lab up in a new world, and copying it for a checkpoint.
 *
 * Backends register through ZooKeeper, so the lab adds ordinary clients to the world, after the
 * scenario's own: one per backend (id `lb:<backend>`, connect string = every voter, the balancer's
 * sessionTimeoutMs, recipe register at `<service>/<backend>` with data `<backend>:80`), initial
 * backends first, then one per add-backend action (dormant until that action starts it), then one
 * per spare (dormant until a person's add-backend names it), then the
 * balancer (`lb:balancer`, recipe discover on the service). Sessions, expiry and watches are
 * therefore the simulation's own, and the membership the strategies see comes only from the
 * balancer's discover recipe.
 */
import { assert } from '../kernel/assert';
import { cloneList } from '../kernel/chunkedList';
import { clonePrng, prngFor } from '../kernel/prng';
import type { ResolvedBackend, ResolvedClient, ResolvedScenario } from '../scenario/types';
import { why, type FieldProblem } from '../scenario/why';
import { zkPathProblemOf } from '../scenario/zkPath';
import { createMetrics, DEFAULT_INTERVAL_MS, type LbMetrics } from '../lb/metrics';
import { strategyFor, type StrategyState } from '../lb/strategies/index';
import type { LabState, StrategyRun } from './labTypes';

export const BALANCER_CLIENT_ID = 'lb:balancer';
export const backendClientId = (backend: string): string => `lb:${backend}`;

export interface LabLayout {
  /** Every backend the run can have: initial ones, then add-backend ones in time order. */
  backends: { spec: ResolvedBackend; initial: boolean; spare: boolean }[];
  /**
   * The lab's clients, which the engine appends to the scenario's: backend k's client is the
   * lab's client k, the balancer's comes last (world index: the lab's first client + these).
   */
  clients: ResolvedClient[];
  balancerClient: number;
  /** The lab's clients that start at 0 (initial backends and the balancer). */
  startAtZero: number[];
}

const layouts = new WeakMap<ResolvedScenario, LabLayout | null>();

/** The lab's backends and clients for a scenario; null without a balancer. Cached per scenario. */
export function labLayout(scenario: ResolvedScenario): LabLayout | null {
  const cached = layouts.get(scenario);
  if (cached !== undefined) return cached;
  const layout = scenario.balancer === null ? null : buildLayout(scenario);
  layouts.set(scenario, layout);
  return layout;
}

function buildLayout(scenario: ResolvedScenario): LabLayout {
  const b = scenario.balancer!;
  const voters = Array.from({ length: scenario.ensemble.servers }, (_, i) => i + 1);
  const backends = b.backends.map((spec) => ({ spec, initial: true, spare: false, atMs: 0 }));
  for (const a of b.actions)
    if (a.do === 'add-backend' && !a.spare)
      backends.push({ spec: a.backend, initial: false, spare: false, atMs: a.atMs });
  // Spares come last: dormant until an add-backend names one (startAtMs is not used for lab
  // clients; the action starts them).
  for (const spec of b.spares) backends.push({ spec, initial: false, spare: true, atMs: 0 });
  const clients: ResolvedClient[] = backends.map(({ spec, atMs }) => ({
    id: backendClientId(spec.id),
    connect: voters,
    sessionTimeoutMs: b.sessionTimeoutMs,
    startAtMs: atMs,
    recipe: { kind: 'register', path: `${b.service}/${spec.id}`, data: `${spec.id}:80` },
  }));
  clients.push({
    id: BALANCER_CLIENT_ID,
    connect: voters,
    sessionTimeoutMs: b.sessionTimeoutMs,
    startAtMs: 0,
    recipe: { kind: 'discover', path: b.service },
  });
  const balancerClient = backends.length;
  const startAtZero = backends.flatMap((x, k) => (x.initial ? [k] : []));
  startAtZero.push(balancerClient);
  return {
    backends: backends.map(({ spec, initial, spare }) => ({ spec, initial, spare })),
    clients,
    balancerClient,
    startAtZero,
  };
}

/**
 * What a valid scenario may still hold that the lab cannot run, or null: a scenario client whose
 * id takes the lab's "lb:" prefix, or a backend id that is not one znode name under the service
 * (its znode would not be a child of the service, so discovery would never see it). A code, so
 * that the app words it in the reader's language and the runner in English (scenario/why.ts).
 */
export function labProblem(scenario: ResolvedScenario): FieldProblem | null {
  const b = scenario.balancer;
  if (b === null) return null;
  const i = scenario.clients.findIndex((c) => c.id.startsWith('lb:'));
  if (i >= 0) return { path: `clients[${i}].id`, why: why('labClientId', {}) };
  for (const { spec } of labLayout(scenario)!.backends) {
    const problem = spec.id.includes('/')
      ? { code: 'slash' as const }
      : zkPathProblemOf(`${b.service}/${spec.id}`);
    if (problem !== null)
      return {
        path: 'balancer',
        why: why('backendNotZnode', { id: spec.id, service: b.service, problem }),
      };
  }
  return null;
}

/**
 * The lab of a new world; `firstClient` is the index in world.clients of the lab's first client
 * (the engine appends the lab's clients to the scenario's).
 */
export function createLab(scenario: ResolvedScenario, firstClient: number): LabState {
  const layout = labLayout(scenario);
  const b = scenario.balancer;
  assert(layout !== null && b !== null, 'the lab needs a balancer');
  const runs: StrategyRun[] = b.strategies.map((id) => ({
    id,
    state: strategyFor(id).init([], { vnodes: b.vnodes }),
    rng: prngFor(scenario.seed, `lb:${id}`),
    load: layout.backends.map(() => ({
      serving: [],
      queue: [],
      served: 0,
      busyMs: 0,
      queuePeak: 0,
      admitted: 0,
      dropped: 0,
      failed: 0,
    })),
    metrics: createMetrics(id, DEFAULT_INTERVAL_MS, 0),
    recentPicks: [],
  }));
  return {
    balancerClient: firstClient + layout.balancerClient,
    backends: layout.backends.map(({ spec, initial, spare }, k) => ({
      spec,
      spare,
      client: firstClient + k,
      present: initial,
      addedAtMs: 0,
      alive: initial,
      removed: false,
      slowFactor: 1,
      incarnation: 0,
    })),
    view: [],
    traffic: null,
    runs,
    membershipChanges: [],
    zkEvents: [],
  };
}

// ---------------------------------------------------------------- checkpoint copies

/**
 * A copy that evolves independently, at a cost that does not grow with the run's length: jobs,
 * membership changes, series points and last picks are never mutated once created, so they are
 * shared; latencies are a chunked list.
 */
export function cloneLab(lab: LabState): LabState {
  return {
    ...lab,
    backends: lab.backends.map((b) => ({ ...b })),
    view: lab.view.slice(),
    traffic: lab.traffic === null ? null : { ...lab.traffic, rng: clonePrng(lab.traffic.rng) },
    runs: lab.runs.map(cloneRun),
    membershipChanges: lab.membershipChanges.slice(),
    zkEvents: lab.zkEvents.slice(),
  };
}

function cloneRun(run: StrategyRun): StrategyRun {
  return {
    ...run,
    state: clonePlain(run.state),
    rng: clonePrng(run.rng),
    load: run.load.map((l) => ({ ...l, serving: l.serving.slice(), queue: l.queue.slice() })),
    metrics: cloneMetrics(run.metrics),
    recentPicks: run.recentPicks.slice(),
  };
}

function cloneMetrics(m: LbMetrics): LbMetrics {
  return {
    ...m,
    latenciesMs: cloneList(m.latenciesMs),
    backendIds: m.backendIds.slice(),
    served: m.served.slice(),
    window: { ...m.window, latenciesMs: m.window.latenciesMs.slice() },
    series: m.series.slice(),
  };
}

/**
 * Every strategy state is one level deep: scalars and arrays of numbers or strings (types.ts:
 * plain data), so copying each array is a deep copy.
 */
function clonePlain(state: StrategyState): StrategyState {
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(state)) copy[k] = Array.isArray(v) ? v.slice() : v;
  return copy as unknown as StrategyState;
}
