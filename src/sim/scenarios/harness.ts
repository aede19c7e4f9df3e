/**
 * Test harness for scenario tests: validates a scenario object exactly as the runner does, runs
 * it with the invariant checker live on every event, and keeps the trace for assertions.
 */
import { buildReport } from '../engine/report';
import type { Simulation } from '../engine/simulation';
import { createSimulation } from '../extensions';
import { validateScenario } from '../scenario/validate';
import type { Report } from '../scenario/types';
import type { TraceEvent } from '../trace/traceEvent';

export interface Run {
  report: Report;
  trace: TraceEvent[];
  sim: Simulation;
  logs(sid: number): { t: number; text: string }[];
  stateChanges(sid: number): { t: number; state: string; phase: string | null }[];
  delivered(label: string, to?: number): TraceEvent[];
  /** The structured data of server `sid`'s trace lines of one kind (syncMode, newElection, ...). */
  logData(sid: number, kind: string): Record<string, unknown>[];
  /** The leader's syncMode entries for one learner, in order. */
  syncModes(leader: number, learner: number): Record<string, unknown>[];
}

/** The structured data of `sid`'s trace lines whose data.kind is `kind`. */
export function logData(trace: TraceEvent[], sid: number, kind: string): Record<string, unknown>[] {
  return trace.flatMap((e) =>
    e.k === 'log' && e.sid === sid && e.data?.['kind'] === kind ? [e.data] : [],
  );
}

export function run(scenario: unknown): Run {
  const v = validateScenario(scenario);
  if (!v.ok) throw new Error(`invalid test scenario: ${v.error}`);
  const trace: TraceEvent[] = [];
  const sim = createSimulation(v.scenario, { onTrace: (e) => trace.push(e) });
  sim.runUntil(v.scenario.untilMs);
  const report = buildReport(sim);
  return {
    report,
    trace,
    sim,
    logs: (sid) =>
      trace.flatMap((e) => (e.k === 'log' && e.sid === sid ? [{ t: e.t, text: e.text }] : [])),
    stateChanges: (sid) =>
      trace.flatMap((e) =>
        e.k === 'state' && e.sid === sid ? [{ t: e.t, state: e.state, phase: e.phase }] : [],
      ),
    delivered: (label, to) =>
      trace.filter(
        (e) => e.k === 'deliver' && e.label === label && (to === undefined || e.to === to),
      ),
    logData: (sid, kind) => logData(trace, sid, kind),
    syncModes: (leader, learner) =>
      logData(trace, leader, 'syncMode').filter((d) => d['learner'] === learner),
  };
}

/** A minimal scenario: n voters started at 0 with zoo_sample.cfg timing. */
export function ensemble(
  servers: number,
  extra: Record<string, unknown> = {},
  ensembleExtra: Record<string, unknown> = {},
) {
  return {
    version: 1,
    seed: 42,
    untilMs: 5000,
    ensemble: { servers, ...ensembleExtra },
    actions: [],
    ...extra,
  };
}

/**
 * Everything observable about a run: its report and the raw world (every server's machine state
 * included), as JSON. Two runs with equal fingerprints are the same run.
 */
export function fingerprint(sim: Simulation): string {
  return JSON.stringify({ report: buildReport(sim), world: sim.world });
}
