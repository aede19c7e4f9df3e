/**
 * The cost model's state inside a run (issue 17 item 2), as plain data in `world.cost`: each
 * server's CPU, the sending side of its network link and its txn-log disk as first-come,
 * first-served stations, the workload's in-flight request slots, and the figures measured in the
 * window [measureFromMs, untilMs). Absent from the world when the scenario has no cost section,
 * so a run without it holds, copies and hashes exactly what it always did.
 */
import { clonePrng, prngFor, type Prng } from '../../kernel/prng';
import type { ResolvedCost, ResolvedScenario } from '../../scenario/types';
import type { Zxid } from '../../zab/zxid';

/** One step of a slot's request, the workload's start, or the open loop's next arrival. */
export type CostEvent =
  | { step: 'start' | 'arrival' }
  | { step: 'issue' | 'arrive' | 'served' | 'done'; slot: number; seq: number };

export interface CostServer {
  /** When the CPU ends the last job queued on it (FIFO: a new job starts no earlier). */
  cpuFreeMs: number;
  /** When the link ends sending the last message queued on it. */
  nicFreeMs: number;
  /** When the fsync running (or the last one) ends. */
  diskFreeMs: number;
  /**
   * Busy time inside the measuring window, for the utilization law, booked when a job is queued
   * up to its end: the part after `now` is taken off when a view reads them (costReport.ts).
   */
  cpuBusyMs: number;
  nicBusyMs: number;
  diskBusyMs: number;
  /**
   * The log disk's load inside the window: the busy time its txns would need at full batches
   * (fsyncMs / maxBatchSize + their bytes each, load.ts diskSecondsPerTxn), booked like the busy
   * time. Group commit keeps a disk busy whenever txns wait, so its busy share reaches 1 long
   * before it limits anything; this share reaches 1 only when batches are full (costReport.ts).
   */
  diskLoadMs: number;
  /** Of the fsync running (or the last one): its load over its duration, 0 to 1. */
  diskLoadShare: number;
  /** SyncRequestProcessor: an fsync is running; txns appended meanwhile wait for the next one. */
  fsyncing: boolean;
  waiting: { zxid: Zxid; inc: number }[];
  fsyncs: number;
}

/** One request the workload keeps in flight (a client's outstanding request). */
export interface CostSlot {
  /** The server its client is connected to. */
  sid: number;
  /** Bumped at every new request: events and replies of an older one are ignored. */
  seq: number;
  /** What it carries; null when free; `backoff` while its client reconnects after a failure. */
  op: 'read' | 'write' | 'backoff' | null;
  /** When the request was submitted (for the open loop, when it arrived, queued or not). */
  sentAtMs: number;
}

/** A request of the open loop waiting in its client's queue. */
export interface QueuedRequest {
  atMs: number;
  op: 'read' | 'write';
}

/**
 * The open loop (costSection.ts `workload: "open"`). Clients that own slots (`owners`, at most
 * the in-flight slots) take the arrivals; each has a FIFO of requests waiting for a free slot,
 * kept as an array and the index of its head, so that taking one is O(1).
 */
export interface OpenLoop {
  /** Draws the arrivals' gaps and clients (the kinds come from CostWorld.rng). */
  rng: Prng;
  owners: number;
  /** Per owner, its free slots (a stack: the last freed is taken first). */
  free: number[][];
  queues: QueuedRequest[][];
  heads: number[];
  /** Requests waiting in all the queues now, the most ever, and those refused at the bound. */
  queued: number;
  queuedMax: number;
  refused: number;
  /** Arrivals inside the measuring window (the offered load measured). */
  arrivals: number;
}

export interface CostWorld {
  servers: CostServer[];
  slots: CostSlot[];
  /** Draws each request's kind (read with probability readRatio). */
  rng: Prng;
  /** Latencies (ms, submit to reply) of the operations completed inside the window. */
  readLatenciesMs: number[];
  writeLatenciesMs: number[];
  /** Requests lost to a server that stopped serving (the client retries after a back-off). */
  failed: number;
  /** Present for the open loop only. */
  open: OpenLoop | null;
}

/** A new cost state for a scenario whose cost section is on. */
export function createCostWorld(scenario: ResolvedScenario, cost: ResolvedCost): CostWorld {
  const total = scenario.ensemble.servers + scenario.ensemble.observers;
  const servers: CostServer[] = [];
  for (let sid = 1; sid <= total; sid++) {
    servers.push({
      cpuFreeMs: 0,
      nicFreeMs: 0,
      diskFreeMs: 0,
      cpuBusyMs: 0,
      nicBusyMs: 0,
      diskBusyMs: 0,
      diskLoadMs: 0,
      diskLoadShare: 0,
      fsyncing: false,
      waiting: [],
      fsyncs: 0,
    });
  }
  // As in the cost model's own simulation (costsim/measure.ts): slot k belongs to client
  // k mod clients, and client c is connected to server c mod n (the leader serves clients too).
  const slots: CostSlot[] = [];
  for (let k = 0; k < cost.inFlight; k++) {
    slots.push({ sid: ((k % cost.clients) % total) + 1, seq: 0, op: null, sentAtMs: 0 });
  }
  return {
    servers,
    slots,
    rng: prngFor(scenario.seed, 'cost.workload'),
    readLatenciesMs: [],
    writeLatenciesMs: [],
    failed: 0,
    open:
      cost.workload === 'open' ? createOpenLoop(scenario.seed, cost.clients, slots.length) : null,
  };
}

/** Slot k belongs to client k mod owners (as above), so each owner starts with its slots free. */
function createOpenLoop(seed: number, clients: number, slots: number): OpenLoop {
  const owners = Math.min(clients, slots);
  const free: number[][] = [];
  for (let c = 0; c < owners; c++) {
    const mine: number[] = [];
    // Highest first, so that the stack hands out the lowest slot first.
    for (let k = c + Math.floor((slots - 1 - c) / owners) * owners; k >= 0; k -= owners)
      mine.push(k);
    free.push(mine);
  }
  return {
    rng: prngFor(seed, 'cost.arrivals'),
    owners,
    free,
    queues: free.map(() => []),
    heads: free.map(() => 0),
    queued: 0,
    queuedMax: 0,
    refused: 0,
    arrivals: 0,
  };
}

function cloneOpenLoop(o: OpenLoop): OpenLoop {
  return {
    ...o,
    rng: clonePrng(o.rng),
    free: o.free.map((f) => f.slice()),
    queues: o.queues.map((q) => q.slice()),
    heads: o.heads.slice(),
  };
}

/** A copy that evolves independently (a checkpoint's). */
export function cloneCostWorld(c: CostWorld): CostWorld {
  return {
    servers: c.servers.map((s) => ({ ...s, waiting: s.waiting.slice() })),
    slots: c.slots.map((s) => ({ ...s })),
    rng: clonePrng(c.rng),
    readLatenciesMs: c.readLatenciesMs.slice(),
    writeLatenciesMs: c.writeLatenciesMs.slice(),
    failed: c.failed,
    open: c.open === null ? null : cloneOpenLoop(c.open),
  };
}
