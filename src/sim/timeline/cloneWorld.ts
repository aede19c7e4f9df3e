/**
 * A copy of the world that evolves independently of the original, at a cost that does not grow
 * with the length of the logs: chunked lists share their full chunks, queued events and messages
 * are immutable once queued, and the checker clones itself the same way. Each extension's state
 * is copied by the extension itself (engine/extension.ts, clone). The world holds every server's
 * machine state too (zab/machineState.ts), so this copy is a whole checkpoint.
 */
import { cloneChecker } from '../check/checker';
import { cloneList } from '../kernel/chunkedList';
import { cloneQueue } from '../kernel/eventQueue';
import { clonePrng } from '../kernel/prng';
import { assert } from '../kernel/assert';
import type { Extension } from '../engine/extension';
import type { ClientRecord, ServerRecord, World } from '../engine/world';
import { cloneZkState } from '../engine/zkState';
import { cloneCostWorld } from '../engine/cost/costState';
import { cloneMachineState } from '../zab/machineState';

function cloneServer(s: ServerRecord): ServerRecord {
  return {
    ...s,
    // The snapshot is never mutated once written (zkDb.takeSnapshot replaces it): shared.
    disk: { ...s.disk, log: cloneList(s.disk.log), logFiles: s.disk.logFiles.slice() },
    machine: cloneMachineState(s.machine),
    timers: { ...s.timers },
    backlog: s.backlog.slice(),
    zk: cloneZkState(s.zk),
  };
}

/** Client processes are small: a deep copy through JSON is exact (they hold plain data only). */
function cloneClient(c: ClientRecord): ClientRecord {
  return JSON.parse(JSON.stringify(c)) as ClientRecord;
}

/** The world's extensions' states, each copied by its extension (one of `extensions`). */
function cloneExtensions(
  states: Record<string, unknown>,
  extensions: readonly Extension[],
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [name, state] of Object.entries(states)) {
    const extension = extensions.find((e) => e.name === name);
    assert(extension !== undefined, () => `cloneWorld: no extension ${name} to copy its state`);
    copy[name] = extension.clone(state);
  }
  return copy;
}

/** `extensions`: those the world was created with (a run's `sim.extensions`). */
export function cloneWorld(w: World, extensions: readonly Extension[]): World {
  return {
    ...w,
    queue: cloneQueue(w.queue),
    rng: { net: clonePrng(w.rng.net), disk: clonePrng(w.rng.disk) },
    net: {
      ...w.net,
      groups: w.net.groups ? w.net.groups.map((g) => g.slice()) : null,
      extraMs: { ...w.net.extraMs },
      lastDeliveryMs: { ...w.net.lastDeliveryMs },
    },
    servers: w.servers.map(cloneServer),
    conns: { ...w.conns },
    clients: w.clients.map(cloneClient),
    checker: cloneChecker(w.checker),
    violations: w.violations.slice(),
    writes: cloneList(w.writes),
    pendingWrites: w.pendingWrites.slice(),
    elections: w.elections.slice(),
    traceHash: { ...w.traceHash },
    extensions: cloneExtensions(w.extensions, extensions),
    ...(w.cost ? { cost: cloneCostWorld(w.cost) } : {}),
  };
}
