/**
 * A new world for a scenario (all servers DOWN, the clock at 0) and the scenario's script: the
 * timed entries (server and client starts, actions, extensions' entries) that the kernel applies
 * before any queued event of the same millisecond.
 */
import { createChecker } from '../check/checker';
import { assert } from '../kernel/assert';
import { emptyList } from '../kernel/chunkedList';
import { createQueue } from '../kernel/eventQueue';
import { prngFor } from '../kernel/prng';
import type { ResolvedScenario } from '../scenario/types';
import { createTraceHash } from '../trace/traceHash';
import type { Txn } from '../zab/messages';
import { initialMachineState } from '../zab/machineState';
import { ZXID_ZERO } from '../zab/zxid';
import { createClientRecords } from './clients';
import { activeExtensions, clientsWithExtensions, type Extension } from './extension';
import type { KernelEvent, ServerRecord, World } from './world';
import { freshZkState } from './zkState';
import { createCostWorld } from './cost/costState';
import { scheduleWorkloadStart } from './cost/workload';

/** The world of a scenario, with the state of each of `extensions` the scenario uses. */
export function createWorld(scenario: ResolvedScenario, extensions: readonly Extension[]): World {
  const ens = scenario.ensemble;
  const total = ens.servers + ens.observers;
  const voters = Array.from({ length: ens.servers }, (_, i) => i + 1);
  const observers = Array.from({ length: ens.observers }, (_, i) => ens.servers + i + 1);
  const servers: ServerRecord[] = [];
  for (let sid = 1; sid <= total; sid++) {
    servers.push({
      sid,
      up: false,
      frozen: false,
      incarnation: 0,
      disk: {
        acceptedEpoch: 0,
        currentEpoch: 0,
        snapshot: null,
        log: emptyList<Txn>(),
        logFiles: [],
      },
      timers: {},
      backlog: [],
      lastFsyncMs: 0,
      delivered: 0,
      lastDelivered: ZXID_ZERO,
      machine: initialMachineState({
        sid,
        voters,
        observers,
        tickTimeMs: ens.tickTimeMs,
        initLimit: ens.initLimit,
        syncLimit: ens.syncLimit,
        commitLogCount: ens.commitLogCount,
      }),
      state: 'DOWN',
      phase: null,
      lookingSinceMs: 0,
      zk: freshZkState(0),
    });
  }
  const world: World = {
    scenario,
    nowMs: 0,
    events: 0,
    queue: createQueue<KernelEvent>(),
    scriptCursor: 0,
    rng: { net: prngFor(scenario.seed, 'net'), disk: prngFor(scenario.seed, 'disk') },
    net: {
      delayMsMin: scenario.network.delayMsMin,
      delayMsMax: scenario.network.delayMsMax,
      groups: null,
      extraMs: {},
      lastDeliveryMs: {},
      nextMessageId: 1,
    },
    servers,
    conns: {},
    clients: createClientRecords(scenario.seed, clientsWithExtensions(scenario, extensions)),
    nextConnId: 1,
    nextTimerToken: 1,
    checker: createChecker({ voters, observers }),
    violations: [],
    writes: emptyList(),
    pendingWrites: [],
    elections: [],
    traceHash: createTraceHash(),
    traceCount: 0,
    extensions: {},
  };
  for (const { extension, firstClient } of activeExtensions(scenario, extensions)) {
    assert(
      !(extension.name in world.extensions),
      () => `two extensions are named ${extension.name}`,
    );
    world.extensions[extension.name] = extension.create(scenario, firstClient);
  }
  if (scenario.cost !== undefined) {
    world.cost = createCostWorld(scenario, scenario.cost);
    scheduleWorkloadStart(world);
  }
  return world;
}

/**
 * One entry of the scenario's script, in time order: a server start, a client start (`index` in
 * world.clients, the extensions' clients included), an action, or an extension's own entry.
 */
export type ScriptEntry =
  | { atMs: number; kind: 'start'; sid: number }
  | { atMs: number; kind: 'clientStart'; index: number }
  | { atMs: number; kind: 'action'; index: number }
  | { atMs: number; kind: 'extension'; name: string; index: number };

/** Per scenario, per list of extension names. */
const scripts = new WeakMap<ResolvedScenario, Map<string, ScriptEntry[]>>();

/**
 * Starts, then actions, then each extension's entries in its own order, stably sorted by time (in
 * that order at equal times); cached per scenario and extensions.
 */
export function scriptOf(
  scenario: ResolvedScenario,
  extensions: readonly Extension[],
): ScriptEntry[] {
  const key = extensions.map((e) => e.name).join('\n');
  let byExtensions = scripts.get(scenario);
  if (!byExtensions) scripts.set(scenario, (byExtensions = new Map()));
  let script = byExtensions.get(key);
  if (!script) {
    const entries: ScriptEntry[] = scenario.ensemble.start.map((s) => ({
      atMs: s.atMs,
      kind: 'start' as const,
      sid: s.sid,
    }));
    scenario.clients.forEach((c, index) =>
      entries.push({ atMs: c.startAtMs, kind: 'clientStart', index }),
    );
    scenario.actions.forEach((a, index) => entries.push({ atMs: a.atMs, kind: 'action', index }));
    for (const { extension, firstClient } of activeExtensions(scenario, extensions)) {
      for (const e of extension.script?.(scenario) ?? [])
        entries.push(
          e.kind === 'clientStart'
            ? { atMs: e.atMs, kind: 'clientStart', index: firstClient + e.client }
            : { atMs: e.atMs, kind: 'extension', name: extension.name, index: e.index },
        );
    }
    script = entries
      .map((e, i) => ({ e, i }))
      .sort((a, b) => a.e.atMs - b.e.atMs || a.i - b.i)
      .map((x) => x.e);
    byExtensions.set(key, script);
  }
  return script;
}
