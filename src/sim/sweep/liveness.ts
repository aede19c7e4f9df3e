/**
 * Liveness after healing (ZAB.md section 7.3, items 1-4), checked on a finished sweep run: by
 * the end, one leader in broadcast, every server following it in broadcast (rejoin), every probe
 * write committed and applied everywhere (progress), and no new leader once the probes start
 * (stability).
 */
import { at } from '../kernel/chunkedList';
import type { Simulation } from '../engine/simulation';
import type { SwarmPlan } from './swarm';
import { treeDigest } from '../zk/digest';

export interface LivenessFailure {
  property:
    | 'ElectionTerminates'
    | 'Rejoin'
    | 'Progress'
    | 'Stability'
    | 'SessionExpiry'
    | 'Discovery'
    | 'LockExclusive'
    | 'TreesAgree'
    | 'EventBudget';
  detail: string;
}

export function checkLiveness(sim: Simulation, plan: SwarmPlan): LivenessFailure[] {
  const w = sim.world;
  const out: LivenessFailure[] = [];
  // A run cut short by the event budget never reached its liveness phase: say so first.
  const spent = sim.budgetSpentBefore(plan.scenario.untilMs);
  if (spent !== null)
    out.push({
      property: 'EventBudget',
      detail: `the run stopped at the event budget (${spent.events} events) at ${spent.atMs} ms`,
    });
  const leaders = w.servers.filter((s) => s.state === 'LEADING' && s.phase === 'broadcast');
  if (leaders.length !== 1) {
    out.push({
      property: 'ElectionTerminates',
      detail: `${leaders.length} servers lead in broadcast at the end: ${w.servers.map((s) => `S${s.sid} ${s.state}/${s.phase}`).join(', ')}`,
    });
    return out;
  }
  const leader = leaders[0] as (typeof leaders)[number];
  for (const s of w.servers) {
    if (s === leader) continue;
    const role = s.sid > plan.servers ? 'OBSERVING' : 'FOLLOWING';
    if (
      s.state !== role ||
      s.phase !== 'broadcast' ||
      s.disk.currentEpoch !== leader.disk.currentEpoch
    ) {
      out.push({
        property: 'Rejoin',
        detail: `S${s.sid} is ${s.state}/${s.phase} in epoch ${s.disk.currentEpoch}, not ${role} S${leader.sid} in epoch ${leader.disk.currentEpoch}`,
      });
    }
  }
  for (let i = 0; i < w.writes.length; i++) {
    const wr = at(w.writes, i);
    if (wr && wr.atMs >= plan.probeAtMs && wr.outcome !== 'committed') {
      out.push({
        property: 'Progress',
        detail: `probe write via S${wr.via} at ${wr.atMs} ms is ${wr.outcome}${wr.error ? ` (${wr.error})` : ''}`,
      });
    }
  }
  for (const s of w.servers) {
    if (s.delivered !== leader.delivered)
      out.push({
        property: 'Progress',
        detail: `S${s.sid} delivered ${s.delivered} txns, the leader S${leader.sid} ${leader.delivered}`,
      });
  }
  const late = w.elections.filter((e) => e.establishedAtMs >= plan.probeAtMs);
  if (late.length > 0)
    out.push({
      property: 'Stability',
      detail: `a leader was established after the probes began: S${late[0]?.leader} in epoch ${late[0]?.epoch}`,
    });
  out.push(...checkClients(sim, plan));
  return out;
}

/** Sessions and recipes once the ensemble is stable (ZAB.md 7.3 item 5, issue "ZooKeeper semantics"). */
function checkClients(sim: Simulation, plan: SwarmPlan): LivenessFailure[] {
  const w = sim.world;
  const out: LivenessFailure[] = [];
  const digests = new Set(w.servers.map((s) => treeDigest(s.zk.tree)));
  if (digests.size > 1)
    out.push({
      property: 'TreesAgree',
      detail: `servers end with ${digests.size} different data trees`,
    });
  if (plan.silentClient) {
    const holders = w.servers
      .filter((s) => s.zk.tree.nodes[plan.silentClient?.path ?? ''] !== undefined)
      .map((s) => s.sid);
    if (holders.length > 0)
      out.push({
        property: 'SessionExpiry',
        detail: `${plan.silentClient.path} of crashed client ${plan.silentClient.id} is still on ${holders.map((s) => 'S' + s).join(', ')}`,
      });
  }
  // Discovery: a stable discoverer's view is the current membership, and every live registered
  // instance is in it. (An instance's node may legitimately linger until its old session expires.)
  const live = w.clients.filter((c) => c.client.status === 'CONNECTED');
  const registered = live
    .filter(
      (c) =>
        c.recipe?.recipe.kind === 'register' &&
        c.recipe.registered &&
        c.client.id !== plan.silentClient?.id,
    )
    .map((c) => c.client.id)
    .sort();
  const leader = w.servers.find((s) => s.state === 'LEADING' && s.phase === 'broadcast');
  const current = (leader?.zk.tree.nodes['/svc/s']?.children ?? []).slice().sort();
  for (const c of live) {
    if (c.recipe?.recipe.kind !== 'discover') continue;
    const seen = c.recipe.members;
    const missing = registered.filter((id) => !seen.includes(id));
    if (seen.join(',') !== current.join(',') || missing.length > 0) {
      out.push({
        property: 'Discovery',
        detail: `client ${c.client.id} sees [${seen.join(',')}]; the tree has [${current.join(',')}]; live registered instances are [${registered.join(',')}]`,
      });
    }
  }
  const holds = w.clients.flatMap((c) =>
    (c.recipe?.acquired ?? []).map((a) => ({
      id: c.client.id,
      from: a.atMs,
      to: a.releasedAtMs ?? w.nowMs,
    })),
  );
  holds.sort((a, b) => a.from - b.from);
  for (let i = 1; i < holds.length; i++) {
    const a = holds[i - 1] as (typeof holds)[number],
      b = holds[i] as (typeof holds)[number];
    if (b.from < a.to)
      out.push({
        property: 'LockExclusive',
        detail: `clients ${a.id} and ${b.id} both held /locks/job between ${b.from} and ${Math.min(a.to, b.to)} ms`,
      });
  }
  return out;
}
