/**
 * Where the engine applies the cost model (issue 17 item 2), each hook called only when
 * `world.cost` exists:
 *
 * - sending: the message waits for the sender's link, takes its bytes' time on the wire, then
 *   the one-way latency (the sending side of each machine's one link to the switch is the
 *   station, as in the cost model: a leader's PROPOSALs to every follower queue on its link);
 * - receiving: the message waits for the receiver's CPU, in arrival order, and takes its service
 *   time there before the server's machine sees it (costTimes.ts receiveCpuMs);
 * - logging: SyncRequestProcessor's group commit. While one fsync runs, appended txns wait; when
 *   it ends, one fsync covers all of them (at most maxBatchSize) and costs fsyncMs plus their
 *   bytes at the disk's bandwidth (SyncRequestProcessor.run flushes toFlush when the queue is
 *   empty or the batch is full). A follower's ACK and the leader's own ACK follow its fsync.
 */
import { push } from '../../kernel/eventQueue';
import type { Message } from '../../zab/messages';
import type { ClientMessage } from '../../client/clientMessages';
import type { Zxid } from '../../zab/zxid';
import type { ResolvedCost, ResolvedScenario } from '../../scenario/types';
import { CLIENT_NODE_BASE, type KernelEvent, type World } from '../world';
import type { CostServer, CostWorld } from './costState';
import { nsRound, reserve, windowOverlapMs } from './stations';
import { diskMsPerTxn, leaderCommitCpuMs, messageBytes, receiveCpuMs, wireMs } from './costTimes';

type CostScenario = ResolvedScenario & { cost: ResolvedCost };

function costOf(world: World): { scenario: CostScenario; state: CostWorld } {
  return { scenario: world.scenario as CostScenario, state: world.cost as CostWorld };
}

function serverOf(state: CostWorld, sid: number): CostServer {
  return state.servers[sid - 1] as CostServer;
}

/**
 * When a message sent now from `from` to `to` arrives (before the link's FIFO order and any
 * extra delay a scenario put on the link are applied by the caller). A client's own link is not
 * modelled (as in the cost model): a client's message arrives one latency later.
 */
export function costArrivalMs(
  world: World,
  from: number,
  to: number,
  msg: Message | ClientMessage,
): number {
  if (from === to) return world.nowMs;
  const { scenario, state } = costOf(world);
  const cost = scenario.cost;
  let departMs = world.nowMs;
  if (from < CLIENT_NODE_BASE) {
    const wire = wireMs(cost, messageBytes(cost, msg));
    departMs = reserve(scenario, serverOf(state, from), 'nic', world.nowMs, wire);
  }
  return nsRound(departMs + cost.oneWayMs);
}

/**
 * A message reached server `to`'s CPU now: when the CPU is done with it (the caller delivers it
 * to the machine then).
 */
export function costReceivedMs(world: World, to: number, msg: Message | ClientMessage): number {
  const { scenario, state } = costOf(world);
  return reserve(scenario, serverOf(state, to), 'cpu', world.nowMs, receiveCpuMs(scenario, msg));
}

/** The leader applied a committed txn: its CPU is busy with the commit (no one waits for it). */
export function costLeaderApplied(world: World, sid: number): void {
  const { scenario, state } = costOf(world);
  reserve(
    scenario,
    serverOf(state, sid),
    'cpu',
    world.nowMs,
    leaderCommitCpuMs(scenario, scenario.cost),
  );
}

/** A txn appended to server `sid`'s log: its LOGGED comes when the fsync covering it ends. */
export function costLogTxn(world: World, sid: number, inc: number, zxid: Zxid): void {
  const server = serverOf(costOf(world).state, sid);
  server.waiting.push({ zxid, inc });
  if (!server.fsyncing) startFsync(world, sid);
}

/** The fsync that ended now was the last of its batch's events: start the next one, if any. */
export function costFsyncEnded(world: World, sid: number): void {
  const server = serverOf(costOf(world).state, sid);
  server.fsyncing = false;
  if (server.waiting.length > 0) startFsync(world, sid);
}

function startFsync(world: World, sid: number): void {
  const { scenario, state } = costOf(world);
  const cost = scenario.cost;
  const server = serverOf(state, sid);
  const batch = server.waiting.splice(0, cost.maxBatchSize);
  const start = world.nowMs;
  const end = nsRound(start + cost.fsyncMs + batch.length * diskMsPerTxn(cost));
  server.fsyncing = true;
  server.diskFreeMs = end;
  server.fsyncs++;
  const inWindow = windowOverlapMs(start, end, cost.measureFromMs, scenario.untilMs);
  server.diskBusyMs += inWindow;
  // What this batch needs of the disk's capacity. SyncRequestProcessor.run flushes when its
  // queue runs dry (poll returns null) or when shouldFlush sees toFlush.size() >= maxBatchSize,
  // so a disk that is not the bottleneck fsyncs small batches back to back, busy all the time;
  // only full batches mean a bigger one could not absorb more. A txn's share of a full batch's
  // fsync is what load.ts diskSecondsPerTxn prices.
  const loadMs = batch.length * (cost.fsyncMs / cost.maxBatchSize + diskMsPerTxn(cost));
  server.diskLoadShare = end > start ? Math.min(1, loadMs / (end - start)) : 0;
  server.diskLoadMs += inWindow * server.diskLoadShare;
  batch.forEach(({ zxid, inc }, i) => {
    const last = i === batch.length - 1;
    push(world.queue, {
      kind: 'fsync',
      timeMs: end,
      sid,
      inc,
      zxid,
      ...(last ? { flush: true } : {}),
    } as Omit<KernelEvent, 'seq'>);
  });
}
