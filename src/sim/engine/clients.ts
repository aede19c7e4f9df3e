/**
 * Client processes in the engine: their records in the world, the port through which a client
 * reaches the network and its timers, delivery of server messages to them, and the scenario's
 * client actions (SCENARIO.md "Clients, sessions and recipes").
 */
import {
  crashClient,
  newClient,
  onClientMessage,
  onClientTimer,
  startClient,
  submit,
  type ClientPort,
  type ClientTimer,
} from '../client/clientProcess';
import type { ClientMessage, ZkOp } from '../client/clientMessages';
import { newRecipeState } from '../client/recipes';
import { clientLogText } from '../client/logCodes';
import { assert } from '../kernel/assert';
import { push } from '../kernel/eventQueue';
import { compareZxid, formatZxid } from '../zab/zxid';
import { prngFor } from '../kernel/prng';
import type { ClientAddAction, ResolvedAction, ResolvedClient } from '../scenario/types';
import type { ClientEffects, WorldEffects } from './effects';
import { resetConnectionsOf, sendMessage } from './network';
import { CLIENT_NODE_BASE, type ClientRecord, type KernelEvent, type World } from './world';
import type { ActionData } from '../trace/traceEvent';
import { holdIfPaused, isPaused, pause, resume } from './clientPause';

/** The records of a run's clients (the scenario's, then the extensions'), none launched yet. */
export function createClientRecords(
  seed: number,
  clients: readonly ResolvedClient[],
): ClientRecord[] {
  return clients.map((spec, i) => createClientRecord(seed, spec, i));
}

/** One client's record at index `index` of world.clients; its stream of randomness is its id's. */
function createClientRecord(
  seed: number,
  spec: Pick<ResolvedClient, 'id' | 'connect' | 'sessionTimeoutMs' | 'recipe'>,
  index: number,
): ClientRecord {
  return {
    node: CLIENT_NODE_BASE + index,
    up: false,
    incarnation: 0,
    timers: {},
    blocked: null,
    client: newClient(spec.id, spec.connect, spec.sessionTimeoutMs),
    rng: prngFor(seed, `client:${spec.id}`),
    recipe: spec.recipe ? newRecipeState(spec.recipe) : null,
  };
}

/**
 * client-add: a new record after every existing one (so no client's node id changes) and its
 * process launched at once. Validation refuses an id already used by the scenario or another
 * client-add; a second add of one id can still come from the app, and changes nothing.
 */
export function addClient(sim: ClientEffects, a: ClientAddAction): void {
  const w = sim.world;
  const data = { do: 'client-add', client: a.client, connect: a.connect.slice() } as const;
  const servers = a.connect.map((s) => 'S' + s).join(', ');
  if (clientIndex(w, a.client) >= 0)
    return sim.emit({
      t: w.nowMs,
      e: w.events,
      k: 'action',
      text: `client-add ${a.client}: already added`,
      data: { ...data, noop: 'already-added' },
    });
  sim.emit({
    t: w.nowMs,
    e: w.events,
    k: 'action',
    text: `client-add ${a.client} connecting to ${servers}`,
    data: { ...data, noop: null },
  });
  const index = w.clients.length;
  w.clients.push(
    createClientRecord(
      w.scenario.seed,
      { id: a.client, connect: a.connect, sessionTimeoutMs: a.sessionTimeoutMs, recipe: null },
      index,
    ),
  );
  startClientProcess(sim, index);
}

export function clientIndex(world: World, id: string): number {
  return world.clients.findIndex((c) => c.client.id === id);
}

/** The client's port: bound to one record for the duration of one step. */
export function clientPort(sim: WorldEffects, index: number): ClientPort {
  const w = sim.world;
  const rec = w.clients[index] as ClientRecord;
  return {
    get nowMs() {
      return w.nowMs;
    },
    rng: rec.rng,
    send: (server, message) => {
      const id = sendMessage(w, rec.node, server, message);
      sim.emit({
        t: w.nowMs,
        e: w.events,
        k: 'send',
        from: rec.node,
        to: server,
        label: message.kind,
        id,
      });
    },
    setTimer: (name, delayMs) => {
      const token = w.nextTimerToken++;
      rec.timers[name] = token;
      push(w.queue, {
        kind: 'clientTimer',
        timeMs: w.nowMs + delayMs,
        client: index,
        name,
        token,
      } as Omit<KernelEvent, 'seq'>);
    },
    cancelTimer: (name) => {
      delete rec.timers[name];
    },
    newConnId: () => w.nextConnId++,
    log: (data) =>
      sim.emit({
        t: w.nowMs,
        e: w.events,
        k: 'log',
        sid: rec.node,
        text: clientLogText(data),
        data,
      }),
  };
}

/**
 * Launches the client's process. Its callers decide whether a launch is due (a scheduled start,
 * a client-restart, an add-backend); launching a process that is already running would leave two
 * processes sharing one record, which reconnect with the same session while the first server
 * still holds the old connection and its watches, so it is a bug of the caller, not a no-op.
 */
export function startClientProcess(sim: ClientEffects, index: number): void {
  const rec = sim.world.clients[index] as ClientRecord;
  assert(!rec.up, `client ${rec.client.id} started while its process is running`);
  rec.up = true;
  startClient(rec.client, clientPort(sim, index));
  sim.afterClientStep(index, null);
}

/**
 * Whether the client's process has ever been launched: it is running, or it ran and crashed. A
 * record's client is NOT_STARTED only between its creation and its first launch (client-restart
 * replaces it with a fresh one and launches that at once).
 */
export function everLaunched(rec: ClientRecord): boolean {
  return rec.up || rec.client.status !== 'NOT_STARTED';
}

/**
 * The client's `startAtMs`: its first launch. A client-restart before it (from the scenario or
 * from the app) has launched the process already, so the scheduled launch has happened and is
 * dropped, whether that process still runs or has crashed since (restarting it again takes a
 * client-restart, as after any crash).
 */
export function scheduledClientStart(sim: ClientEffects, index: number): void {
  if (everLaunched(sim.world.clients[index] as ClientRecord)) return;
  startClientProcess(sim, index);
}

export function clientTimerFired(
  sim: ClientEffects,
  index: number,
  name: ClientTimer,
  token: number,
): void {
  const rec = sim.world.clients[index];
  if (!rec || !rec.up || rec.timers[name] !== token) return;
  if (holdIfPaused(rec, { kind: 'timer', name, token })) return;
  delete rec.timers[name];
  if (name === 'client.recipe') return sim.afterClientStep(index, { kind: 'timer' });
  onClientTimer(rec.client, name, clientPort(sim, index));
  sim.afterClientStep(index, null);
}

export function deliverToClient(
  sim: ClientEffects,
  index: number,
  from: number,
  m: ClientMessage,
): void {
  const rec = sim.world.clients[index] as ClientRecord;
  if (holdIfPaused(rec, { kind: 'message', from, message: m })) return;
  checkClientInvariants(sim, rec, from, m);
  const outcome = onClientMessage(rec.client, from, m, clientPort(sim, index));
  sim.afterClientStep(index, outcome);
}

/**
 * ZAB.md 7.2 items 17 and 18, as the client sees them: a watch event must answer a watch the
 * client holds (standard watches fire once), and no reply may show an older state than one the
 * client has already seen (a client never goes back in time).
 */
function checkClientInvariants(
  sim: ClientEffects,
  rec: ClientRecord,
  from: number,
  m: ClientMessage,
): void {
  const c = rec.client;
  if (!('conn' in m) || m.conn !== c.conn || from !== c.server) return;
  if (m.kind === 'ZK_WATCH') {
    const w = c.watches;
    const held =
      m.type === 'NodeChildrenChanged'
        ? w.child.includes(m.path)
        : m.type === 'NodeDeleted'
          ? w.data.includes(m.path) || w.child.includes(m.path) || w.exist.includes(m.path)
          : w.data.includes(m.path) || w.exist.includes(m.path);
    if (!held)
      sim.violation({
        invariant: 'WatchFiresOnce',
        params: { client: c.id, type: m.type, path: m.path },
      });
  }
  const zxid =
    m.kind === 'ZK_REPLY'
      ? m.reply.zxid
      : m.kind === 'ZK_PONG' || m.kind === 'ZK_WATCH'
        ? m.zxid
        : null;
  if (zxid && compareZxid(zxid, c.lastZxidSeen) < 0) {
    sim.violation({
      invariant: 'ClientNeverGoesBack',
      params: {
        client: c.id,
        seen: formatZxid(c.lastZxidSeen),
        kind: m.kind,
        from,
        zxid: formatZxid(zxid),
      },
    });
  }
}

/** The application on client `id` calls the ZooKeeper API. */
export function clientSubmit(sim: ClientEffects, index: number, request: ZkOp): void {
  const rec = sim.world.clients[index] as ClientRecord;
  submit(rec.client, request, clientPort(sim, index));
  sim.afterClientStep(index, null);
}

/** client-add / client-crash / client-restart / client-partition / client-heal and the API calls. */
export function applyClientAction(
  sim: ClientEffects,
  a: Extract<ResolvedAction, { client: string }>,
): void {
  if (a.do === 'client-add') return addClient(sim, a);
  const w = sim.world;
  const index = clientIndex(w, a.client);
  // Validation and the app name declared clients only; anything else is a caller's bug.
  assert(index >= 0, () => `${a.do}: no client ${JSON.stringify(a.client)}`);
  const rec = w.clients[index] as ClientRecord;
  const note = (text: string, data: ActionData) =>
    sim.emit({ t: w.nowMs, e: w.events, k: 'action', text, data });
  const client = a.client;
  switch (a.do) {
    case 'client-crash':
      if (!rec.up)
        return note(`client-crash ${client}: not running`, {
          do: 'client-crash',
          client,
          noop: 'not-running',
        });
      note(`client-crash ${client}`, { do: 'client-crash', client, noop: null });
      resume(rec); // a dead process has nothing left to wake up to
      crashClient(rec.client, clientPort(sim, index));
      sim.afterClientStep(index, null); // the recipe learns its process died (a held lock ends)
      rec.up = false;
      rec.incarnation++;
      rec.timers = {};
      resetConnectionsOf(w, rec.node);
      return;
    case 'client-restart': {
      if (rec.up)
        return note(`client-restart ${client}: already running`, {
          do: 'client-restart',
          client,
          noop: 'already-running',
        });
      note(`client-restart ${client}: a new process, so a new session`, {
        do: 'client-restart',
        client,
        noop: null,
      });
      const old = rec.client;
      rec.client = {
        ...newClient(old.id, old.connect, old.requestedTimeoutMs),
        results: old.results,
        watchEvents: old.watchEvents,
      };
      if (rec.recipe)
        rec.recipe = { ...newRecipeState(rec.recipe.recipe), acquired: rec.recipe.acquired };
      return startClientProcess(sim, index);
    }
    case 'client-partition':
      note(
        `client-partition ${client} from ${a.from === 'all' ? 'all servers' : a.from.map((s) => 'S' + s).join(', ')}`,
        { do: 'client-partition', client, from: a.from === 'all' ? 'all' : a.from.slice() },
      );
      rec.blocked = a.from === 'all' ? w.servers.map((s) => s.sid) : a.from.slice();
      return;
    case 'client-heal':
      note(`client-heal ${client}`, { do: 'client-heal', client, noop: null });
      rec.blocked = null;
      return;
    case 'client-freeze':
      if (!rec.up || isPaused(rec))
        return note(`client-freeze ${client}: ${rec.up ? 'already frozen' : 'not running'}`, {
          do: 'client-freeze',
          client,
          noop: rec.up ? 'already-frozen' : 'not-running',
        });
      note(`client-freeze ${client}`, { do: 'client-freeze', client, noop: null });
      return pause(rec);
    case 'client-unfreeze':
      return unfreezeClient(sim, index, note);
    case 'close-session':
      return clientSubmit(sim, index, { op: 'close-session' });
    case 'create':
      return clientSubmit(sim, index, { op: 'create', path: a.path, data: a.data, mode: a.mode });
    case 'delete':
      return clientSubmit(sim, index, { op: 'delete', path: a.path, version: a.version });
    case 'set':
      return clientSubmit(sim, index, {
        op: 'set',
        path: a.path,
        data: a.data,
        version: a.version,
      });
    case 'get':
    case 'exists':
    case 'children':
      return clientSubmit(sim, index, { op: a.do, path: a.path, watch: a.watch });
    case 'sync':
      return clientSubmit(sim, index, { op: 'sync', path: a.path });
  }
}

/** client-unfreeze: the process wakes and handles, in order, every timer and message that waited. */
function unfreezeClient(
  sim: ClientEffects,
  index: number,
  note: (text: string, data: ActionData) => void,
): void {
  const rec = sim.world.clients[index] as ClientRecord;
  const client = rec.client.id;
  if (!isPaused(rec))
    return note(`client-unfreeze ${client}: not frozen`, {
      do: 'client-unfreeze',
      client,
      noop: 'not-frozen',
    });
  const backlog = resume(rec);
  note(`client-unfreeze ${client}: ${backlog.length} pending events resume`, {
    do: 'client-unfreeze',
    client,
    noop: null,
    pending: backlog.length,
  });
  for (const entry of backlog) {
    if (entry.kind === 'timer') clientTimerFired(sim, index, entry.name, entry.token);
    else deliverToClient(sim, index, entry.from, entry.message);
  }
}
