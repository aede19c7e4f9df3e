/**
 * The cost section's workload (issue 17 item 2): clients that keep a bounded number of requests
 * outstanding (the paper's asynchronous clients, as the cost model's own simulation runs them,
 * costsim/measure.ts). Each in-flight slot sends a request the moment its previous one's reply
 * arrives: a read with probability readRatio, else a write of requestBytes.
 *
 * - A read is served where it arrives (FinalRequestProcessor on the client's server): one
 *   latency to the server, its CPU (readCostUs), the reply on its link, one latency back. It
 *   touches no ZAB state, so it lives here.
 * - A write's client side takes clientWriteCostUs on that server's CPU, then enters ZAB there
 *   exactly as a scenario's `write` action does (a setData the ZAB layer sees, forwarded to the
 *   leader by a follower): PROPOSAL, fsync, ACK, COMMIT all run through the engine's machines,
 *   with the cost hooks on the network and the disk. Its txn carries a negative writeId (below
 *   -1, which means "no scenario write") naming the slot and the request, so the report's
 *   `writes` list stays the scenario's own. Its reply leaves when the txn is applied there.
 *
 * A request whose server is not serving (down, frozen, not in broadcast, or leaving it) fails;
 * the client tries again a back-off later, as a ZooKeeper client reconnects.
 *
 * The open loop (`workload: "open"`, openLoop.ts) uses the same slots: an arrival takes a free
 * slot of its client or waits in the client's queue, and a slot whose reply arrived (or whose
 * back-off ended) takes the next waiting request of its client instead of sending a new one. A
 * failed request is not sent again there: the application got its ConnectionLoss.
 */
import { push } from '../../kernel/eventQueue';
import { nextFloat } from '../../kernel/prng';
import type { ResolvedCost, ResolvedScenario } from '../../scenario/types';
import type { ServerEffects } from '../effects';
import type { KernelEvent, World } from '../world';
import type { CostEvent, CostServer, CostSlot, CostWorld } from './costState';
import { nsRound, reserve } from './stations';
import { dequeue, drawOwner, enqueue, freeSlot, nextArrivalMs, takeFreeSlot } from './openLoop';
import {
  clientWriteCpuMs,
  readCpuMs,
  readReplyBytes,
  wireMs,
  WRITE_REPLY_BYTES,
} from './costTimes';

/** The znode every workload write sets (a setData as the ZAB layer sees it). */
export const COST_WRITE_PATH = '/zabscope/cost';

type CostScenario = ResolvedScenario & { cost: ResolvedCost };

function ctx(world: World) {
  return { scenario: world.scenario as CostScenario, state: world.cost as CostWorld };
}

function schedule(world: World, atMs: number, event: CostEvent): void {
  push(world.queue, { kind: 'cost', timeMs: atMs, event } as Omit<KernelEvent, 'seq'>);
}

/** The workload's first event, queued when the world is created. */
export function scheduleWorkloadStart(world: World): void {
  schedule(world, ctx(world).scenario.cost.startAtMs, { step: 'start' });
}

/** Writes carry -2 - (seq * slots + slot): below -1, unique per request, decodable. */
function writeIdOf(state: CostWorld, slot: number, seq: number): number {
  return -2 - (seq * state.slots.length + slot);
}

/** Whether `writeId` is one of the workload's writes. */
export function isWorkloadWrite(writeId: number): boolean {
  return writeId < -1;
}

/** How long a client whose request failed waits before its next: one tick, a reconnect's wait. */
function backoffMs(scenario: ResolvedScenario): number {
  return scenario.ensemble.tickTimeMs;
}

function serving(sim: ServerEffects, sid: number): boolean {
  const rec = sim.server(sid);
  return rec.up && !rec.frozen && rec.phase === 'broadcast';
}

/** Runs one of the workload's events. */
export function onCostEvent(sim: ServerEffects, event: CostEvent): void {
  const { scenario, state } = ctx(sim.world);
  if (event.step === 'start') {
    if (state.open === null) state.slots.forEach((_, k) => issue(sim, k));
    else scheduleArrival(sim.world, scenario.cost, state);
    return;
  }
  if (event.step === 'arrival') return arrival(sim);
  if (!('slot' in event)) return;
  const slot = state.slots[event.slot] as CostSlot;
  if (slot.seq !== event.seq) return;
  if (event.step === 'issue') return next(sim, event.slot);
  if (event.step === 'arrive') return arrive(sim, event.slot, slot);
  if (event.step === 'served') return served(sim, event.slot, slot);
  return done(sim, event.slot, slot);
}

/** A request's kind, drawn from the workload's own stream: a read with probability readRatio. */
function drawOp(cost: ResolvedCost, state: CostWorld): 'read' | 'write' {
  return nextFloat(state.rng) < cost.readRatio ? 'read' : 'write';
}

/** The closed loop: slot k sends a new request now. */
function issue(sim: ServerEffects, k: number): void {
  const { scenario, state } = ctx(sim.world);
  send(sim.world, k, drawOp(scenario.cost, state), sim.world.nowMs);
}

/** Slot k sends `op`, submitted at `sentAtMs` (now, or when it arrived at its queue). */
function send(w: World, k: number, op: 'read' | 'write', sentAtMs: number): void {
  const { scenario, state } = ctx(w);
  const slot = state.slots[k] as CostSlot;
  slot.seq++;
  slot.op = op;
  slot.sentAtMs = sentAtMs;
  schedule(w, nsRound(w.nowMs + scenario.cost.oneWayMs), {
    step: 'arrive',
    slot: k,
    seq: slot.seq,
  });
}

/** Slot k is free again (its reply arrived, or its back-off ended): what it does next. */
function next(sim: ServerEffects, k: number): void {
  const { state } = ctx(sim.world);
  const open = state.open;
  if (open === null) return issue(sim, k);
  const slot = state.slots[k] as CostSlot;
  const owner = k % open.owners;
  const waiting = dequeue(open, owner);
  if (waiting !== null) return send(sim.world, k, waiting.op, waiting.atMs);
  slot.op = null;
  freeSlot(open, owner, k);
}

function scheduleArrival(w: World, cost: ResolvedCost, state: CostWorld): void {
  const open = state.open as NonNullable<CostWorld['open']>;
  schedule(w, nextArrivalMs(open, w.nowMs, cost.offeredOpsPerSec as number), { step: 'arrival' });
}

/** The open loop: a request arrives for a client, which sends it or queues it. */
function arrival(sim: ServerEffects): void {
  const w = sim.world;
  const { scenario, state } = ctx(w);
  const cost = scenario.cost;
  const open = state.open as NonNullable<CostWorld['open']>;
  scheduleArrival(w, cost, state);
  const owner = drawOwner(open);
  const op = drawOp(cost, state);
  if (w.nowMs >= cost.measureFromMs && w.nowMs < scenario.untilMs) open.arrivals++;
  const k = takeFreeSlot(open, owner);
  if (k !== null) send(w, k, op, w.nowMs);
  else enqueue(open, owner, { atMs: w.nowMs, op });
}

function fail(sim: ServerEffects, k: number, slot: CostSlot): void {
  const w = sim.world;
  const { scenario, state } = ctx(w);
  state.failed++;
  slot.op = 'backoff';
  slot.seq++;
  schedule(w, w.nowMs + backoffMs(scenario), { step: 'issue', slot: k, seq: slot.seq });
}

function arrive(sim: ServerEffects, k: number, slot: CostSlot): void {
  const w = sim.world;
  if (!serving(sim, slot.sid)) return fail(sim, k, slot);
  const { scenario, state } = ctx(w);
  const cpuMs = slot.op === 'read' ? readCpuMs(scenario.cost) : clientWriteCpuMs(scenario.cost);
  const end = reserve(scenario, state.servers[slot.sid - 1] as CostServer, 'cpu', w.nowMs, cpuMs);
  schedule(w, end, { step: 'served', slot: k, seq: slot.seq });
}

function served(sim: ServerEffects, k: number, slot: CostSlot): void {
  const w = sim.world;
  if (!serving(sim, slot.sid)) return fail(sim, k, slot);
  const { scenario, state } = ctx(w);
  if (slot.op === 'read') return reply(w, k, slot, readReplyBytes(scenario.cost));
  sim.sendTo(slot.sid, {
    type: 'REQUEST',
    request: {
      kind: 'write',
      path: COST_WRITE_PATH,
      data: '',
      writeId: writeIdOf(state, k, slot.seq),
    },
    port: sim.port(slot.sid),
  });
}

/** The reply leaves on the server's link and reaches the client one latency later. */
function reply(w: World, k: number, slot: CostSlot, bytes: number): void {
  const { scenario, state } = ctx(w);
  const server = state.servers[slot.sid - 1] as CostServer;
  const departMs = reserve(scenario, server, 'nic', w.nowMs, wireMs(scenario.cost, bytes));
  schedule(w, nsRound(departMs + scenario.cost.oneWayMs), { step: 'done', slot: k, seq: slot.seq });
}

function decode(state: CostWorld, writeId: number): { k: number; slot: CostSlot; seq: number } {
  const n = -2 - writeId;
  const k = n % state.slots.length;
  return { k, slot: state.slots[k] as CostSlot, seq: Math.floor(n / state.slots.length) };
}

/** A workload write's txn was applied at `sid`: if that is its client's server, it replies. */
export function workloadWriteApplied(sim: ServerEffects, sid: number, writeId: number): void {
  const { state } = ctx(sim.world);
  const { k, slot, seq } = decode(state, writeId);
  if (slot.seq !== seq || slot.op !== 'write' || slot.sid !== sid) return;
  reply(sim.world, k, slot, WRITE_REPLY_BYTES);
}

/** ZAB refused or lost a workload write (its server stopped serving, the leader failed it). */
export function workloadWriteFailed(sim: ServerEffects, writeId: number): void {
  const { state } = ctx(sim.world);
  const { k, slot, seq } = decode(state, writeId);
  if (slot.seq === seq && slot.op === 'write') fail(sim, k, slot);
}

/** Server `sid` stopped serving: its clients' outstanding requests fail (ConnectionLoss). */
export function workloadServerStopped(sim: ServerEffects, sid: number): void {
  const { state } = ctx(sim.world);
  state.slots.forEach((slot, k) => {
    if (slot.sid === sid && (slot.op === 'read' || slot.op === 'write')) fail(sim, k, slot);
  });
}

function done(sim: ServerEffects, k: number, slot: CostSlot): void {
  const w = sim.world;
  const { scenario, state } = ctx(w);
  const latency = nsRound(w.nowMs - slot.sentAtMs);
  if (w.nowMs >= scenario.cost.measureFromMs && w.nowMs < scenario.untilMs)
    (slot.op === 'read' ? state.readLatenciesMs : state.writeLatenciesMs).push(latency);
  slot.op = null;
  next(sim, k);
}
