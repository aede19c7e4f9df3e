/**
 * The network between servers (ZAB.md sections 3.1 and 10): one FIFO link per ordered pair with a
 * seeded one-way delay, loopback with zero delay, silent drops across a partition, and TCP's
 * connection semantics for learner connections (a message on a connection that no longer exists
 * is answered by a reset). Pure functions over the world's plain data.
 */
import { push } from '../kernel/eventQueue';
import { nextInt } from '../kernel/prng';
import type { ClientMessage } from '../client/clientMessages';
import type { Message } from '../zab/messages';
import { CLIENT_NODE_BASE, type KernelEvent, type World } from './world';
import { costArrivalMs } from './cost/costHooks';

/** The record behind a node id: a server (1..9) or a client (CLIENT_NODE_BASE + index). */
export function nodeOf(world: World, id: number): { up: boolean; incarnation: number } | undefined {
  return id >= CLIENT_NODE_BASE ? world.clients[id - CLIENT_NODE_BASE] : world.servers[id - 1];
}

/** Client-protocol messages that travel on an established connection (not the handshake). */
function onEstablishedClientConn(
  m: Message | ClientMessage,
): m is Extract<ClientMessage, { conn: number }> {
  return (
    m.kind === 'ZK_REQUEST' ||
    m.kind === 'ZK_REPLY' ||
    m.kind === 'ZK_WATCH' ||
    m.kind === 'ZK_PING' ||
    m.kind === 'ZK_PONG' ||
    m.kind === 'ZK_SET_WATCHES'
  );
}

const linkKey = (from: number, to: number) => `${from}>${to}`;

/** Are two servers on the same side of the current partition? */
export function connected(world: World, a: number, b: number): boolean {
  if (a >= CLIENT_NODE_BASE || b >= CLIENT_NODE_BASE) {
    const [client, server] = a >= CLIENT_NODE_BASE ? [a, b] : [b, a];
    const blocked = world.clients[client - CLIENT_NODE_BASE]?.blocked;
    return !blocked || !blocked.includes(server);
  }
  const groups = world.net.groups;
  if (a === b || groups === null) return true;
  for (const g of groups) if (g.includes(a)) return g.includes(b);
  return false;
}

/** Schedules a message for delivery; returns its id. FIFO per link: never before the previous one. */
export function sendMessage(
  world: World,
  from: number,
  to: number,
  msg: Message | ClientMessage,
): number {
  const net = world.net;
  const key = linkKey(from, to);
  // With a cost section the delay is the cost model's (latency + bytes / bandwidth, the link
  // busy while it sends); without one, the seeded draw as always (the same draws, the same hash).
  const arrival = world.cost
    ? costArrivalMs(world, from, to, msg) + (from === to ? 0 : (net.extraMs[key] ?? 0))
    : world.nowMs +
      (from === to
        ? 0
        : nextInt(world.rng.net, net.delayMsMin, net.delayMsMax) + (net.extraMs[key] ?? 0));
  const at = Math.max(net.lastDeliveryMs[key] ?? 0, arrival);
  net.lastDeliveryMs[key] = at;
  const id = net.nextMessageId++;
  const fromRec = nodeOf(world, from);
  const toRec = nodeOf(world, to);
  if (msg.kind === 'ACCEPT') world.conns[String(msg.conn)] = { learner: to, leader: from };
  if (msg.kind === 'ZK_CONNECTED')
    world.conns[String(msg.conn)] = { learner: to, leader: from, client: true };
  if (msg.kind === 'CLOSE' || msg.kind === 'ZK_CLOSE') delete world.conns[String(msg.conn)];
  push(world.queue, {
    kind: 'deliver',
    timeMs: at,
    id,
    from,
    to,
    msg,
    sentAtMs: world.nowMs,
    fromInc: fromRec ? fromRec.incarnation : 0,
    toInc: toRec ? toRec.incarnation : 0,
  } as Omit<KernelEvent, 'seq'>);
  return id;
}

export type DeliveryVerdict =
  | 'deliver'
  | 'partitioned'
  | 'sender crashed'
  | 'receiver down'
  | 'receiver restarted'
  | 'connection closed';

/**
 * Why a message was lost: the trace's `drop` entries carry it as their `reason`, a code (the
 * phrases predate the codes and are kept so that traces stay comparable); the app translates it.
 */
export type DropReason =
  | Exclude<DeliveryVerdict, 'deliver'>
  /** A person or a scenario dropped this message in flight (engine/handMessages.ts). */
  | 'dropped by hand';

/**
 * Whether a message that reached its delivery time is delivered. A crash loses the crashed
 * server's in-flight messages (its TCP connections are gone); a restarted receiver has new
 * connections, so old in-flight messages do not reach it.
 */
export function deliveryVerdict(
  world: World,
  ev: Extract<KernelEvent, { kind: 'deliver' }>,
): DeliveryVerdict {
  const from = nodeOf(world, ev.from);
  const to = nodeOf(world, ev.to);
  if (!from || !to) return 'receiver down';
  if (from.incarnation !== ev.fromInc) return 'sender crashed';
  if (!connected(world, ev.from, ev.to)) return 'partitioned';
  if (!to.up) return 'receiver down';
  const m = ev.msg;
  if (
    to.incarnation !== ev.toInc &&
    m.kind !== 'Notification' &&
    m.kind !== 'CONNECT' &&
    m.kind !== 'ZK_CONNECT'
  )
    return 'receiver restarted';
  if (
    (m.kind === 'PACKET' || m.kind === 'ACCEPT' || onEstablishedClientConn(m)) &&
    world.conns[String(m.conn)] === undefined
  )
    return 'connection closed';
  return 'deliver';
}

/** A crashed process's connections are reset by its OS: each peer sees the close. */
export function resetConnectionsOf(world: World, sid: number): void {
  for (const key of Object.keys(world.conns).sort((a, b) => Number(a) - Number(b))) {
    const c = world.conns[key] as { learner: number; leader: number; client?: true };
    if (c.learner !== sid && c.leader !== sid) continue;
    const peer = c.learner === sid ? c.leader : c.learner;
    sendMessage(
      world,
      sid,
      peer,
      c.client ? { kind: 'ZK_CLOSE', conn: Number(key) } : { kind: 'CLOSE', conn: Number(key) },
    );
  }
}
