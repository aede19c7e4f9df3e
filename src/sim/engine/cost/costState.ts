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

/** One step of a slot's request, or the workload's start. */
export type CostEvent =
  { step: 'start' } | { step: 'issue' | 'arrive' | 'served' | 'done'; slot: number; seq: number };

export interface CostServer {
  /** When the CPU ends the last job queued on it (FIFO: a new job starts no earlier). */
  cpuFreeMs: number;
  /** When the link ends sending the last message queued on it. */
  nicFreeMs: number;
  /** Busy time inside the measuring window, for the utilization law. */
  cpuBusyMs: number;
  nicBusyMs: number;
  diskBusyMs: number;
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
  op: 'read' | 'write' | null;
  sentAtMs: number;
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
}

/** A new cost state for a scenario whose cost section is on. */
export function createCostWorld(scenario: ResolvedScenario, cost: ResolvedCost): CostWorld {
  const total = scenario.ensemble.servers + scenario.ensemble.observers;
  const servers: CostServer[] = [];
  for (let sid = 1; sid <= total; sid++) {
    servers.push({
      cpuFreeMs: 0,
      nicFreeMs: 0,
      cpuBusyMs: 0,
      nicBusyMs: 0,
      diskBusyMs: 0,
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
  };
}
