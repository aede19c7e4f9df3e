/**
 * The ZooKeeper side of the lab's membership, recorded as it happens so the app can tell the
 * story of a backend leaving or joining (issue 7 item 3): the balancer action, the leader's
 * session tracker expiring the session, the closeSession txn committing, the ephemeral znode
 * `<service>/<backend>` deleted or created. The balancer's side (the watch it got, the view it
 * re-listed) is already in the world: its client's watchEvents and lab.membershipChanges.
 *
 * Everything ZooKeeper does is recorded where the active leader does it, because that is where
 * ZooKeeper decides it: only the leader's SessionTrackerImpl expires sessions (ZAB.md 6.3), and
 * the leader applies a txn at the instant it commits it (Leader.tryToCommit), so its data tree is
 * the committed state. Followers apply the same txn one COMMIT delivery later.
 *
 * Plain data appended in time order, never mutated once appended (a checkpoint copies the array
 * and shares the entries). Sessions of clients that are not lab backends (the balancer's own,
 * a scenario's clients) are not recorded.
 */
import type { World } from '../engine/world';
import type { ApplyResult } from '../zk/dataTree';
import type { SessionId } from '../zk/sessionId';
import type { ZkTxn } from '../zk/txn';
import type { LabActionKind, LabState, LabZkEvent, LabZkEventKind } from './labTypes';

export type { LabZkEvent } from './labTypes';

/** A balancer action, with the backend's session at that instant (null before it has one). */
export function noteBackendAction(
  w: World,
  lab: LabState,
  kind: LabActionKind,
  backend: string,
  session: SessionId | null,
): void {
  lab.zkEvents.push({ atMs: w.nowMs, kind, backend, session, sid: null });
}

/** SessionTrackerImpl.run on the active leader (sid) expired `session`. */
export function noteSessionExpired(w: World, lab: LabState, sid: number, session: SessionId): void {
  const backend = backendOfSession(w, lab, session);
  if (backend !== null)
    lab.zkEvents.push({ atMs: w.nowMs, kind: 'expired', backend, session, sid });
}

/** The active leader (sid) applied a committed txn: record what it did to a backend's session or znode. */
export function noteTxnApplied(
  w: World,
  lab: LabState,
  sid: number,
  txn: ZkTxn,
  result: ApplyResult,
): void {
  const service = w.scenario.balancer?.service;
  if (service === undefined) return;
  const push = (kind: LabZkEventKind, backend: string, session: SessionId) =>
    lab.zkEvents.push({ atMs: w.nowMs, kind, backend, session, sid });
  switch (txn.type) {
    case 'create': {
      const backend = result.rc === 'OK' ? backendOfPath(lab, service, result.path) : null;
      if (backend !== null) push('created', backend, txn.sessionId);
      return;
    }
    case 'delete': {
      const backend = result.rc === 'OK' ? backendOfPath(lab, service, txn.path) : null;
      if (backend !== null) push('deleted', backend, txn.sessionId);
      return;
    }
    case 'closeSession': {
      // DataTree.killSession fires NodeDeleted on each ephemeral it really deleted.
      const deleted = result.triggers.flatMap((t) => {
        const b = t.type === 'NodeDeleted' ? backendOfPath(lab, service, t.path) : null;
        return b === null ? [] : [b];
      });
      const owner = backendOfSession(w, lab, txn.sessionId) ?? deleted[0] ?? null;
      if (owner !== null) push('closed', owner, txn.sessionId);
      for (const b of deleted) push('deleted', b, txn.sessionId);
      return;
    }
    default:
      return;
  }
}

/** The lab backend whose znode `path` is, or null. */
function backendOfPath(lab: LabState, service: string, path: string | null): string | null {
  if (path === null || !path.startsWith(service + '/')) return null;
  const id = path.slice(service.length + 1);
  return lab.backends.some((b) => b.spec.id === id) ? id : null;
}

/**
 * The backend a session belongs to: the one whose client holds it now, or else the last one
 * recorded with it (a restart gives the client a new session while the old one may still be
 * expiring on the leader).
 */
function backendOfSession(w: World, lab: LabState, session: SessionId): string | null {
  for (const b of lab.backends)
    if (w.clients[b.client]?.client.sessionId === session) return b.spec.id;
  for (let i = lab.zkEvents.length - 1; i >= 0; i--) {
    const e = lab.zkEvents[i] as LabZkEvent;
    if (e.session === session) return e.backend;
  }
  return null;
}
