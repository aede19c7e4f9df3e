/**
 * The runner's report (SCENARIO.md "The runner"), projected from the world at the end of a run.
 */
import { lastItem, toArray } from '../kernel/chunkedList';
import type { Report } from '../scenario/types';
import { traceHashHex } from '../trace/traceHash';
import { formatZxid, ZXID_ZERO } from '../zab/zxid';
import type { Simulation } from './simulation';

export function buildReport(sim: Simulation): Report {
  const w = sim.world;
  let leader: number | null = null;
  let epoch: number | null = null;
  for (const s of w.servers) {
    if (s.up && !s.frozen && s.state === 'LEADING' && s.phase === 'broadcast' && (epoch === null || s.disk.currentEpoch > epoch)) {
      leader = s.sid;
      epoch = s.disk.currentEpoch;
    }
  }
  return {
    seed: w.scenario.seed,
    untilMs: w.scenario.untilMs,
    events: w.events,
    traceHash: traceHashHex(w.traceHash),
    leader,
    epoch,
    servers: w.servers.map((s) => ({
      sid: s.sid,
      up: s.up && !s.frozen,
      state: s.state,
      phase: s.state === 'DOWN' ? null : s.phase,
      acceptedEpoch: s.disk.acceptedEpoch,
      currentEpoch: s.disk.currentEpoch,
      lastZxid: formatZxid(lastItem(s.disk.log)?.zxid ?? ZXID_ZERO),
      delivered: s.delivered,
    })),
    elections: w.elections.map((e) => ({ ...e })),
    writes: toArray(w.writes).map((wr) => ({
      atMs: wr.atMs, via: wr.via, path: wr.path, zxid: wr.zxid ? formatZxid(wr.zxid) : null, outcome: wr.outcome,
      ...(wr.error !== undefined ? { error: wr.error } : {}),
    })),
    violations: w.violations.map((v) => ({ ...v })),
  };
}
