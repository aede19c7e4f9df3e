/**
 * Runs a RealScenario in the simulator and observes it the way the real harness observes an
 * ensemble: at each checkpoint, who leads in broadcast, its epoch, who follows, who is LOOKING,
 * and since the previous checkpoint which sync mode each learner got and which zxid each server
 * started an election with, both read from the trace's structured data (`syncMode` and
 * `newElection` entries). Pure (the simulator is), so the agreement test runs this very code.
 */
import { buildReport, createSimulation, validateScenario, type TraceEvent } from '../../sim/index';
import { SYNC_MODES, sorted, type Checkpoint, type RealScenario, type SyncMode } from './spec';
import { toSimScenario } from './translate';

export interface SimOutcome {
  seed: number;
  checkpoints: Checkpoint[];
  /** Invariant violations of the simulated run (there should be none). */
  violations: string[];
}

export function simulate(spec: RealScenario, seed: number): SimOutcome {
  const { scenario, checkpoints } = toSimScenario(spec, seed);
  const valid = validateScenario(scenario);
  if (!valid.ok) throw new Error(`${spec.id}: the translated scenario is invalid: ${valid.error}`);
  let logs: Extract<TraceEvent, { k: 'log' }>[] = [];
  const sim = createSimulation(valid.scenario, {
    onTrace: (e) => {
      if (e.k === 'log') logs.push(e);
    },
  });
  const observed: Checkpoint[] = [];
  for (const cp of checkpoints) {
    sim.runUntil(cp.atMs);
    observed.push(observe(cp.name, buildReport(sim), logs));
    logs = [];
  }
  const report = buildReport(sim);
  return {
    seed,
    checkpoints: observed,
    violations: report.violations.map((v) => `${v.atMs} ms ${v.invariant}: ${v.detail}`),
  };
}

type Report = ReturnType<typeof buildReport>;

function observe(
  name: string,
  report: Report,
  logs: Extract<TraceEvent, { k: 'log' }>[],
): Checkpoint {
  const followers: number[] = [];
  const looking: number[] = [];
  const unsettled: number[] = [];
  for (const s of report.servers) {
    // report.up is false for crashed and for frozen servers: neither is "running".
    if (!s.up || s.sid === report.leader) continue;
    if (s.state === 'FOLLOWING' && s.phase === 'broadcast') followers.push(s.sid);
    else if (s.state === 'LOOKING') looking.push(s.sid);
    else unsettled.push(s.sid);
  }
  const syncModes: Record<string, SyncMode> = {};
  const voteZxids: Record<string, string> = {};
  for (const l of logs) {
    const d = l.data;
    if (d !== undefined && d['kind'] === 'syncMode') {
      const mode = d['mode'];
      if (SYNC_MODES.includes(mode as SyncMode)) syncModes[String(d['learner'])] = mode as SyncMode;
    }
    // The structured vote of lookForLeader's "New election" line: the zxid it proposed.
    if (d !== undefined && d['kind'] === 'newElection' && typeof d['zxid'] === 'string')
      voteZxids[String(l.sid)] = d['zxid'];
  }
  return {
    name,
    leader: report.leader,
    epoch: report.epoch,
    followers,
    looking,
    unsettled,
    syncModes: sorted(syncModes),
    voteZxids: sorted(voteZxids),
  };
}
