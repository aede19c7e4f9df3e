/**
 * The settings form over a scenario: the ensemble's size and timing, the network delay, the seed
 * and the run's length. Applying them keeps the scenario's script where it still makes sense:
 * actions, starts and initial states that name a server no longer in the ensemble are dropped,
 * and the caller says how many.
 */
import type { Scenario } from '../../sim/scenario/types';

export interface Settings {
  seed: number;
  servers: number;
  observers: number;
  tickTimeMs: number;
  initLimit: number;
  syncLimit: number;
  delayMsMin: number;
  delayMsMax: number;
  untilMs: number;
}

export const LIMITS = { serversMin: 3, serversMax: 9, sidsMax: 9 } as const;

export function settingsOf(s: Scenario): Settings {
  return {
    seed: s.seed,
    servers: s.ensemble.servers,
    observers: s.ensemble.observers ?? 0,
    tickTimeMs: s.ensemble.tickTimeMs ?? 2000,
    initLimit: s.ensemble.initLimit ?? 10,
    syncLimit: s.ensemble.syncLimit ?? 5,
    delayMsMin: s.network?.delayMsMin ?? 1,
    delayMsMax: s.network?.delayMsMax ?? 5,
    untilMs: s.untilMs,
  };
}

type Action = NonNullable<Scenario['actions']>[number];

function sidsOf(a: Action): number[] {
  const r = a as unknown as Record<string, unknown>;
  const out: number[] = [];
  for (const key of ['sid', 'via', 'from', 'to']) if (typeof r[key] === 'number') out.push(r[key]);
  if (Array.isArray(r['groups'])) for (const g of r['groups'] as number[][]) out.push(...g);
  return out;
}

export function applySettings(s: Scenario, v: Settings): { scenario: Scenario; dropped: number } {
  const total = v.servers + v.observers;
  const fits = (sid: number) => sid >= 1 && sid <= total;
  const actions = s.actions ?? [];
  // A partition must name every sid: with a different ensemble its groups no longer do.
  const sameSize = total === s.ensemble.servers + (s.ensemble.observers ?? 0);
  const kept = actions.filter((a) => sidsOf(a).every(fits) && (a.do !== 'partition' || sameSize));
  const ensemble = {
    ...s.ensemble,
    servers: v.servers,
    observers: v.observers,
    tickTimeMs: v.tickTimeMs,
    initLimit: v.initLimit,
    syncLimit: v.syncLimit,
  };
  if (s.ensemble.start) ensemble.start = s.ensemble.start.filter((x) => fits(x.sid));
  if (s.ensemble.initial) ensemble.initial = s.ensemble.initial.filter((x) => fits(x.sid));
  const scenario: Scenario = {
    ...s,
    seed: v.seed,
    untilMs: v.untilMs,
    ensemble,
    network: { ...s.network, delayMsMin: v.delayMsMin, delayMsMax: v.delayMsMax },
    actions: kept,
  };
  return { scenario, dropped: actions.length - kept.length };
}
