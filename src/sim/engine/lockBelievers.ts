/**
 * An observation, not a safety invariant: two clients that each believe they hold the same lock
 * (issue 15). ZooKeeper does not promise mutual exclusion to a process it cannot reach: a holder
 * frozen past its session timeout loses its ephemeral node, the next waiter takes the lock, and
 * the frozen one, when it runs again, still believes until it hears of the expiry. So this is not
 * a ZAB violation and the checker never fails a run for it; the app shows it, with the fencing
 * token (the lock node's czxid) that would let the guarded resource refuse the stale holder.
 */
import type { WorldView } from '../engine/world';
import type { Zxid } from '../zab/zxid';

export interface LockBeliever {
  client: string;
  /** The lock node the client created, as "lock-0000000003", or null. */
  node: string | null;
  session: string | null;
  /**
   * The czxid of that node in the committed tree (the active leader's), usable as a fencing
   * token; null when the node is gone (its session expired), which is what fencing would catch.
   */
  czxid: Zxid | null;
}

export interface LockObservation {
  code: 'LockTwoBelievers';
  path: string;
  believers: LockBeliever[];
}

/** The committed tree: the active leader's, or null during an election. */
function committedNodes(w: WorldView): WorldView['servers'][number]['zk']['tree']['nodes'] | null {
  const leader = w.servers.find((s) => s.up && s.state === 'LEADING' && s.zk.tracker !== null);
  return leader ? leader.zk.tree.nodes : null;
}

/** Every lock path that more than one client believes it holds now, in path order. */
export function lockBelievers(w: WorldView): LockObservation[] {
  const byPath = new Map<string, LockBeliever[]>();
  const nodes = committedNodes(w);
  for (const rec of w.clients) {
    const r = rec.recipe;
    if (!rec.up || !r || r.recipe.kind !== 'lock' || !r.holding) continue;
    const path = r.recipe.path;
    const znode = r.myNode !== null ? nodes?.[`${path}/${r.myNode}`] : undefined;
    const list = byPath.get(path) ?? [];
    list.push({
      client: rec.client.id,
      node: r.myNode,
      session: rec.client.sessionId,
      czxid: znode ? { ...znode.czxid } : null,
    });
    byPath.set(path, list);
  }
  return [...byPath.entries()]
    .filter(([, list]) => list.length > 1)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, believers]) => ({ code: 'LockTwoBelievers', path, believers }));
}
