/**
 * Liveness after healing (ZAB.md section 7.3, items 1-4), checked on a finished sweep run: by
 * the end, one leader in broadcast, every server following it in broadcast (rejoin), every probe
 * write committed and applied everywhere (progress), and no new leader once the probes start
 * (stability).
 */
import { at } from '../kernel/chunkedList';
import type { Simulation } from '../engine/simulation';
import type { SwarmPlan } from './swarm';

export interface LivenessFailure {
  property: 'ElectionTerminates' | 'Rejoin' | 'Progress' | 'Stability';
  detail: string;
}

export function checkLiveness(sim: Simulation, plan: SwarmPlan): LivenessFailure[] {
  const w = sim.world;
  const out: LivenessFailure[] = [];
  const leaders = w.servers.filter((s) => s.state === 'LEADING' && s.phase === 'broadcast');
  if (leaders.length !== 1) {
    out.push({ property: 'ElectionTerminates', detail: `${leaders.length} servers lead in broadcast at the end: ${w.servers.map((s) => `S${s.sid} ${s.state}/${s.phase}`).join(', ')}` });
    return out;
  }
  const leader = leaders[0] as (typeof leaders)[number];
  for (const s of w.servers) {
    if (s === leader) continue;
    const role = s.sid > plan.servers ? 'OBSERVING' : 'FOLLOWING';
    if (s.state !== role || s.phase !== 'broadcast' || s.disk.currentEpoch !== leader.disk.currentEpoch) {
      out.push({ property: 'Rejoin', detail: `S${s.sid} is ${s.state}/${s.phase} in epoch ${s.disk.currentEpoch}, not ${role} S${leader.sid} in epoch ${leader.disk.currentEpoch}` });
    }
  }
  for (let i = 0; i < w.writes.length; i++) {
    const wr = at(w.writes, i);
    if (wr && wr.atMs >= plan.probeAtMs && wr.outcome !== 'committed') {
      out.push({ property: 'Progress', detail: `probe write via S${wr.via} at ${wr.atMs} ms is ${wr.outcome}${wr.error ? ` (${wr.error})` : ''}` });
    }
  }
  for (const s of w.servers) {
    if (s.delivered !== leader.delivered) out.push({ property: 'Progress', detail: `S${s.sid} delivered ${s.delivered} txns, the leader S${leader.sid} ${leader.delivered}` });
  }
  const late = w.elections.filter((e) => e.establishedAtMs >= plan.probeAtMs);
  if (late.length > 0) out.push({ property: 'Stability', detail: `a leader was established after the probes began: S${late[0]?.leader} in epoch ${late[0]?.epoch}` });
  return out;
}
