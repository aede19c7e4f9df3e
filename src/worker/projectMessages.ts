/**
 * Messages for the ensemble view: those in flight (every pending delivery in the kernel queue
 * carries its payload, its send time and its delivery time) and those dropped shortly before the
 * display time (from the trace). Only messages between servers are drawn; client traffic has its
 * own view.
 */
import type { DropView, MessageCategory, MessageView } from '../protocol/frame';
import {
  MESSAGE_FAMILY,
  pendingMessages,
  type PeerMessageKind,
  type PendingMessage,
  type Simulation,
  type TraceEvent,
  type WorldView as World,
  type Zxid,
} from './simApi';

/** More marks than this would be noise; the earliest deliveries are kept. */
export const MAX_MESSAGES = 240;
export const MAX_DROPS = 60;

/**
 * The family of a message kind (the simulation's MESSAGE_FAMILY; anything else is client
 * traffic). An ACK of (e, 0) answers NEWLEADER or UPTODATE, so it belongs to synchronization, not
 * to a proposal.
 */
export function categoryOf(kind: string, zxid?: Zxid): MessageCategory {
  if (kind === 'ACK' && zxid && zxid.counter === 0) return 'sync';
  return Object.hasOwn(MESSAGE_FAMILY, kind) ? MESSAGE_FAMILY[kind as PeerMessageKind] : 'client';
}

function copyZxid(z: Zxid): Zxid {
  return { epoch: z.epoch, counter: z.counter };
}

/** Kind and payload details of one queued message, or null for client traffic. */
function describe(ev: PendingMessage): Pick<MessageView, 'kind' | 'vote' | 'zxid'> | null {
  const m = ev.msg as { kind: string } & Record<string, unknown>;
  if (m.kind === 'Notification') {
    const v = m as unknown as {
      leader: number;
      zxid: Zxid;
      peerEpoch: number;
      electionEpoch: number;
      state: string;
    };
    return {
      kind: 'Notification',
      vote: {
        leader: v.leader,
        zxid: copyZxid(v.zxid),
        peerEpoch: v.peerEpoch,
        round: v.electionEpoch,
        state: v.state,
      },
    };
  }
  if (m.kind === 'PACKET') {
    const p = m.packet as { kind: string; zxid?: Zxid; txn?: { zxid: Zxid } };
    const zxid = p.zxid ?? p.txn?.zxid;
    return zxid ? { kind: p.kind, zxid: copyZxid(zxid) } : { kind: p.kind };
  }
  if (categoryOf(m.kind) === 'tcp') return { kind: m.kind };
  return null;
}

function isServer(world: World, id: number): boolean {
  return id >= 1 && id <= world.servers.length;
}

/** Messages sent and not yet delivered or dropped, earliest delivery first. */
export function inFlight(sim: Simulation): MessageView[] {
  const world = sim.view;
  const out: MessageView[] = [];
  for (const ev of pendingMessages(sim)) {
    if (ev.from === ev.to) continue;
    if (!isServer(world, ev.from) || !isServer(world, ev.to)) continue;
    const d = describe(ev);
    if (!d) continue;
    out.push({
      id: ev.id,
      from: ev.from,
      to: ev.to,
      ...d,
      cat: categoryOf(d.kind, d.zxid),
      sentAtMs: ev.sentAtMs,
      atMs: ev.atMs,
    });
  }
  out.sort((a, b) => a.atMs - b.atMs || a.id - b.id);
  return out.length > MAX_MESSAGES ? out.slice(0, MAX_MESSAGES) : out;
}

/** Index of the first entry among trace[0..end) with t >= ms (binary search; t never decreases). */
export function firstAtOrAfter(trace: readonly TraceEvent[], end: number, ms: number): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((trace[mid] as TraceEvent).t < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Drops that happened in (displayMs - windowMs, displayMs], among the first `end` trace entries. */
export function recentDrops(
  world: World,
  trace: readonly TraceEvent[],
  end: number,
  displayMs: number,
  windowMs: number,
): DropView[] {
  const out: DropView[] = [];
  for (
    let i = firstAtOrAfter(trace, end, displayMs - windowMs);
    i < end && out.length < MAX_DROPS;
    i++
  ) {
    const ev = trace[i] as TraceEvent;
    if (ev.k !== 'drop' || ev.t > displayMs || ev.from === ev.to) continue;
    if (!isServer(world, ev.from) || !isServer(world, ev.to)) continue;
    out.push({
      id: ev.id,
      from: ev.from,
      to: ev.to,
      kind: ev.label,
      cat: categoryOf(ev.label),
      atMs: ev.t,
      reason: ev.reason,
    });
  }
  return out;
}
