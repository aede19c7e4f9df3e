/**
 * The scenario format, version 1 (shared/SCENARIO.md, a public contract: field names and meanings
 * exactly as written there). `Scenario` is what a file may contain, with optional fields left
 * out; `ResolvedScenario` is what validation returns and the engine runs, with every default
 * filled in, so the engine never has to know a default. Extensions beyond the contract are marked
 * "[ext]" and documented in docs/SCENARIO-EXTENSIONS.md. The report types live in ./report and
 * are re-exported here so that one import gives the whole contract.
 */
export type * from './report';
import type { CostSpec, ResolvedCost } from './costSection';
export type { CostSpec, ResolvedCost } from './costSection';

import type { BalancerActionKind } from '../lab/kinds';
import type { StrategyId } from '../lb/kinds';
import type { CreateMode } from '../zk/kinds';

/** Load-balancing strategy ids: one list, owned by src/sim/lb (DESIGN.md section 5). */
export { STRATEGY_IDS } from '../lb/kinds';
export type { StrategyId } from '../lb/kinds';

/** ZooKeeper's CreateMode values that scenarios may use: one list, owned by src/sim/zk. */
export { CREATE_MODES } from '../zk/kinds';
export type { CreateMode } from '../zk/kinds';

export const RECIPE_KINDS = ['register', 'discover', 'config', 'lock'] as const;
export type RecipeKind = (typeof RECIPE_KINDS)[number];

/** A server named by its sid, or "leader": whoever is LEADING when the action is applied. */
export type SidRef = number | 'leader';

// ---------------------------------------------------------------- ensemble and network

export interface StartSpec {
  sid: number;
  atMs: number;
}

/**
 * Persisted state injected before a server's first start. The log holds the transactions
 * (epoch, 1)..(epoch, counter) of lastZxid's epoch; logs that share a prefix are identical there.
 */
export interface InitialState {
  sid: number;
  acceptedEpoch: number;
  currentEpoch: number;
  /** A zxid as ZooKeeper logs it, e.g. "0x100000005"; "0x0" is the empty log. */
  lastZxid: string;
}

export interface EnsembleSpec {
  /** Voting servers, sids 1..servers. */
  servers: number;
  /** Observers, sids servers+1..servers+observers. */
  observers?: number;
  tickTimeMs?: number;
  initLimit?: number;
  syncLimit?: number;
  /** Servers not listed start at 0. */
  start?: StartSpec[];
  initial?: InitialState[];
  /** [ext] ZKDatabase.commitLogCount: how many committed proposals a leader keeps for DIFF. */
  commitLogCount?: number;
  /**
   * [ext] zookeeper.snapshotSizeFactor: a leader may DIFF from its txn log while the log files
   * the read crosses are at most this times its snapshot's size; negative turns that off.
   */
  snapshotSizeFactor?: number;
  /**
   * [ext] zookeeper.snapCount: a server takes a snapshot after snapCount / 2 plus a roll below
   * snapCount / 2 txns logged since its last one (SyncRequestProcessor.shouldSnapshot).
   */
  snapCount?: number;
  /** [ext] autopurge.snapRetainCount: snapshots kept; the txn log before the oldest is purged. */
  snapRetainCount?: number;
}

export interface NetworkSpec {
  delayMsMin?: number;
  delayMsMax?: number;
  /** [ext] Time a server takes to fsync one transaction to its log, drawn per write. */
  fsyncMsMin?: number;
  fsyncMsMax?: number;
}

// ---------------------------------------------------------------- clients and recipes

export type Recipe =
  | { kind: 'register'; path: string; data: string }
  | { kind: 'discover'; path: string }
  | { kind: 'config'; path: string }
  /**
   * [ext] `watch`: 'predecessor' (the default, ZooKeeper's recipe) or 'parent', where every waiter
   * watches the lock's children and all wake on each release (the herd effect).
   */
  | { kind: 'lock'; path: string; holdMs: number; watch?: LockWatch };

export const LOCK_WATCHES = ['predecessor', 'parent'] as const;
export type LockWatch = (typeof LOCK_WATCHES)[number];

export interface ClientSpec {
  id: string;
  /** The connect string as sids; tried in a seeded shuffled order. */
  connect: number[];
  /** Requested; the server negotiates it into [2, 20] x tickTime. */
  sessionTimeoutMs: number;
  startAtMs?: number;
  recipe?: Recipe | null;
}

// ---------------------------------------------------------------- the load-balancing lab

export interface BackendSpec {
  id: string;
  meanServiceMs: number;
  slots?: number;
  queueMax?: number;
  weight?: number;
}

export interface BurstSpec {
  onMs: number;
  offMs: number;
  factor: number;
}

export interface KeysSpec {
  count?: number;
  zipfS?: number;
}

export interface TrafficSpec {
  ratePerSec: number;
  burst?: BurstSpec | null;
  keys?: KeysSpec;
}

export type BalancerAction =
  | { atMs: number; do: 'kill-backend'; backend: string }
  | { atMs: number; do: 'restart-backend'; backend: string }
  | { atMs: number; do: 'slow-backend'; backend: string; factor: number }
  /** A new backend, or the id of one of the balancer's spares. */
  | { atMs: number; do: 'add-backend'; backend: BackendSpec | string }
  | { atMs: number; do: 'remove-backend'; backend: string };

/** True when A and B have the same members: a compile-time check that two lists agree. */
type SameMembers<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type MustHold<T extends true> = T;
/** The actions above are exactly the lab's BALANCER_ACTION_KINDS (a compile error otherwise). */
export type BalancerActionsMatchKinds = MustHold<
  SameMembers<BalancerAction['do'], BalancerActionKind>
>;

export interface BalancerSpec {
  /** Where backends register their ephemeral znodes. */
  service: string;
  /** The backends' ZooKeeper session timeout. */
  sessionTimeoutMs: number;
  strategies: StrategyId[];
  /** Virtual nodes per backend for consistent-hash. */
  vnodes?: number;
  backends: BackendSpec[];
  traffic: TrafficSpec;
  actions?: BalancerAction[];
  /**
   * Backends a person can add while the run plays (a timeline command add-backend naming one).
   * Their ZooKeeper clients exist from the start but stay dormant until then.
   */
  spares?: BackendSpec[];
}

// ---------------------------------------------------------------- actions

export interface CrashAction {
  atMs: number;
  do: 'crash';
  sid: SidRef;
}
export interface RestartAction {
  atMs: number;
  do: 'restart';
  sid: SidRef;
}
/** A silent hang: no processing, no connection reset. */
export interface FreezeAction {
  atMs: number;
  do: 'freeze';
  sid: SidRef;
}
export interface UnfreezeAction {
  atMs: number;
  do: 'unfreeze';
  sid: SidRef;
}
/** Every sid exactly once; replaces any earlier partition; links across groups drop silently. */
export interface PartitionAction {
  atMs: number;
  do: 'partition';
  groups: number[][];
}
export interface HealAction {
  atMs: number;
  do: 'heal';
}
/** One setData submitted to server `via` as the ZAB layer sees it; no session. */
export interface WriteAction {
  atMs: number;
  do: 'write';
  via: number;
  path: string;
  data: string;
}
/** [ext] New one-way delay range for messages sent from now on. */
export interface DelayAction {
  atMs: number;
  do: 'delay';
  delayMsMin: number;
  delayMsMax: number;
}
/** [ext] A fixed extra delay on the directed link from -> to; extraMs 0 removes it. */
export interface DelayLinkAction {
  atMs: number;
  do: 'delay-link';
  from: number;
  to: number;
  extraMs: number;
}

/**
 * [ext] Loses one message in flight, named by its send number (engine/handMessages.ts): on a
 * TCP connection the connection breaks with it; a Notification is simply lost.
 */
export interface DropMessageAction {
  atMs: number;
  do: 'drop-message';
  message: number;
}
/** [ext] Holds one message in flight for byMs more, and the messages behind it on its link. */
export interface DelayMessageAction {
  atMs: number;
  do: 'delay-message';
  message: number;
  byMs: number;
}

export type ServerAction =
  | DropMessageAction
  | DelayMessageAction
  | CrashAction
  | RestartAction
  | FreezeAction
  | UnfreezeAction
  | PartitionAction
  | HealAction
  | WriteAction
  | DelayAction
  | DelayLinkAction;

export interface CreateAction {
  atMs: number;
  do: 'create';
  client: string;
  path: string;
  data?: string;
  mode?: CreateMode;
}
/** version -1 means "any version", as in ZooKeeper's API. */
export interface DeleteAction {
  atMs: number;
  do: 'delete';
  client: string;
  path: string;
  version?: number;
}
export interface SetAction {
  atMs: number;
  do: 'set';
  client: string;
  path: string;
  data: string;
  version?: number;
}
export interface ReadAction {
  atMs: number;
  do: 'get' | 'exists' | 'children';
  client: string;
  path: string;
  watch?: boolean;
}
export interface SyncAction {
  atMs: number;
  do: 'sync';
  client: string;
  path: string;
}
export interface SessionAction {
  atMs: number;
  do: 'close-session' | 'client-crash' | 'client-restart' | 'client-heal' | ClientPauseKind;
  client: string;
}
/**
 * [ext] client-freeze pauses the client's process (a long GC pause: no timer runs and nothing it
 * receives is read) until client-unfreeze, when what waited runs at once.
 */
export type ClientPauseKind = 'client-freeze' | 'client-unfreeze';
export interface ClientPartitionAction {
  atMs: number;
  do: 'client-partition';
  client: string;
  from: number[] | 'all';
}

/**
 * [ext] client-add: a new client process, launched when the action applies, with the connect
 * string `connect` (sids) and the requested session timeout. Its id must be new; later actions
 * may name it.
 */
export interface ClientAddAction {
  atMs: number;
  do: 'client-add';
  client: string;
  connect: number[];
  sessionTimeoutMs: number;
}

/**
 * [ext] lock-acquire: the client's application asks for the lock at `path` (the lock recipe's
 * queue of EPHEMERAL_SEQUENTIAL children) and holds it, once granted, until lock-release, which
 * releases it or gives up waiting. A client whose recipe is another one cannot take a lock (the
 * action is recorded and changes nothing); a client with no recipe gets the lock recipe.
 */
export interface LockAcquireAction {
  atMs: number;
  do: 'lock-acquire';
  client: string;
  path: string;
}
export interface LockReleaseAction {
  atMs: number;
  do: 'lock-release';
  client: string;
}

export type ClientAction =
  | ClientAddAction
  | LockAcquireAction
  | LockReleaseAction
  | CreateAction
  | DeleteAction
  | SetAction
  | ReadAction
  | SyncAction
  | SessionAction
  | ClientPartitionAction;

export type Action = ServerAction | ClientAction;
export type ActionKind = Action['do'];

/** The server actions a person may also command while the run plays (src/protocol UserAction). */
export const USER_SERVER_ACTION_KINDS = [
  'crash',
  'restart',
  'freeze',
  'unfreeze',
  'partition',
  'heal',
  'write',
  'drop-message',
  'delay-message',
] as const satisfies readonly ServerAction['do'][];
export const SERVER_ACTION_KINDS = [
  ...USER_SERVER_ACTION_KINDS,
  'delay',
  'delay-link',
] as const satisfies readonly ServerAction['do'][];
export const CLIENT_ACTION_KINDS = [
  'create',
  'delete',
  'set',
  'get',
  'exists',
  'children',
  'sync',
  'close-session',
  'client-crash',
  'client-restart',
  'client-partition',
  'client-heal',
  'client-freeze',
  'client-unfreeze',
  'client-add',
  'lock-acquire',
  'lock-release',
] as const satisfies readonly ClientAction['do'][];
export { BALANCER_ACTION_KINDS } from '../lab/kinds';

// ---------------------------------------------------------------- the scenario

export interface Scenario {
  version: 1;
  /** The only source of randomness. */
  seed: number;
  untilMs: number;
  /** [ext] Free text carried along by exports; ignored by the engine. */
  title?: string;
  description?: string;
  ensemble: EnsembleSpec;
  network?: NetworkSpec;
  clients?: ClientSpec[];
  balancer?: BalancerSpec | null;
  actions?: Action[];
  /** [ext] The cost model in the engine (issue 17); absent or null: off, today's timing. */
  cost?: CostSpec | null;
}

// ---------------------------------------------------------------- resolved: every default filled

export interface ResolvedEnsemble {
  servers: number;
  observers: number;
  tickTimeMs: number;
  initLimit: number;
  syncLimit: number;
  /** One entry per sid (voters and observers), ascending sid. */
  start: StartSpec[];
  /** Ascending sid; lastZxid in ZooKeeper's canonical form. */
  initial: InitialState[];
  commitLogCount: number;
  snapshotSizeFactor: number;
  snapCount: number;
  snapRetainCount: number;
}

export type ResolvedNetwork = Required<NetworkSpec>;

export interface ResolvedClient extends ClientSpec {
  startAtMs: number;
  recipe: Recipe | null;
}

export type ResolvedBackend = Required<BackendSpec>;

export interface ResolvedTraffic {
  ratePerSec: number;
  burst: BurstSpec | null;
  keys: Required<KeysSpec>;
}

export type ResolvedBalancerAction =
  | Exclude<BalancerAction, { do: 'add-backend' }>
  /** `spare`: the backend is one of balancer.spares (its client is in the lab's layout already). */
  | { atMs: number; do: 'add-backend'; backend: ResolvedBackend; spare: boolean };

export interface ResolvedBalancer {
  service: string;
  sessionTimeoutMs: number;
  strategies: StrategyId[];
  vnodes: number;
  backends: ResolvedBackend[];
  traffic: ResolvedTraffic;
  /** Sorted stably by atMs. */
  actions: ResolvedBalancerAction[];
  spares: ResolvedBackend[];
}

export interface ResolvedCreateAction extends CreateAction {
  data: string;
  mode: CreateMode;
}
export interface ResolvedDeleteAction extends DeleteAction {
  version: number;
}
export interface ResolvedSetAction extends SetAction {
  version: number;
}
export interface ResolvedReadAction extends ReadAction {
  watch: boolean;
}

export type ResolvedClientAction =
  | ClientAddAction
  | ResolvedCreateAction
  | ResolvedDeleteAction
  | ResolvedSetAction
  | ResolvedReadAction
  | SyncAction
  | SessionAction
  | ClientPartitionAction
  | LockAcquireAction
  | LockReleaseAction;

export type ResolvedAction = ServerAction | ResolvedClientAction;

export interface ResolvedScenario {
  version: 1;
  seed: number;
  untilMs: number;
  title?: string;
  description?: string;
  ensemble: ResolvedEnsemble;
  network: ResolvedNetwork;
  clients: ResolvedClient[];
  balancer: ResolvedBalancer | null;
  /** Sorted stably by atMs: for equal times the order of the file is the tie-break. */
  actions: ResolvedAction[];
  /**
   * The cost model's section with its defaults, present only when the file turns it on: a
   * scenario without it resolves (and exports) exactly as before the section existed.
   */
  cost?: ResolvedCost;
}
