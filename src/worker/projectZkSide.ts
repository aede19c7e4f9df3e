/**
 * The ZooKeeper side of the lab for the comparison view (issue 7 item 3): per backend its
 * session, whether its client is connected, the negotiated timeout, the leader's expiry time for
 * a dead backend's still-live session, and whether its ephemeral znode `<service>/<id>` exists;
 * plus the latest membership events in order, merged from three records the simulation keeps:
 * lab.zkEvents (actions, expiry, closeSession, znode create/delete, as the leader did them), the
 * balancer client's watchEvents (NodeChildrenChanged on the service, when the balancer got it)
 * and lab.membershipChanges (the balancer's view after its re-list).
 *
 * Which data tree: the active leader's. It is the committed state (the leader applies a txn when
 * it commits it), and the same server's session tracker gives the expiry, so the countdown and
 * the znode vanish together, the way ZooKeeper decides them. The balancer's own server applies
 * the closeSession one COMMIT later and fires the watch from there; the event list shows that
 * step as "watch fired". With no active leader (an election), the balancer's server's tree is
 * shown instead (every server then holds its logged state), and no expiry is known.
 */
import type { LabZkBackendView, LabZkEventView, LabZkView } from '../protocol/frame';
import {
  compareIds,
  type LabState,
  type ServerRecordView as ServerRecord,
  type WorldView as World,
} from './simApi';

/** How many of the latest events the strip lists. */
export const ZK_EVENTS_SHOWN = 8;

type ZkEvent = LabState['zkEvents'][number];

function activeLeader(w: World): ServerRecord | null {
  return w.servers.find((s) => s.up && s.state === 'LEADING' && s.zk.tracker !== null) ?? null;
}

/** The server the balancer's client is connected to, if it is. */
function balancerServer(w: World, lab: LabState): ServerRecord | null {
  const c = w.clients[lab.balancerClient]?.client;
  if (!c || c.status !== 'CONNECTED' || c.server === null) return null;
  const s = w.servers.find((x) => x.sid === c.server);
  return s && s.up ? s : null;
}

function backendsOf(
  w: World,
  lab: LabState,
  service: string,
  leader: ServerRecord | null,
  tree: ServerRecord | null,
): LabZkBackendView[] {
  const tracker = leader?.zk.tracker ?? null;
  return lab.backends.flatMap((b) => {
    if (!b.present) return [];
    const c = w.clients[b.client]!.client;
    const session = c.sessionId;
    // SessionTrackerImpl: live until expired (then "closing" until its closeSession commits).
    const live =
      tracker !== null &&
      session !== null &&
      tracker.timeoutMs[session] !== undefined &&
      !tracker.closing.includes(session);
    const node = tree?.zk.tree.nodes[`${service}/${b.spec.id}`];
    return [
      {
        id: b.spec.id,
        sessionId: session,
        status: c.status,
        connected: c.status === 'CONNECTED',
        timeoutMs: c.negotiatedTimeoutMs,
        expiresAtMs: !b.alive && live ? (tracker.expiresAtMs[session] ?? null) : null,
        znode: node !== undefined,
        owner: node ? node.ephemeralOwner : null,
      },
    ];
  });
}

function fromZk(e: ZkEvent): LabZkEventView {
  return {
    atMs: e.atMs,
    kind: e.kind,
    backend: e.backend,
    session: e.session,
    sid: e.sid,
    view: null,
  };
}

/** The balancer's view after each of its changes: membershipChanges replayed, one entry per instant. */
function viewEvents(lab: LabState): LabZkEventView[] {
  const out: LabZkEventView[] = [];
  let view: string[] = [];
  for (const c of lab.membershipChanges) {
    view =
      c.kind === 'removed'
        ? view.filter((x) => x !== c.backend)
        : [...view, c.backend].sort(compareIds);
    const last = out[out.length - 1];
    if (last && last.atMs === c.atMs) {
      last.backend += `,${c.backend}`;
      last.view = view;
    } else
      out.push({ atMs: c.atMs, kind: 'view', backend: c.backend, session: null, sid: null, view });
  }
  return out;
}

/** The latest `limit` events of the three records, in time order (ties: ZooKeeper, watch, view). */
export function zkEvents(
  w: World,
  lab: LabState,
  service: string,
  limit = ZK_EVENTS_SHOWN,
): LabZkEventView[] {
  const watches: LabZkEventView[] = (w.clients[lab.balancerClient]?.client.watchEvents ?? [])
    .filter((e) => e.path === service && e.type === 'NodeChildrenChanged')
    .map((e) => ({
      atMs: e.atMs,
      kind: 'watch',
      backend: '',
      session: null,
      sid: null,
      view: null,
    }));
  const all = [...lab.zkEvents.map(fromZk), ...watches, ...viewEvents(lab)];
  // A stable sort keeps each record's own order and puts ties in the causal order above.
  all.sort((a, b) => a.atMs - b.atMs);
  return all.slice(-limit);
}

export function projectZkSide(w: World, lab: LabState, service: string): LabZkView {
  const leader = activeLeader(w);
  const tree = leader ?? balancerServer(w, lab);
  return {
    leader: leader?.sid ?? null,
    treeSid: tree?.sid ?? null,
    backends: backendsOf(w, lab, service, leader, tree),
    events: zkEvents(w, lab, service),
  };
}
