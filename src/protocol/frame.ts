/**
 * What the worker sends the UI to draw: a compact projection of the simulated world at one
 * display time (DESIGN.md section 7). Frames are plain, structured-cloneable data built fresh for
 * every request, so the UI may keep them by reference. Rendering is a function of (frame, display
 * time): a message's position is (displayMs - sentAtMs) / (atMs - sentAtMs), computed by the UI.
 */
import type { BalancerActionKind, LabZkEventViewKind } from '../sim/lab/kinds';
import type { PickReason } from '../sim/lb/pickReasons';
import type { SnapshotCause } from '../sim/engine/zkDb';
import type { PeerStateName, PhaseName } from '../sim/engine/world';
import type { ViolationParams, ZkViolationParams } from '../sim/vocabulary';
import type { TraceEvent } from '../sim/trace/traceEvent';
import type { MessageFamily } from '../sim/zab/messages';
import type { LastProcessedOrigin } from '../sim/zab/voteOrigin';
import type { Zxid } from '../sim/zab/zxid';
import type { LogEventCode } from '../logs/kinds';
import type { ClientsView } from './clientsFrame';
import type { CostView } from './costFrame';

export type { LastProcessedOrigin, PeerStateName, PhaseName, SnapshotCause, TraceEvent, Zxid };

/** A server's current proposal while LOOKING (FastLeaderElection's proposedLeader/Zxid/Epoch). */
export interface VoteView {
  leader: number;
  zxid: Zxid;
  peerEpoch: number;
  /** logicalclock: the election round. */
  round: number;
}

/** One transaction of a server's log tail; committed when at or below its delivered watermark. */
export interface LogTxnView {
  zxid: Zxid;
  committed: boolean;
}

/**
 * The heartbeat of a server. A learner shows the read timeout it is waiting on (reset by every
 * packet from the leader); a leader shows its ping rhythm (tickTime / 2).
 */
export type HeartbeatView =
  | {
      role: 'learner';
      timer: 'timer.syncLimit' | 'timer.initLimit';
      deadlineMs: number;
      limitMs: number;
    }
  | { role: 'leader'; nextPingMs: number; periodMs: number };

export interface ServerView {
  sid: number;
  observer: boolean;
  /** 'DOWN' while crashed; a frozen server keeps its state and has `frozen`. */
  state: PeerStateName;
  phase: PhaseName | null;
  frozen: boolean;
  /** DOWN because it has not started yet (as opposed to crashed). */
  notStarted: boolean;
  /** Events that reached the server while frozen and wait for it. */
  backlog: number;
  acceptedEpoch: number;
  currentEpoch: number;
  lastZxid: Zxid;
  /** Transactions this server has applied (delivered), and the last one's zxid. */
  delivered: number;
  lastDelivered: Zxid;
  /** The proposal while LOOKING, otherwise null. */
  vote: VoteView | null;
  /** Whom it follows (FOLLOWING/OBSERVING) or itself (LEADING); null otherwise. */
  leader: number | null;
  /** The last few transactions of its log, oldest first. */
  logTail: LogTxnView[];
  logLength: number;
  heartbeat: HeartbeatView | null;
  /** What it votes with and why, its snapshot and committed log (ZAB.md 1.4, issue 13). */
  database: DatabaseFrameView;
  /** Only in a replay of real logs: how much of this card the logs say (docs/LOGS.md). */
  real?: RealServerView;
}

/**
 * A server of a real ensemble as its logs tell it. `status` says why the card may show no state
 * (then `state` is 'DOWN' with `notStarted`, a placeholder the card does not print); `known`
 * lists the fields a line gave, `inferred` those read off another server's line.
 */
export interface RealServerView {
  status: 'logged' | 'no-log' | 'before-first-line' | 'starting' | 'unreachable';
  known: ('currentEpoch' | 'acceptedEpoch' | 'lastZxid' | 'vote' | 'leader')[];
  inferred: ('currentEpoch' | 'acceptedEpoch' | 'lastZxid')[];
  /** The display time of its last line at or before this moment, or null. */
  lastLineMs: number | null;
}

/** An event log entry of a replay: the parser's code and parameters (src/logs/kinds.ts). */
export interface RealLogEntryView {
  code: LogEventCode;
  params: Record<string, unknown>;
  /** The file and line it came from. */
  file: string;
  line: number;
  /** The time as the log printed it. */
  at: string;
}

/**
 * One server's ZKDatabase as the app shows it (sim/engine/databaseView.ts): the zxid it votes with
 * (the data tree's lastProcessedZxid) and the code of what moved it last, the newest snapshot on
 * its disk, and the in-memory committed log a leader can DIFF from.
 */
export interface DatabaseFrameView {
  voteZxid: Zxid;
  voteOrigin: LastProcessedOrigin;
  /** The newest snapshot on disk; null before the first start. */
  snapshot: { zxid: Zxid; cause: SnapshotCause; atMs: number } | null;
  /** Txns logged after that snapshot: what a restart replays. */
  loggedAfterSnapshot: number;
  committedLog: { count: number; minZxid: Zxid | null; maxZxid: Zxid | null };
}

/** Families of messages; the UI gives each its own shape and colour. */
export type MessageCategory = MessageFamily | 'client';

export interface MessageView {
  id: number;
  from: number;
  to: number;
  /** ZooKeeper's packet type (PROPOSAL, ACK, ...) or Notification / CONNECT / CLOSE ... */
  kind: string;
  cat: MessageCategory;
  sentAtMs: number;
  atMs: number;
  /** A Notification's vote. */
  vote?: { leader: number; zxid: Zxid; peerEpoch: number; round: number; state: string };
  /** The zxid a packet carries (PROPOSAL, ACK, COMMIT, NEWLEADER, ...). */
  zxid?: Zxid;
}

export interface DropView {
  id: number;
  from: number;
  to: number;
  kind: string;
  cat: MessageCategory;
  atMs: number;
  reason: string;
}

/** Categories of the event log's entries, for its filter. */
export const LOG_CATEGORIES = [
  'election',
  'sync',
  'broadcast',
  'fault',
  'state',
  'lost',
  'timer',
  'violation',
] as const;
export type LogCategory = (typeof LOG_CATEGORIES)[number];

export interface LogFilter {
  /** Servers to show; empty means all. */
  sids: number[];
  /** Categories to show; empty means all. */
  cats: LogCategory[];
}

export interface LogEntryView {
  /** Index of the entry in the branch's trace. */
  i: number;
  cat: LogCategory;
  /** The server the entry is about, when there is one (for the filter and the colour chip). */
  sid: number | null;
  /** True for an action the user took (a command), as opposed to one the scenario scripted. */
  user: boolean;
  ev: TraceEvent;
  /**
   * A replay's entry: what the server logged, as a code. `ev` then only carries its time and
   * index (`k: 'log'` with an empty text) so that seeking and ordering work unchanged.
   */
  real?: RealLogEntryView;
}

export type MarkerKind =
  | 'election'
  | 'crash'
  | 'restart'
  | 'freeze'
  | 'partition'
  | 'heal'
  | 'violation'
  | 'write'
  /** A balancer action (SCENARIO.md "The load-balancing lab"). */
  | BalancerActionKind
  /** The active leader's session tracker expired a session (SessionTrackerImpl, ZAB.md 6.3). */
  | 'expire';

export interface MarkerView {
  kind: MarkerKind;
  /** Event index (for seeking); -1 for a scripted action not reached yet. */
  e: number;
  t: number;
  sid: number | null;
  epoch: number | null;
  user: boolean;
  /** The backend of a balancer action's marker (kill, restart, slow, add, remove). */
  backend?: string;
  /** The session an 'expire' marker is about, as ZooKeeper prints it ("0x…"). */
  session?: string;
  /** A scripted action aimed at whoever leads when it runs (its sid is then null). */
  target?: 'leader';
}

export interface VoteRowView {
  sid: number;
  leader: number;
  zxid: Zxid;
  peerEpoch: number;
  round: number;
  state: string;
  /** recvset: this round's LOOKING votes; outofelection: votes of decided servers. */
  table: 'recvset' | 'outofelection';
  /** Equal to this server's proposal (counts toward its quorum). */
  agrees: boolean;
}

export interface LearnerRowView {
  sid: number;
  observer: boolean;
  stage: string;
  forwarding: boolean;
  lastHeardMs: number;
  unacked: number;
}

export interface InspectorView {
  sid: number;
  state: PeerStateName;
  phase: PhaseName | null;
  frozen: boolean;
  election: {
    round: number;
    proposal: { leader: number; zxid: Zxid; peerEpoch: number };
    notTimeoutMs: number;
    quorum: number;
    votes: VoteRowView[];
  } | null;
  leading: {
    epoch: number | null;
    established: boolean;
    active: boolean;
    learners: LearnerRowView[];
    outstanding: { zxid: Zxid; ackers: number[] }[];
    lastCommitted: Zxid;
  } | null;
  learning: {
    leader: number;
    connected: boolean;
    syncMode: string | null;
    newLeaderSeen: boolean;
    upToDate: boolean;
    pending: number;
  } | null;
  timers: { name: string; dueMs: number }[];
}

export interface ViolationView {
  e: number;
  t: number;
  invariant: string;
  /**
   * The parameters the app words the violation from: the checker's (ViolationParams) or, for the
   * ZooKeeper layer's invariants, that invariant's own shape (ZkViolationParams).
   */
  params: ViolationParams | ZkViolationParams | null;
}

/** A backend as one strategy's pool sees it (the balancer's view decides "registered"). */
export type BackendState = 'alive' | 'dead-registered' | 'removed' | 'joining';

export interface LabBackendView {
  id: string;
  state: BackendState;
  slots: number;
  inUse: number;
  queue: number;
  queueMax: number;
  /** Requests this strategy's copy of the backend has completed so far. */
  served: number;
  /** Mean service time now (the scenario's, times a slow-backend factor). */
  meanServiceMs: number;
  /** The slow-backend factor in force (1: normal speed). */
  slowFactor: number;
  /**
   * Cumulative requests this strategy picked onto the backend: taken into a slot or the queue,
   * dropped with the queue full, failed (sent while dead or removed, or lost to a kill). The
   * request marks are spawned from their differences between frames.
   */
  admitted: number;
  dropped: number;
  failed: number;
}

export interface LabStrategyView {
  id: string;
  offered: number;
  completed: number;
  dropped: number;
  failed: number;
  p50: number;
  p95: number;
  p99: number;
  /**
   * Requests served by the busiest backend alive and not removed, over their mean (1 = even; the
   * report's loadImbalance, rounded to 2 decimals).
   */
  imbalance: number;
  /** Its latest decisions, oldest first (a few): the decision log and the last pick's reason. */
  recent: LabPickView[];
  backends: LabBackendView[];
}

/** One decision: which backend got request `request` (key `key`) at `atMs`, and why (a code). */
export interface LabPickView {
  atMs: number;
  request: number;
  key: number;
  backend: string;
  why: PickReason;
}

/**
 * One strategy's latency time series: one entry per closed sampling window, in time order
 * (parallel arrays keep the frame small). A window without completions has no latency.
 */
export interface LabSeriesView {
  id: string;
  /** End of each window. */
  endMs: number[];
  completed: number[];
  p50: number[];
  p95: number[];
  p99: number[];
}

/** A membership change the balancer saw after startup (a backend leaving, or joining later). */
export interface LabChangeView {
  atMs: number;
  kind: 'added' | 'removed';
  backend: string;
}

/** What the comparison's charts draw beyond the per-strategy counters. */
export interface LabChartsView {
  intervalMs: number;
  series: LabSeriesView[];
  changes: LabChangeView[];
}

/** One backend on the consistent-hashing ring (src/sim/lb/strategies/consistentHash.ts). */
export interface RingMemberView {
  id: string;
  /** Fraction (0..1) of the 2^32 ring this backend owns: the arcs ending at its points. */
  share: number;
  /** Its position among every backend the lab knows (initial, then added): a stable colour. */
  slot: number;
  /** remove-backend was applied but the balancer still lists it (its watch has not fired yet). */
  leaving: boolean;
}

/** The last membership change the balancer saw after startup, and which keys it moved. */
export interface RingChangeView {
  atMs: number;
  kind: 'added' | 'removed';
  backend: string;
  /** The balancer's view just before and just after this one change, in natural id order. */
  before: string[];
  after: string[];
  /** keysMovedFraction over keySample(keys.count), as the simulation's membershipChanges entry. */
  movedCh: number;
  movedMod: number;
  /** How many keys those fractions were measured on (the whole key space up to 10 000). */
  sampleKeys: number;
  /** Parallel to RingView.keys: whether that displayed key changed backend. */
  keyMovedCh: boolean[];
  keyMovedMod: boolean[];
}

/**
 * The ring the consistent-hash strategy uses for the balancer's current view: every virtual node
 * (parallel arrays, points ascending), each backend's share, a small displayed key sample with
 * its ring positions, and the last membership change. Sent only when it changed.
 */
export interface RingView {
  vnodes: number;
  /** The balancer's view, in natural id order. */
  members: RingMemberView[];
  /** Ring positions (unsigned 32-bit), ascending. */
  points: number[];
  /** owners[j] is the index in members of the backend owning points[j]. */
  owners: number[];
  /** The displayed key sample (evenly spread over the key space) and each key's ring position. */
  keys: number[];
  keyPos: number[];
  /** Backends started (add-backend or restart) whose znode the balancer has not seen yet. */
  joining: string[];
  change: RingChangeView | null;
}

/** One strategy's latency distribution over every completed request (exact, nearest rank). */
export interface LabDistributionRunView {
  id: string;
  /** Completed requests it covers. */
  count: number;
  /** The empirical CDF: entry k is the latency at quantile k / steps; empty before a completion. */
  quantilesMs: number[];
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Completed requests per bin of LabDistributionView.binEdgesMs. */
  binCounts: number[];
}

/** Every strategy's latency distribution, on log-spaced bins shared by all of them. */
export interface LabDistributionView {
  /** The CDFs are sampled at quantiles k / steps, k = 0..steps. */
  steps: number;
  /** Ascending bin edges (ms), 10 per decade; empty before the first completion. */
  binEdgesMs: number[];
  runs: LabDistributionRunView[];
}

/** One backend as ZooKeeper sees it (src/worker/projectZkSide.ts). */
export interface LabZkBackendView {
  id: string;
  /** Its client's current session, as ZooKeeper prints it ("0x…"), or null before the first. */
  sessionId: string | null;
  /** Its client's state (ZooKeeper's CONNECTING, CONNECTED, ...; CRASHED once the process died). */
  status: string;
  connected: boolean;
  /** The timeout the server negotiated for the session, or null before it connected once. */
  timeoutMs: number | null;
  /**
   * While the process is dead and the session still live on the leader: when the leader's session
   * tracker will expire it (a multiple of tickTime: ExpiryQueue's buckets). Null otherwise.
   */
  expiresAtMs: number | null;
  /** Whether `<service>/<id>` exists in LabZkView.treeSid's data tree, and its ephemeralOwner. */
  znode: boolean;
  owner: string | null;
}

/** What the lab recorded (src/sim/lab/kinds.ts), plus the balancer's own 'watch' and 'view'. */
export type LabZkEventKind = LabZkEventViewKind;

export interface LabZkEventView {
  atMs: number;
  kind: LabZkEventKind;
  /** The backend concerned; for 'view', the backends that left or joined, comma-separated; '' for 'watch'. */
  backend: string;
  session: string | null;
  /** The server that did it (the active leader), or null. */
  sid: number | null;
  /** 'view' only: the balancer's membership after the change; otherwise null. */
  view: string[] | null;
}

/** The ZooKeeper side of the lab: sessions, znodes, and the latest membership events. */
export interface LabZkView {
  /** The active leader (its tracker gives the expiries), or null while there is none. */
  leader: number | null;
  /** The server whose data tree the znode flags come from (the leader, or else the balancer's server). */
  treeSid: number | null;
  /** Every backend added so far, in the lab's order. */
  backends: LabZkBackendView[];
  /** The latest membership events, oldest first. */
  events: LabZkEventView[];
}

/** The load-balancing lab, only when the scenario has a balancer (SCENARIO.md). */
export interface LabView {
  service: string;
  /** The membership as the balancer's discover recipe last saw it. */
  view: string[];
  /** The balancer's spares not added yet, in order: what "Add a backend" may add. */
  spares: string[];
  strategies: LabStrategyView[];
  /** The time series and membership changes; null when unchanged since the previous frame. */
  charts: LabChartsView | null;
  /** The consistent-hashing ring; absent or null when unchanged since the previous frame. */
  ring?: RingView | null;
  /** Latency distributions; absent or null when no completion count changed since the last frame. */
  distribution?: LabDistributionView | null;
  /** The ZooKeeper side of membership (sessions, znodes, events); sent with every frame. */
  zk?: LabZkView;
}

export interface Frame {
  /** Echo of the request's sequence number. */
  seq: number;
  /** Kernel events processed: the timeline's index. */
  event: number;
  /** The furthest event reached on this branch, and its simulated time. */
  frontier: number;
  frontierMs: number;
  /** Simulated time of the last processed event. */
  nowMs: number;
  /** The display time this frame was computed for (>= nowMs, < the next event's time). */
  displayMs: number;
  /** Time of the next kernel event, or null when the run is over. */
  nextEventMs: number | null;
  untilMs: number;
  /**
   * Where the run ends: untilMs, or earlier when the run spent its event budget (then `stop`
   * says so, as data for the message beside Play).
   */
  endMs: number;
  stop: { code: 'event-budget'; events: number } | null;
  ended: boolean;
  servers: ServerView[];
  messages: MessageView[];
  drops: DropView[];
  partition: number[][] | null;
  violations: { count: number; first: ViolationView | null };
  /** The event log's tail for the current filter; null when unchanged since the previous frame. */
  log: LogEntryView[] | null;
  /** Timeline markers; null when unchanged since the previous frame. */
  markers: MarkerView[] | null;
  inspector: InspectorView | null;
  lab: LabView | null;
  /** The space-time diagram's window, only while its panel is open (ViewParams.spacetimeMs). */
  spacetime?: SpaceTimeView | null;
  /** ZooKeeper's clients (issue 15); null when the scenario has none or only a lab's. */
  clients?: ClientsView | null;
  /** The cost model's figures so far (issue 17); null when the scenario has no cost section. */
  cost?: CostView | null;
}

/** One message of the space-time diagram: an arrow from send to receipt. */
export interface SpaceTimeArrow {
  from: number;
  to: number;
  /** When it left; null when only its receipt is known (a real log at INFO level). */
  sentAtMs: number | null;
  /** When it arrived; null while still in flight (or lost: then `lost`). */
  atMs: number | null;
  kind: string;
  cat: MessageCategory;
  lost?: boolean;
}

/** A state change on a lane: the server's new state (and phase) from this time. */
export interface SpaceTimeMark {
  sid: number;
  atMs: number;
  state: PeerStateName | 'UNKNOWN';
  phase: PhaseName | null;
}

/**
 * A window of the timeline as a space-time diagram (one lane per server, time down): every
 * message with an end in the window, each state change, and the elections. Capped at
 * SPACETIME_ARROWS_MAX arrows (the newest kept; `truncated` says so).
 */
export interface SpaceTimeView {
  fromMs: number;
  toMs: number;
  lanes: number[];
  /** Each lane's state at fromMs (what the lane shows before its first mark). */
  initial: SpaceTimeMark[];
  arrows: SpaceTimeArrow[];
  marks: SpaceTimeMark[];
  elections: { atMs: number; sid: number; epoch: number | null }[];
  truncated: boolean;
}

/** The most arrows one diagram window carries. */
export const SPACETIME_ARROWS_MAX = 400;
