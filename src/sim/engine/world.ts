/**
 * The simulated world as plain data (DESIGN.md section 1): clock, event queue, PRNG streams,
 * network, every server's disk, machine state and bookkeeping, the checker's state and the run's
 * records. It is the run's only store: one copy of it (timeline/cloneWorld.ts) is a checkpoint.
 */
import type { CheckerState } from '../check/checker';
import type { Violation } from '../check/ghost';
import type { ZkViolationParams } from '../client/zkViolations';
import type { ChunkedList } from '../kernel/chunkedList';
import type { EventQueue } from '../kernel/eventQueue';
import type { Prng } from '../kernel/prng';
import type { ClientMessage } from '../client/clientMessages';
import type { ClientState, ClientTimer } from '../client/clientProcess';
import type { RecipeState } from '../client/recipes';
import type { Disk } from './zkDb';
import type { PeerStateName, ZabPhase as PhaseName } from '../zab/kinds';
import type { MachineState } from '../zab/machineState';

export type { Disk } from './zkDb';
import type { ZkServerState } from './zkState';
import type { Message } from '../zab/messages';
import type { TimerName } from '../zab/port';
import type { Zxid } from '../zab/zxid';
import type { ResolvedScenario } from '../scenario/types';
import type { TraceHash } from '../trace/traceHash';
import type { CostEvent, CostWorld } from './cost/costState';

interface Timed {
  timeMs: number;
  seq: number;
}

export type KernelEvent = Timed &
  (
    | {
        kind: 'deliver';
        id: number;
        from: number;
        to: number;
        msg: Message | ClientMessage;
        fromInc: number;
        toInc: number;
        sentAtMs: number;
        /** [cost] The receiver's CPU is done with it: deliver now (engine/cost/costHooks.ts). */
        served?: true;
      }
    | { kind: 'clientTimer'; client: number; name: ClientTimer; token: number }
    | { kind: 'sessionTick'; sid: number; token: number; inc: number }
    | { kind: 'timer'; sid: number; name: TimerName; token: number }
    /** `flush`: [cost] the last txn of a group commit; the next batch may start. */
    | { kind: 'fsync'; sid: number; inc: number; zxid: Zxid; flush?: true }
    /** [cost] A step of one of the cost workload's requests (engine/cost/workload.ts). */
    | { kind: 'cost'; event: CostEvent }
    | { kind: 'write'; sid: number; writeId: number }
    /** An extension's own event (engine/extension.ts), heard by the extension named `name`. */
    | { kind: 'extension'; name: string; event: unknown }
  );

export type { PeerStateName, PhaseName };

export interface ServerRecord {
  sid: number;
  /** False after a crash until the restart (a frozen server is still up). */
  up: boolean;
  frozen: boolean;
  /** Bumped at every crash: messages and fsyncs of an earlier incarnation are lost. */
  incarnation: number;
  disk: Disk;
  /** Live timer tokens by name; a timer event fires only if its token is still here. */
  timers: Partial<Record<TimerName, number>>;
  /** Events that reached the server while it was frozen, in arrival order. */
  backlog: KernelEvent[];
  lastFsyncMs: number;
  /** Ghost: count and last zxid of the txns applied (delivered); survives crashes. */
  delivered: number;
  lastDelivered: Zxid;
  /**
   * The server's XState machine: its state value and context (the volatile protocol variables),
   * advanced by zab/machineState.ts. `state` and `phase` below are the value as ZooKeeper names
   * it, as of the last noteState (the trace's 'state' entries are their changes).
   */
  machine: MachineState;
  state: PeerStateName;
  phase: PhaseName | null;
  lookingSinceMs: number;
  /** The ZooKeeperServer layer above ZAB: tree, watches, client connections, sessions. */
  zk: ZkServerState;
}

/** Clients are network nodes too; their node ids start here (sids are 1..9). */
export const CLIENT_NODE_BASE = 100;

/** What a paused client's process has not handled yet: a timer that fired, or a message. */
export type ClientBacklogEntry =
  | { kind: 'timer'; name: ClientTimer; token: number }
  | { kind: 'message'; from: number; message: ClientMessage };

export interface ClientRecord {
  /** The client's network node id: CLIENT_NODE_BASE + its index in the scenario's clients. */
  node: number;
  /** The process is alive (false after client-crash, until client-restart). */
  up: boolean;
  incarnation: number;
  client: ClientState;
  timers: Partial<Record<ClientTimer, number>>;
  /** Servers this client cannot reach (client-partition), or null. */
  blocked: number[] | null;
  rng: Prng;
  recipe: RecipeState | null;
  /**
   * [ext] Present while the process is paused (client-freeze): the timers that fired and the
   * messages that arrived meanwhile, in order, run at client-unfreeze (src/sim/client/pause.ts).
   */
  paused?: ClientBacklogEntry[];
}

export interface NetState {
  delayMsMin: number;
  delayMsMax: number;
  /** The current partition (every sid once), or null when healed. */
  groups: number[][] | null;
  /** Extra one-way delay per directed link "from>to". */
  extraMs: Record<string, number>;
  /** Latest scheduled delivery per directed link, for FIFO order. */
  lastDeliveryMs: Record<string, number>;
  nextMessageId: number;
}

export interface WriteRecord {
  atMs: number;
  via: number;
  path: string;
  data: string;
  zxid: Zxid | null;
  outcome: 'committed' | 'failed' | 'pending';
  error?: string;
  doneAtMs?: number;
}

export interface ElectionRecord {
  leader: number;
  epoch: number;
  startedAtMs: number;
  establishedAtMs: number;
}

/**
 * A violation the run recorded: the checker's (check/ghost.ts, ZAB's invariants, ViolationParams)
 * or the ZooKeeper layer's (client/zkViolations.ts, one parameter shape per invariant).
 */
export interface RunViolation extends Omit<Violation, 'params'> {
  params?: Violation['params'] | ZkViolationParams;
  /**
   * The detail code (`<Invariant>.<case>`, check/violationDetail.ts) when the recorder kept it;
   * the report falls back to the invariant, which is the whole code of a one-case invariant.
   */
  code?: string;
}

export interface World {
  scenario: ResolvedScenario;
  nowMs: number;
  /** Kernel events processed so far; the timeline's index. */
  events: number;
  queue: EventQueue<KernelEvent>;
  /**
   * How many entries of the scenario's script (server starts, then actions, by time) have been
   * applied. The script stays in the scenario instead of the queue, so a checkpoint does not
   * copy thousands of future actions. At equal times a script entry runs before queued events.
   */
  scriptCursor: number;
  rng: { net: Prng; disk: Prng };
  net: NetState;
  servers: ServerRecord[];
  /**
   * Open TCP connections by id: learner connections (`learner` is the learner's sid, `leader` the
   * leader's) and client connections (`client: true`; `learner` is the client's node, `leader`
   * the server's sid).
   */
  conns: Record<string, { learner: number; leader: number; client?: true }>;
  clients: ClientRecord[];
  nextConnId: number;
  nextTimerToken: number;
  checker: CheckerState;
  violations: RunViolation[];
  /** Write records are immutable; an update replaces the record (setAt), so clones can share them. */
  writes: ChunkedList<WriteRecord>;
  /**
   * Ids of the writes still pending, ascending: a server that stops serving fails its own, and
   * scanning every write of a long run at each election would cost O(writes) per election.
   */
  pendingWrites: number[];
  /**
   * Outcomes of the write records a long run dropped (engine/purge.ts purgeWriteRecords): only
   * the newest WRITE_RECORDS_KEPT and every pending one stay. Absent until the first drop;
   * replaced, never changed, so that clones may share it.
   */
  writesDropped?: { committed: number; failed: number };
  elections: ElectionRecord[];
  traceHash: TraceHash;
  traceCount: number;
  /**
   * The state of each extension the scenario uses (engine/extension.ts), by extension name, as
   * plain data: the load-balancing lab's is under "lab" (src/sim/lab) when there is a balancer.
   */
  extensions: Record<string, unknown>;
  /**
   * The cost model's state (engine/cost/costState.ts), present only when the scenario has a cost
   * section: a world without it is exactly the world of a run before the cost model existed.
   */
  cost?: CostWorld;
}

/**
 * One server's record as code above the simulation reads it (engine/views.ts); of the events held
 * while frozen, only how many (the events themselves are kernel events, the engine's own).
 */
export type ServerRecordView = Readonly<Omit<ServerRecord, 'backlog'>> & {
  readonly backlog: { readonly length: number };
};

/**
 * The world as code above the simulation reads it (Simulation.view): everything but the kernel
 * queue, the PRNG streams and the checker's working state. Read-only by type at its first level;
 * the nested data is read-only by convention (DESIGN.md section 3: the worker projects, it never
 * changes the run). It lives beside World so that the engine can hand it out without importing
 * the views that read it (scripts/importGraph.ts counts type-only cycles too).
 */
export type WorldView = Readonly<Omit<World, 'queue' | 'rng' | 'checker' | 'servers'>> & {
  readonly servers: readonly ServerRecordView[];
};
