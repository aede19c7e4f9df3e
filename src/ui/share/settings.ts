/**
 * The settings form over a scenario: the ensemble's size and timing, the network delay, the seed
 * and the run's length, each with a documented bound (SETTING_BOUNDS, shown beside its field).
 * Applying them keeps the scenario's script only when the person says so (the dialog lists it);
 * even then, actions, starts and initial states that name a server no longer in the ensemble are
 * dropped, and the caller says how many.
 */
import type { Scenario } from '../../sim/vocabulary';

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

/**
 * Each field's bounds, in its own unit (the run's length in ms, shown in seconds with one
 * decimal). ZooKeeper's own defaults sit well inside: tickTime 2000 ms, initLimit 10, syncLimit 5.
 */
export const SETTING_BOUNDS: Record<keyof Settings, { min: number; max: number }> = {
  seed: { min: 0, max: 4294967295 },
  servers: { min: LIMITS.serversMin, max: LIMITS.serversMax },
  observers: { min: 0, max: LIMITS.sidsMax - LIMITS.serversMin },
  tickTimeMs: { min: 100, max: 10000 },
  initLimit: { min: 1, max: 50 },
  syncLimit: { min: 1, max: 50 },
  delayMsMin: { min: 0, max: 1000 },
  delayMsMax: { min: 0, max: 1000 },
  untilMs: { min: 1000, max: 3_600_000 },
};

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

/** What is wrong with a set of values, as a code the dialog words, or null. */
export type SettingsProblem =
  | { kind: 'range'; field: keyof Settings; min: number; max: number }
  | { kind: 'tooMany'; max: number }
  | { kind: 'delayOrder' };

export function settingsProblem(v: Settings): SettingsProblem | null {
  for (const field of Object.keys(SETTING_BOUNDS) as (keyof Settings)[]) {
    const { min, max } = SETTING_BOUNDS[field];
    const x = v[field];
    if (!Number.isSafeInteger(x) || x < min || x > max) return { kind: 'range', field, min, max };
  }
  if (v.servers + v.observers > LIMITS.sidsMax) return { kind: 'tooMany', max: LIMITS.sidsMax };
  if (v.delayMsMin > v.delayMsMax) return { kind: 'delayOrder' };
  return null;
}

type Action = NonNullable<Scenario['actions']>[number];

function sidsOf(a: Action): number[] {
  const r = a as unknown as Record<string, unknown>;
  const out: number[] = [];
  for (const key of ['sid', 'via', 'from', 'to']) if (typeof r[key] === 'number') out.push(r[key]);
  if (Array.isArray(r['groups'])) for (const g of r['groups'] as number[][]) out.push(...g);
  return out;
}

export function applySettings(
  s: Scenario,
  v: Settings,
  keepScript = true,
): { scenario: Scenario; dropped: number } {
  const total = v.servers + v.observers;
  const fits = (sid: number) => sid >= 1 && sid <= total;
  const actions = keepScript ? (s.actions ?? []) : [];
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

/**
 * The scenario's script, summed up for the dialog: how many writes, and each fault with its time
 * and server ('leader' for whoever leads then); anything else is counted as other actions.
 */
export interface ScriptSummary {
  writes: number;
  faults: { atMs: number; do: string; sid: number | 'leader' | null }[];
  other: number;
}

const FAULTS = new Set(['crash', 'restart', 'freeze', 'unfreeze', 'partition', 'heal']);

export function scriptSummary(s: Scenario): ScriptSummary {
  const out: ScriptSummary = { writes: 0, faults: [], other: 0 };
  for (const a of s.actions ?? []) {
    if (a.do === 'write') out.writes++;
    else if (FAULTS.has(a.do)) {
      const sid = 'sid' in a && (typeof a.sid === 'number' || a.sid === 'leader') ? a.sid : null;
      out.faults.push({ atMs: a.atMs, do: a.do, sid });
    } else out.other++;
  }
  return out;
}
