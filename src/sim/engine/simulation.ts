/**
 * The simulation: a world of plain data, each server's XState machine state included, advanced
 * one kernel event at a time. `step()` pops the earliest (timeMs, seq) event and hands it to the server it
 * concerns; every outcome (messages, timers, fsyncs, deliveries, ghost events for the checker,
 * trace lines) flows back through the server's port. Nothing here reads a clock or a global
 * random source, so a run is a pure function of the scenario and the commands applied.
 */
import { observe } from '../check/checker';
import type { GhostEvent } from '../check/ghost';
import { assertNever } from '../kernel/assert';
import { at, setAt } from '../kernel/chunkedList';
import { pop, push } from '../kernel/eventQueue';
import { costFsyncEnded, costReceivedMs } from './cost/costHooks';
import {
  isWorkloadWrite,
  onCostEvent,
  workloadServerStopped,
  workloadWriteApplied,
  workloadWriteFailed,
} from './cost/workload';
import type { ResolvedScenario } from '../scenario/types';
import { EVENTS_LONG_MAX, EVENTS_MAX } from '../scenario/bounds';
import { updateTraceHash } from '../trace/traceHash';
import type { TraceEvent } from '../trace/traceEvent';
import { messageLabel, type Message, type Txn } from '../zab/messages';
import { advanceMachine, stateOf, type MachineCache } from '../zab/machineState';
import type { ServerEvent } from '../zab/serverMachine';
import type { ServerContext } from '../zab/context';
import { applyAction } from './actions';
import { clientTimerFired, deliverToClient, scheduledClientStart } from './clients';
import type { ClientMessage } from '../client/clientMessages';
import { zkViolationDetail, type ZkViolation } from '../client/zkViolations';
import { runRecipe } from './recipes';
import { injectInitialState } from './initialState';
import { deliveryVerdict, sendMessage } from './network';
import type { PortHost } from './portHost';
import { EnginePort } from './serverPort';
import { ZkLayer } from './zkLayer';
import { createWorld, scriptOf, type ScriptEntry } from './createWorld';
import type { ClientOutcome, ServerEffects, ZkEffects } from './effects';
import type { Extension } from './extension';
import { ExtensionHost } from './extensionHost';
import type { ApplyResult } from '../zk/dataTree';
import type { SessionId } from '../zk/sessionId';
import type { ZkTxn } from '../zk/txn';

import { freshZkState } from './zkState';
import { loadDatabaseAtStart } from './databasePort';
import {
  CLIENT_NODE_BASE,
  type KernelEvent,
  type ServerRecord,
  type World,
  type WorldView,
} from './world';

function isClientMessage(m: Message | ClientMessage): m is ClientMessage {
  return m.kind.startsWith('ZK_');
}

export interface SimulationOptions {
  /** Called with every trace event, in order (the CLI's --trace, the app's event log). */
  onTrace?: (event: TraceEvent) => void;
  /**
   * The extensions this run may use (engine/extension.ts); those the scenario asks for take part.
   * The world must have been created with the same list (createWorld).
   */
  extensions?: readonly Extension[];
  /**
   * The run's event budget, EVENTS_MAX unless a caller that is not the app asks for a longer run
   * (the bench's long cost runs, docs/CAPACITY.md "A long run at the plan's offered load"): at
   * most EVENTS_LONG_MAX (scenario/bounds.ts). Not a scenario field: the file's runs, in the app
   * and the CLI, keep the same budget everywhere.
   */
  eventsMax?: number;
}

export class Simulation implements PortHost, ServerEffects, ZkEffects {
  readonly zk: ZkLayer = new ZkLayer(this);
  readonly ports: EnginePort[];
  private readonly script: ScriptEntry[];
  /** The extensions taking part, and their hooks. */
  private readonly host: ExtensionHost;
  /**
   * Servers whose machine is taking a macrostep, and the events that reached them meanwhile:
   * like an actor's mailbox, an event for a busy machine waits for the current step to end.
   */
  private readonly busy: boolean[] = [];
  private readonly mailbox: { sid: number; event: ServerEvent }[] = [];
  /** Each server's resolved machine snapshot (zab/machineState.ts): derived data, not state. */
  private readonly machines: MachineCache[];
  /** The event budget of this run (SimulationOptions.eventsMax). */
  private readonly eventsMax: number;

  /**
   * Continues the run `world` holds (a new one from createWorld, or a checkpoint's copy): the
   * world is the whole state, server machines included, so nothing else is needed.
   */
  constructor(
    public world: World,
    private readonly options: SimulationOptions = {},
  ) {
    const extensions = options.extensions ?? [];
    const eventsMax = options.eventsMax ?? EVENTS_MAX;
    if (!Number.isSafeInteger(eventsMax) || eventsMax < 1 || eventsMax > EVENTS_LONG_MAX)
      throw new RangeError(`eventsMax: expected an integer from 1 to ${EVENTS_LONG_MAX}`);
    this.eventsMax = eventsMax;
    this.script = scriptOf(world.scenario, extensions);
    this.host = new ExtensionHost(this, extensions);
    this.ports = world.servers.map((s) => new EnginePort(this, s.sid));
    this.machines = world.servers.map(() => ({ snapshot: null }));
  }

  /**
   * A new run of the scenario. The extensions are named on purpose (src/sim/extensions.ts has the
   * standard ones, createSimulation): a run that silently left out the lab would still run.
   */
  static fromScenario(
    scenario: ResolvedScenario,
    options: SimulationOptions & { extensions: readonly Extension[] },
  ): Simulation {
    const sim = new Simulation(createWorld(scenario, options.extensions), options);
    injectInitialState(sim);
    return sim;
  }

  /**
   * The run as code above src/sim reads it: the world without its kernel queue, PRNG streams or
   * checker state (engine/views.ts has the functions for what the queue holds). The worker and
   * the UI read only this; lint keeps them off `world` (eslint.config.js).
   */
  get view(): WorldView {
    return this.world;
  }

  /** The simulated time the run has reached. */
  get nowMs(): number {
    return this.world.nowMs;
  }

  /** How many trace events the run has emitted (the next one's index). */
  get traceCount(): number {
    return this.world.traceCount;
  }

  /** The extensions taking part in this run, in order. */
  get extensions(): readonly Extension[] {
    return this.host.extensions;
  }

  /**
   * A person's command for an extension (from the timeline): false when no extension of this run
   * answers commands of this kind (it is an ordinary action).
   */
  command(action: { atMs: number; do: string }): boolean {
    return this.host.command(action);
  }

  txnApplied(sid: number, txn: ZkTxn, result: ApplyResult): void {
    this.host.txnApplied(sid, txn, result);
  }

  sessionExpired(sid: number, session: SessionId): void {
    this.host.sessionExpired(sid, session);
  }

  // ---------------------------------------------------------------- PortHost

  ghost(event: GhostEvent): void {
    const w = this.world;
    for (const v of observe(w.checker, w.nowMs, event)) {
      w.violations.push(v);
      this.emit({
        t: w.nowMs,
        e: w.events,
        k: 'violation',
        invariant: v.invariant,
        detail: v.detail,
        ...(v.params ? { p: v.params } : {}),
      });
    }
    if (event.kind === 'established') {
      const rec = w.servers[event.sid - 1] as ServerRecord;
      w.elections.push({
        leader: event.sid,
        epoch: event.epoch,
        startedAtMs: rec.lookingSinceMs,
        establishedAtMs: w.nowMs,
      });
    }
  }

  trace(sid: number, text: string, data?: Record<string, unknown>): void {
    const w = this.world;
    this.emit(
      data
        ? { t: w.nowMs, e: w.events, k: 'log', sid, text, data }
        : { t: w.nowMs, e: w.events, k: 'log', sid, text },
    );
  }

  traceSend(from: number, to: number, msg: Message, id: number): void {
    this.emit({
      t: this.world.nowMs,
      e: this.world.events,
      k: 'send',
      from,
      to,
      label: messageLabel(msg),
      id,
    });
  }

  writeDelivered(sid: number, txn: Txn): void {
    if (isWorkloadWrite(txn.writeId)) return workloadWriteApplied(this, sid, txn.writeId);
    if (txn.writeId < 0) return;
    const wr = at(this.world.writes, txn.writeId);
    if (!wr || wr.outcome !== 'pending' || wr.via !== sid) return;
    this.settled(txn.writeId);
    setAt(this.world.writes, txn.writeId, {
      ...wr,
      outcome: 'committed',
      doneAtMs: this.world.nowMs,
    });
  }

  failWrite(writeId: number, error: string): void {
    if (isWorkloadWrite(writeId)) return workloadWriteFailed(this, writeId);
    const wr = at(this.world.writes, writeId);
    if (!wr || wr.outcome !== 'pending') return;
    this.settled(writeId);
    setAt(this.world.writes, writeId, {
      ...wr,
      outcome: 'failed',
      error,
      doneAtMs: this.world.nowMs,
    });
  }

  /** An invariant of the ZooKeeper layer broke (ZAB.md 7.2 items 16-19). */
  violation(v: ZkViolation): void {
    const w = this.world;
    const detail = zkViolationDetail(v);
    w.violations.push({ atMs: w.nowMs, invariant: v.invariant, detail, params: v.params });
    this.emit({
      t: w.nowMs,
      e: w.events,
      k: 'violation',
      invariant: v.invariant,
      detail,
      p: v.params,
    });
  }

  emit(event: TraceEvent): void {
    const w = this.world;
    updateTraceHash(w.traceHash, JSON.stringify(event));
    w.traceCount++;
    this.options.onTrace?.(event);
  }

  // ---------------------------------------------------------------- running

  /**
   * Processes the next event if it is due by `untilMs`; returns false when there is none, or
   * when the run has spent its event budget (EVENTS_MAX, scenario/bounds.ts): whatever the
   * scenario asks for, a run does a bounded amount of work.
   */
  step(untilMs = Infinity): boolean {
    const w = this.world;
    if (w.events >= this.eventsMax) return false;
    const head = w.queue.heap[0];
    const entry = this.script[w.scriptCursor];
    if (
      entry !== undefined &&
      entry.atMs <= untilMs &&
      (head === undefined || entry.atMs <= head.timeMs)
    ) {
      w.scriptCursor++;
      w.nowMs = entry.atMs;
      w.events++;
      if (entry.kind === 'start') this.startServer(entry.sid);
      else if (entry.kind === 'clientStart') scheduledClientStart(this, entry.index);
      else if (entry.kind === 'extension') this.host.onScript(entry.name, entry.index);
      else applyAction(this, entry.index);
      return true;
    }
    if (head === undefined || head.timeMs > untilMs) return false;
    const ev = pop(w.queue) as KernelEvent;
    w.nowMs = ev.timeMs;
    w.events++;
    this.dispatch(ev);
    return true;
  }

  /** The time of the next due event (queued or scripted), or Infinity when nothing is due. */
  nextDueMs(): number {
    const head = this.world.queue.heap[0];
    const entry = this.script[this.world.scriptCursor];
    return Math.min(head ? head.timeMs : Infinity, entry ? entry.atMs : Infinity);
  }

  /** Runs to `untilMs`, or to the end of the event budget (then the clock stays where it stopped). */
  runUntil(untilMs: number): void {
    while (this.step(untilMs)) {
      /* keep going */
    }
    if (this.world.nowMs < untilMs && this.budgetSpentBefore(untilMs) === null)
      this.world.nowMs = untilMs;
  }

  /**
   * When the event budget stopped the run with events still due by `untilMs`: the budget and the
   * simulated time reached, as data for a message (the runner's, the app's). Null otherwise, in
   * particular when the run used exactly its budget and had nothing more to do.
   */
  budgetSpentBefore(
    untilMs: number,
  ): { code: 'event-budget'; events: number; atMs: number } | null {
    const w = this.world;
    if (w.events < this.eventsMax || this.nextDueMs() > untilMs) return null;
    return { code: 'event-budget', events: this.eventsMax, atMs: w.nowMs };
  }

  private dispatch(ev: KernelEvent): void {
    switch (ev.kind) {
      case 'deliver':
        return this.deliver(ev);
      case 'timer': {
        const rec = this.server(ev.sid);
        if (!rec.up || rec.timers[ev.name] !== ev.token) return;
        if (rec.frozen) return void rec.backlog.push(ev);
        delete rec.timers[ev.name];
        this.emit({
          t: this.world.nowMs,
          e: this.world.events,
          k: 'timer',
          sid: ev.sid,
          name: ev.name,
        });
        return this.sendTo(ev.sid, { type: 'TIMER', name: ev.name, port: this.port(ev.sid) });
      }
      case 'fsync': {
        if (ev.flush === true) costFsyncEnded(this.world, ev.sid);
        const rec = this.server(ev.sid);
        if (!rec.up || rec.incarnation !== ev.inc) return;
        if (rec.frozen) return void rec.backlog.push(ev);
        return this.sendTo(ev.sid, { type: 'LOGGED', zxid: ev.zxid, port: this.port(ev.sid) });
      }
      case 'write': {
        const rec = this.server(ev.sid);
        if (!rec.up) return this.failWrite(ev.writeId, 'ConnectionLoss');
        if (rec.frozen) return void rec.backlog.push(ev);
        const wr = at(this.world.writes, ev.writeId);
        if (!wr) return;
        return this.sendTo(ev.sid, {
          type: 'REQUEST',
          request: { kind: 'write', path: wr.path, data: wr.data, writeId: ev.writeId },
          port: this.port(ev.sid),
        });
      }
      case 'clientTimer':
        return clientTimerFired(this, ev.client, ev.name, ev.token);
      case 'sessionTick':
        return this.zk.sessionTick(ev.sid, ev.token, ev.inc);
      case 'extension':
        return this.host.onEvent(ev.name, ev.event);
      case 'cost':
        return onCostEvent(this, ev.event);
      default:
        return assertNever(ev, 'kernel event');
    }
  }

  /** After a client's step: its recipe reacts to what happened (replies, watch events, session). */
  afterClientStep(index: number, outcome: ClientOutcome): void {
    runRecipe(this, index, outcome);
    this.host.clientStepped(index);
  }

  private deliver(ev: Extract<KernelEvent, { kind: 'deliver' }>): void {
    const w = this.world;
    const verdict = deliveryVerdict(w, ev);
    const label = ev.msg.kind === 'PACKET' ? ev.msg.packet.kind : ev.msg.kind;
    const to = ev.to >= CLIENT_NODE_BASE ? null : this.server(ev.to);
    if (verdict === 'deliver' && to?.frozen) return void to.backlog.push(ev);
    // With the cost model on, a message that reached a server waits for its CPU first.
    if (verdict === 'deliver' && to && w.cost && ev.served !== true)
      return void push(w.queue, {
        ...ev,
        served: true,
        timeMs: costReceivedMs(w, ev.to, ev.msg),
      } as Omit<KernelEvent, 'seq'>);
    if (verdict !== 'deliver') {
      this.emit({
        t: w.nowMs,
        e: w.events,
        k: 'drop',
        from: ev.from,
        to: ev.to,
        label,
        id: ev.id,
        reason: verdict,
      });
      // A host that is down refuses connections at once; a closed connection answers with a reset.
      if (verdict === 'receiver down' && ev.msg.kind === 'CONNECT')
        sendMessage(w, ev.to, ev.from, { kind: 'REFUSE', conn: ev.msg.conn });
      if (verdict === 'connection closed' && ev.msg.kind === 'PACKET')
        sendMessage(w, ev.to, ev.from, { kind: 'CLOSE', conn: ev.msg.conn });
      if (verdict === 'connection closed' && ev.msg.kind.startsWith('ZK_') && 'conn' in ev.msg)
        sendMessage(w, ev.to, ev.from, { kind: 'ZK_CLOSE', conn: ev.msg.conn });
      if (verdict === 'receiver down' && ev.msg.kind === 'ZK_CONNECT')
        sendMessage(w, ev.to, ev.from, { kind: 'ZK_CLOSE', conn: ev.msg.conn });
      // TCP never skips a segment: a packet lost to a partition breaks its connection, so later
      // packets on it are not delivered either, and after the heal the peer answers with a reset.
      if (
        verdict === 'partitioned' &&
        'conn' in ev.msg &&
        ev.msg.kind !== 'CONNECT' &&
        ev.msg.kind !== 'ZK_CONNECT'
      )
        delete w.conns[String(ev.msg.conn)];
      return;
    }
    this.emit({
      t: w.nowMs,
      e: w.events,
      k: 'deliver',
      from: ev.from,
      to: ev.to,
      label,
      id: ev.id,
    });
    const m = ev.msg;
    if (isClientMessage(m)) {
      if (ev.to >= CLIENT_NODE_BASE)
        return deliverToClient(this, ev.to - CLIENT_NODE_BASE, ev.from, m);
      return this.zk.onClientMessage(ev.to, ev.from, m);
    }
    const port = this.port(ev.to);
    switch (m.kind) {
      case 'Notification': {
        const { kind: _k, ...vote } = m;
        return this.sendTo(ev.to, { type: 'NOTIFICATION', from: ev.from, vote, port });
      }
      case 'CONNECT':
      case 'ACCEPT':
      case 'REFUSE':
      case 'CLOSE':
        return this.sendTo(ev.to, { type: m.kind, from: ev.from, conn: m.conn, port });
      case 'PACKET':
        return this.sendTo(ev.to, {
          type: 'PACKET',
          from: ev.from,
          conn: m.conn,
          packet: m.packet,
          port,
        });
      default:
        return assertNever(m, 'message');
    }
  }

  /**
   * Sends an event to a server's machine and records the state change it causes, if any. An
   * event for a machine in the middle of a step is queued and taken right after that step, in
   * arrival order, as an XState actor's mailbox would.
   */
  sendTo(sid: number, event: ServerEvent): void {
    if (this.busy[sid]) return void this.mailbox.push({ sid, event });
    const machine = this.server(sid).machine;
    const cache = this.machines[sid - 1] as MachineCache;
    this.busy[sid] = true;
    try {
      advanceMachine(machine, event, cache);
      for (let k = this.queuedFor(sid); k >= 0; k = this.queuedFor(sid)) {
        const [queued] = this.mailbox.splice(k, 1);
        advanceMachine(machine, (queued as { event: ServerEvent }).event, cache);
      }
    } finally {
      this.busy[sid] = false;
    }
    this.noteState(sid);
  }

  /** The index of the first event waiting for server `sid`, or -1. */
  private queuedFor(sid: number): number {
    return this.mailbox.length === 0 ? -1 : this.mailbox.findIndex((m) => m.sid === sid);
  }

  noteState(sid: number): void {
    const rec = this.server(sid);
    const { state, phase } = stateOf(rec.machine);
    if (state === rec.state && phase === rec.phase) return;
    const wasServing = rec.phase === 'broadcast';
    if (state === 'LOOKING' && rec.state !== 'LOOKING') rec.lookingSinceMs = this.world.nowMs;
    rec.state = state;
    rec.phase = phase;
    this.emit({ t: this.world.nowMs, e: this.world.events, k: 'state', sid, state, phase });
    this.ghost({
      kind: 'state',
      sid,
      state,
      phase: state === 'DOWN' ? null : phase,
      epoch: rec.disk.currentEpoch,
    });
    if (wasServing && phase !== 'broadcast') this.failPendingWritesVia(sid);
    this.zk.onRoleChange(sid, wasServing, this.port(sid).silenced);
  }

  /** A server that stops serving closes its clients' connections: their pending writes fail. */
  failPendingWritesVia(sid: number): void {
    if (this.world.cost) workloadServerStopped(this, sid);
    for (const i of this.world.pendingWrites.slice()) {
      if (at(this.world.writes, i)?.via === sid) this.failWrite(i, 'ConnectionLoss');
    }
  }

  /** A write is no longer pending (committed or failed). */
  private settled(writeId: number): void {
    const pending = this.world.pendingWrites;
    const k = pending.indexOf(writeId);
    if (k >= 0) pending.splice(k, 1);
  }

  startServer(sid: number): void {
    const rec = this.server(sid);
    if (rec.up) return;
    rec.up = true;
    rec.zk = freshZkState(this.world.nowMs);
    loadDatabaseAtStart(this, rec, this.world);
    this.ghost({ kind: 'restart', sid });
    this.ghost({
      kind: 'epochs',
      sid,
      acceptedEpoch: rec.disk.acceptedEpoch,
      currentEpoch: rec.disk.currentEpoch,
    });
    this.sendTo(sid, { type: 'START', port: this.port(sid) });
  }

  server(sid: number): ServerRecord {
    return this.world.servers[sid - 1] as ServerRecord;
  }
  port(sid: number): EnginePort {
    return this.ports[sid - 1] as EnginePort;
  }
  /** A server's volatile protocol state (its machine's context), read-only by convention. */
  contextOf(sid: number): ServerContext {
    return this.server(sid).machine.context;
  }
}
