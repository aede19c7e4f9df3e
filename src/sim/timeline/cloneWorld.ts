/**
 * A copy of the world that evolves independently of the original, at a cost that does not grow
 * with the length of the logs: chunked lists share their full chunks, queued events and messages
 * are immutable once queued, and the checker clones itself the same way.
 */
import { cloneChecker } from '../check/checker';
import { cloneList } from '../kernel/chunkedList';
import { cloneQueue } from '../kernel/eventQueue';
import { clonePrng } from '../kernel/prng';
import type { ClientRecord, ServerRecord, World } from '../engine/world';
import { cloneZkState } from '../engine/zkState';
import { cloneLab } from '../lb/lab/labSetup';

function cloneServer(s: ServerRecord): ServerRecord {
  return {
    ...s,
    // The snapshot is never mutated once written (zkDb.takeSnapshot replaces it): shared.
    disk: { ...s.disk, log: cloneList(s.disk.log), logFiles: s.disk.logFiles.slice() },
    timers: { ...s.timers },
    backlog: s.backlog.slice(),
    zk: cloneZkState(s.zk),
  };
}

/** Client processes are small: a deep copy through JSON is exact (they hold plain data only). */
function cloneClient(c: ClientRecord): ClientRecord {
  return JSON.parse(JSON.stringify(c)) as ClientRecord;
}

export function cloneWorld(w: World): World {
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
    lb: w.lb === null ? null : cloneLab(w.lb),
  };
}
