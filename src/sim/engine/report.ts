/**
 * The runner's report (SCENARIO.md "The runner"), projected from the world at the end of a run.
 */
import { lastItem, toArray } from '../kernel/chunkedList';
import type { ClientStatus } from '../client/clientProcess';
import type { RecipeState } from '../client/recipes';
import type { ClientReport, RecipeReport, Report, TreeReport } from '../scenario/types';
import { listNodes } from '../zk/dataTree';
import { treeDigest } from '../zk/digest';
import type { ClientRecord, ServerRecord } from './world';
import { traceHashHex } from '../trace/traceHash';
import { formatZxid, ZXID_ZERO } from '../zab/zxid';
import type { Simulation } from './simulation';
import { costReport } from './cost/costReport';

export function buildReport(sim: Simulation): Report {
  const w = sim.world;
  let leader: number | null = null;
  let epoch: number | null = null;
  for (const s of w.servers) {
    if (
      s.up &&
      !s.frozen &&
      s.state === 'LEADING' &&
      s.phase === 'broadcast' &&
      (epoch === null || s.disk.currentEpoch > epoch)
    ) {
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
      atMs: wr.atMs,
      via: wr.via,
      path: wr.path,
      zxid: wr.zxid ? formatZxid(wr.zxid) : null,
      outcome: wr.outcome,
      ...(wr.error !== undefined ? { error: wr.error } : {}),
    })),
    violations: w.violations.map((v) => ({
      atMs: v.atMs,
      invariant: v.invariant,
      detail: v.detail,
      code: v.code ?? v.invariant,
      params: v.params ?? null,
    })),
    ...(w.clients.length > 0
      ? { clients: w.clients.map(clientReport), tree: w.servers.map(treeReport) }
      : {}),
    // Each extension's own sections (the lab's "balancer"), last, in the run's order.
    ...Object.assign({}, ...sim.extensions.map((e) => e.report?.(w.extensions[e.name], w) ?? {})),
    ...(w.cost ? { cost: costReport(w) } : {}),
  };
}

function clientState(s: ClientStatus): ClientReport['state'] {
  switch (s) {
    case 'NOT_STARTED':
    case 'CONNECTING':
      return 'CONNECTING';
    case 'CRASHED':
      return 'CLOSED';
    default:
      return s;
  }
}

function recipeReport(r: RecipeState | null): RecipeReport | null {
  if (!r) return null;
  switch (r.recipe.kind) {
    case 'register':
      return { kind: 'register', registered: r.registered };
    case 'discover':
      return { kind: 'discover', members: r.members.slice() };
    case 'config':
      return { kind: 'config', value: r.value, updates: r.updates };
    case 'lock':
      return { kind: 'lock', acquired: r.acquired.map((a) => ({ ...a })) };
  }
}

function clientReport(rec: ClientRecord): ClientReport {
  const c = rec.client;
  return {
    id: c.id,
    sessionId: c.sessionId,
    state: clientState(c.status),
    server: c.status === 'CONNECTED' ? c.server : null,
    lastZxid: formatZxid(c.lastZxidSeen),
    negotiatedTimeoutMs: c.negotiatedTimeoutMs,
    results: c.results.map((r) => ({ ...r })),
    watchEvents: c.watchEvents.map((e) => ({ ...e })),
    recipe: recipeReport(rec.recipe),
  };
}

function treeReport(s: ServerRecord): TreeReport {
  return { sid: s.sid, digest: treeDigest(s.zk.tree), nodes: listNodes(s.zk.tree) };
}
