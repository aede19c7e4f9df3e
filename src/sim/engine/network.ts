/**
 * The network between servers (ZAB.md sections 3.1 and 10): one FIFO link per ordered pair with a
 * seeded one-way delay, loopback with zero delay, silent drops across a partition, and TCP's
 * connection semantics for learner connections (a message on a connection that no longer exists
 * is answered by a reset). Pure functions over the world's plain data.
 */
import { push } from '../kernel/eventQueue';
import { nextInt } from '../kernel/prng';
import type { Message } from '../zab/messages';
import type { KernelEvent, World } from './world';

const linkKey = (from: number, to: number) => `${from}>${to}`;

/** Are two servers on the same side of the current partition? */
export function connected(world: World, a: number, b: number): boolean {
  const groups = world.net.groups;
  if (a === b || groups === null) return true;
  for (const g of groups) if (g.includes(a)) return g.includes(b);
  return false;
}

/** Schedules a message for delivery; returns its id. FIFO per link: never before the previous one. */
export function sendMessage(world: World, from: number, to: number, msg: Message): number {
  const net = world.net;
  const key = linkKey(from, to);
  const delay = from === to ? 0 : nextInt(world.rng.net, net.delayMsMin, net.delayMsMax) + (net.extraMs[key] ?? 0);
  const at = Math.max(net.lastDeliveryMs[key] ?? 0, world.nowMs + delay);
  net.lastDeliveryMs[key] = at;
  const id = net.nextMessageId++;
  const fromRec = world.servers[from - 1];
  const toRec = world.servers[to - 1];
  if (msg.kind === 'ACCEPT') world.conns[String(msg.conn)] = { learner: to, leader: from };
  if (msg.kind === 'CLOSE') delete world.conns[String(msg.conn)];
  push(world.queue, {
    kind: 'deliver', timeMs: at, id, from, to, msg, sentAtMs: world.nowMs,
    fromInc: fromRec ? fromRec.incarnation : 0, toInc: toRec ? toRec.incarnation : 0,
  } as Omit<KernelEvent, 'seq'>);
  return id;
}

export type DeliveryVerdict = 'deliver' | 'partitioned' | 'sender crashed' | 'receiver down' | 'receiver restarted' | 'connection closed';

/**
 * Whether a message that reached its delivery time is delivered. A crash loses the crashed
 * server's in-flight messages (its TCP connections are gone); a restarted receiver has new
 * connections, so old in-flight messages do not reach it.
 */
export function deliveryVerdict(world: World, ev: Extract<KernelEvent, { kind: 'deliver' }>): DeliveryVerdict {
  const from = world.servers[ev.from - 1];
  const to = world.servers[ev.to - 1];
  if (!from || !to) return 'receiver down';
  if (from.incarnation !== ev.fromInc) return 'sender crashed';
  if (!connected(world, ev.from, ev.to)) return 'partitioned';
  if (!to.up) return 'receiver down';
  if (to.incarnation !== ev.toInc && ev.msg.kind !== 'Notification' && ev.msg.kind !== 'CONNECT') return 'receiver restarted';
  const m = ev.msg;
  if ((m.kind === 'PACKET' || m.kind === 'ACCEPT') && world.conns[String(m.conn)] === undefined) return 'connection closed';
  return 'deliver';
}

/** A crashed process's connections are reset by its OS: each peer sees the close. */
export function resetConnectionsOf(world: World, sid: number): void {
  for (const key of Object.keys(world.conns).sort((a, b) => Number(a) - Number(b))) {
    const c = world.conns[key] as { learner: number; leader: number };
    if (c.learner !== sid && c.leader !== sid) continue;
    const peer = c.learner === sid ? c.leader : c.learner;
    sendMessage(world, sid, peer, { kind: 'CLOSE', conn: Number(key) });
  }
}
