/**
 * Exact time travel (DESIGN.md section 4, after RaftScope's state.js): a checkpoint every K
 * events plus the log of user commands. seek(n) restores the nearest checkpoint at or before n
 * and replays, applying each command at the event index where it was given, so stepping back
 * and scrubbing show exactly what happened, never an animation played backwards. A command
 * given in the past forks: later checkpoints, commands and trace entries are dropped.
 */
import { applyServerAction } from '../engine/actions';
import type { Extension } from '../engine/extension';
import { Simulation, type SimulationOptions } from '../engine/simulation';
import type { World } from '../engine/world';
import { STANDARD_EXTENSIONS } from '../extensions';
import type { ResolvedAction, ResolvedBalancerAction, ResolvedScenario } from '../scenario/types';
import type { TraceEvent } from '../trace/traceEvent';
import { cloneWorld } from './cloneWorld';

/**
 * What a user can do: a scenario action, or a balancer action (kill, restart, slow or remove a
 * backend, or add one of the balancer's spares, named by its id).
 */
export type CommandAction =
  | ResolvedAction
  | Exclude<ResolvedBalancerAction, { do: 'add-backend' }>
  | { atMs: number; do: 'add-backend'; backend: string };

/** A user command: an action applied after `atEvent` kernel events. */
export interface Command {
  atEvent: number;
  action: CommandAction;
}

/** The world after `atEvent` events: one copy of one plain object (server machines included). */
interface Checkpoint {
  atEvent: number;
  world: World;
}

export interface TimelineOptions {
  checkpointEvery?: number;
  /** Keep the trace in memory (the app's event log); the CLI streams it instead. */
  keepTrace?: boolean;
  /** The extensions the run may use (src/sim/extensions.ts, STANDARD_EXTENSIONS by default). */
  extensions?: readonly Extension[];
}

export class Timeline {
  sim: Simulation;
  /** Private: a checkpoint holds a World, which nothing outside src/sim reads (checkpointEvents). */
  private readonly checkpoints: Checkpoint[] = [];
  readonly commands: Command[] = [];
  readonly trace: TraceEvent[] = [];
  /** The furthest event index reached on the current branch. */
  frontier = 0;
  private readonly every: number;
  private readonly keepTrace: boolean;
  private readonly extensions: readonly Extension[];

  constructor(
    readonly scenario: ResolvedScenario,
    options: TimelineOptions = {},
  ) {
    this.every = options.checkpointEvery ?? 2000;
    this.keepTrace = options.keepTrace ?? true;
    this.extensions = options.extensions ?? STANDARD_EXTENSIONS;
    this.sim = Simulation.fromScenario(scenario, this.simOptions());
    this.checkpoint();
  }

  /** The event index of each checkpoint, oldest first: how many there are and where, no worlds. */
  get checkpointEvents(): number[] {
    return this.checkpoints.map((c) => c.atEvent);
  }

  get now(): number {
    return this.sim.world.events;
  }

  /**
   * Set when the run stopped at the event budget (scenario/bounds.ts, EVENTS_MAX) before
   * untilMs: step() returns false from there on, and the app should say why, as a code.
   */
  get budgetSpent(): { code: 'event-budget'; events: number; atMs: number } | null {
    return this.sim.budgetSpentBefore(this.scenario.untilMs);
  }

  private simOptions(): SimulationOptions & { extensions: readonly Extension[] } {
    return { onTrace: (e: TraceEvent) => this.record(e), extensions: this.extensions };
  }

  private record(e: TraceEvent): void {
    // traceCount was incremented for this entry: it is entry number traceCount - 1 of the branch.
    if (this.keepTrace && this.sim.world.traceCount > this.trace.length) this.trace.push(e);
  }

  private checkpoint(): void {
    const last = this.checkpoints[this.checkpoints.length - 1];
    if (last && last.atEvent >= this.now) return;
    this.checkpoints.push({
      atEvent: this.now,
      world: cloneWorld(this.sim.world, this.extensions),
    });
  }

  private applyCommandsAt(index: number): void {
    for (const c of this.commands) if (c.atEvent === index) this.apply(c.action);
  }

  /**
   * A command given between two events happens at its own time (action.atMs), which may be after
   * the last event: the clock moves there first, never past the next due event, so a replay and
   * an exported scenario (where the action runs at atMs) see exactly the same run.
   */
  private apply(action: CommandAction): void {
    const w = this.sim.world;
    if (action.atMs > w.nowMs) w.nowMs = Math.min(action.atMs, this.sim.nextDueMs());
    // A balancer action goes to the lab (the extension that answers its kind); others are the engine's.
    if (!this.sim.command(action)) applyServerAction(this.sim, action as ResolvedAction);
  }

  /** One kernel event forward; false when the run has nothing left before untilMs. */
  step(untilMs = this.scenario.untilMs): boolean {
    if (!this.sim.step(untilMs)) return false;
    this.applyCommandsAt(this.now);
    if (this.now > this.frontier) this.frontier = this.now;
    if (this.now % this.every === 0) this.checkpoint();
    return true;
  }

  /** Restores the state after exactly n events (n may be behind or ahead of now). */
  seek(n: number): void {
    const target = Math.max(0, n);
    let cp = this.checkpoints[0] as Checkpoint;
    for (const c of this.checkpoints)
      if (c.atEvent <= target) cp = c;
      else break;
    // Restore when going back, or when a checkpoint lies between now and the target.
    if (target < this.now || cp.atEvent > this.now) {
      this.sim = new Simulation(cloneWorld(cp.world, this.extensions), this.simOptions());
    }
    while (this.now < target && this.step(Infinity)) {
      /* replay */
    }
  }

  /**
   * Applies a user command now. If now is behind the frontier, the future is rewritten: later
   * checkpoints, commands and trace entries are dropped (a fork), and the method returns true.
   */
  command(action: CommandAction): boolean {
    const forked = this.now < this.frontier || this.commands.some((c) => c.atEvent > this.now);
    if (forked) {
      const keep = (c: { atEvent: number }) => c.atEvent <= this.now;
      spliceWhere(this.checkpoints, (c) => !keep(c));
      spliceWhere(this.commands, (c) => !keep(c));
      this.trace.length = Math.min(this.trace.length, this.sim.world.traceCount);
      this.frontier = this.now;
    }
    const w = this.sim.world;
    const atMs = Math.max(w.nowMs, Math.min(action.atMs, this.sim.nextDueMs()));
    const stamped = { ...action, atMs } as CommandAction;
    this.commands.push({ atEvent: this.now, action: stamped });
    this.apply(stamped);
    // A checkpoint taken at this very index predates the command: retake it.
    const last = this.checkpoints[this.checkpoints.length - 1];
    if (last && last.atEvent === this.now) {
      this.checkpoints.pop();
      this.checkpoint();
    }
    return forked;
  }
}

function spliceWhere<T>(items: T[], drop: (item: T) => boolean): void {
  let j = 0;
  for (const item of items) if (!drop(item)) items[j++] = item;
  items.length = j;
}
