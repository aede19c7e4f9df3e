/**
 * The client side of the ensemble view (issue 15): each client's session and timing, the active
 * leader's session tracker, client traffic in flight, watch events delivered, two believers of a
 * lock, and, only for the server the view asks for, its data tree compared with the leader's
 * (the committed state), with the watches registered there. Codes and parameters only.
 */
import type {
  ClientMessageView,
  ClientView,
  ClientsView,
  DataTreeView,
  SessionTrackerView,
  WatchFiredView,
  WatchView,
  ZnodeView,
} from '../protocol/clientsFrame';
import {
  CLIENT_NODE_BASE,
  compareZxid,
  lockBelievers,
  pendingMessages,
  type PendingMessage,
  type ServerRecordView as ServerRecord,
  type Simulation,
  type WorldView as World,
} from './simApi';

type ClientRecord = World['clients'][number];

/** More znodes than this in one tree would not fit the panel; the first in path order are kept. */
export const TREE_NODES_MAX = 300;
/** How many of the latest watch events the frame carries. */
export const FIRED_SHOWN = 12;
/** Client messages in flight beyond this are not drawn (earliest deliveries kept). */
export const CLIENT_MESSAGES_MAX = 200;

const SEQUENTIAL = /\d{10}$/;

function activeLeader(w: World): ServerRecord | null {
  return w.servers.find((s) => s.up && s.state === 'LEADING' && s.zk.tracker !== null) ?? null;
}

/** sessionId -> client id, for every client's current session. */
function sessionOwners(w: World): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of w.clients) if (c.client.sessionId) m.set(c.client.sessionId, c.client.id);
  return m;
}

function deadlineOf(rec: ClientRecord, timeoutMs: number): ClientView['deadline'] {
  const c = rec.client;
  if (c.status === 'CONNECTED')
    return { kind: 'read', atMs: c.lastHeardMs + Math.floor((2 * timeoutMs) / 3) };
  if (c.status === 'DISCONNECTED' && c.negotiatedTimeoutMs !== null)
    return { kind: 'expire', atMs: c.lastHeardMs + Math.floor((4 * timeoutMs) / 3) };
  return null;
}

function clientView(rec: ClientRecord): ClientView {
  const c = rec.client;
  const timeoutMs = c.negotiatedTimeoutMs ?? c.requestedTimeoutMs;
  const last = c.results[c.results.length - 1];
  const r = rec.recipe;
  return {
    id: c.id,
    server: c.server,
    sessionId: c.sessionId,
    state: c.status,
    frozen: rec.paused !== undefined,
    timeoutMs,
    negotiated: c.negotiatedTimeoutMs !== null,
    lastHeardMs: c.lastHeardMs,
    pingEveryMs: Math.floor(timeoutMs / 3),
    deadline: deadlineOf(rec, timeoutMs),
    watches: {
      data: c.watches.data.slice(),
      exist: c.watches.exist.slice(),
      child: c.watches.child.slice(),
    },
    notifications: c.watchEvents.length,
    lastResult: last ? { atMs: last.atMs, op: last.op, path: last.path, rc: last.rc } : null,
    recipe: r
      ? {
          kind: r.recipe.kind,
          path: r.recipe.path,
          holding: r.holding,
          node: r.myNode,
          queued: r.recipe.kind === 'lock' && !r.done,
          watch: r.recipe.kind === 'lock' ? (r.recipe.watch ?? 'predecessor') : null,
          value: r.value,
          members: r.members.slice(),
          registered: r.registered,
        }
      : null,
  };
}

function trackerView(w: World, leader: ServerRecord | null): SessionTrackerView | null {
  const t = leader?.zk.tracker;
  if (!leader || !t) return null;
  const owners = sessionOwners(w);
  const sessions = Object.keys(t.expiresAtMs)
    .sort()
    .map((id) => ({
      sessionId: id,
      client: owners.get(id) ?? null,
      timeoutMs: t.timeoutMs[id] ?? 0,
      expiresAtMs: t.expiresAtMs[id] as number,
      closing: t.closing.includes(id),
    }));
  return { leader: leader.sid, tickTimeMs: w.scenario.ensemble.tickTimeMs, sessions };
}

type Deliver = PendingMessage;

/** A node id as the view names it: a sid, or the client's id. */
function nodeName(w: World, node: number): number | string {
  return node >= CLIENT_NODE_BASE ? (w.clients[node - CLIENT_NODE_BASE]?.client.id ?? '?') : node;
}

/** The operation a reply answers: the head of the client's pending requests with that xid. */
function replyOp(w: World, ev: Deliver, xid: number): { op: string; path: string | null } | null {
  const rec = w.clients[ev.to - CLIENT_NODE_BASE];
  const p = rec?.client.pending.find((x) => x.xid === xid);
  if (!p) return null;
  return { op: p.request.op, path: 'path' in p.request ? p.request.path : null };
}

function clientMessage(w: World, ev: Deliver): ClientMessageView | null {
  const m = ev.msg as { kind: string } & Record<string, unknown>;
  if (!m.kind.startsWith('ZK_')) return null;
  let op: string | null = null;
  let path: string | null = null;
  let rc: string | null = null;
  if (m.kind === 'ZK_REQUEST') {
    const req = m['request'] as { op: string; path?: string };
    op = req.op;
    path = req.path ?? null;
  } else if (m.kind === 'ZK_REPLY') {
    const found = replyOp(w, ev, m['xid'] as number);
    op = found?.op ?? null;
    path = found?.path ?? null;
    rc = (m['reply'] as { rc: string }).rc;
  } else if (m.kind === 'ZK_WATCH') {
    op = m['type'] as string;
    path = m['path'] as string;
  }
  return {
    id: ev.id,
    from: nodeName(w, ev.from),
    to: nodeName(w, ev.to),
    kind: m.kind,
    op,
    path,
    rc,
    sentAtMs: ev.sentAtMs,
    atMs: ev.atMs,
  };
}

function messagesOf(sim: Simulation): ClientMessageView[] {
  const w = sim.view;
  const out: ClientMessageView[] = [];
  for (const ev of pendingMessages(sim)) {
    if (ev.from < CLIENT_NODE_BASE && ev.to < CLIENT_NODE_BASE) continue;
    const v = clientMessage(w, ev);
    if (v) out.push(v);
  }
  out.sort((a, b) => a.atMs - b.atMs || a.id - b.id);
  return out.slice(0, CLIENT_MESSAGES_MAX);
}

function watchesOf(s: ServerRecord, owners: Map<string, string>): WatchView[] {
  const out: WatchView[] = [];
  for (const kind of ['data', 'child'] as const) {
    const table = s.zk.watches[kind];
    for (const path of Object.keys(table).sort())
      for (const sessionId of table[path] ?? [])
        out.push({ path, kind, sessionId, client: owners.get(sessionId) ?? null });
  }
  return out;
}

/** The chosen server's tree, each znode compared with the leader's version of it. */
export function treeView(w: World, sid: number): DataTreeView | null {
  const s = w.servers.find((x) => x.sid === sid);
  if (!s) return null;
  const leader = activeLeader(w);
  const mine = s.zk.tree.nodes;
  const theirs = leader && leader !== s ? leader.zk.tree.nodes : null;
  const owners = sessionOwners(w);
  const paths = Object.keys(mine).sort();
  const nodes: ZnodeView[] = paths.slice(0, TREE_NODES_MAX).map((path) => {
    const n = mine[path]!;
    const l = theirs?.[path];
    const diff = !theirs
      ? 'same'
      : !l
        ? 'extra'
        : compareZxid(l.mzxid, n.mzxid) !== 0
          ? 'stale'
          : 'same';
    return {
      path,
      data: n.data,
      version: n.version,
      cversion: n.cversion,
      czxid: { ...n.czxid },
      mzxid: { ...n.mzxid },
      ephemeralOwner: n.ephemeralOwner,
      owner: owners.get(n.ephemeralOwner) ?? null,
      sequential: SEQUENTIAL.test(path),
      diff,
    };
  });
  return {
    sid,
    leader: leader?.sid ?? null,
    lastZxid: { ...s.zk.tree.lastProcessedZxid },
    leaderZxid: leader ? { ...leader.zk.tree.lastProcessedZxid } : null,
    nodes,
    missing: theirs
      ? Object.keys(theirs)
          .filter((p) => !(p in mine))
          .sort()
      : [],
    watches: watchesOf(s, owners),
    truncated: paths.length > TREE_NODES_MAX,
  };
}

function firedOf(w: World): WatchFiredView[] {
  const all: WatchFiredView[] = [];
  for (const rec of w.clients)
    for (const e of rec.client.watchEvents.slice(-FIRED_SHOWN))
      all.push({ atMs: e.atMs, client: rec.client.id, type: e.type, path: e.path });
  // A stable sort keeps each client's own order; clients are in the scenario's order.
  all.sort((a, b) => a.atMs - b.atMs);
  return all.slice(-FIRED_SHOWN);
}

/** The client side of the frame; null for a scenario without clients or with a balancer's. */
export function projectClients(sim: Simulation, treeSid: number | null): ClientsView | null {
  const w = sim.view;
  if (w.clients.length === 0 || w.scenario.balancer !== null) return null;
  const leader = activeLeader(w);
  return {
    clients: w.clients.map(clientView),
    tracker: trackerView(w, leader),
    messages: messagesOf(sim),
    tree: treeSid === null ? null : treeView(w, treeSid),
    fired: firedOf(w),
    observations: lockBelievers(w),
  };
}
