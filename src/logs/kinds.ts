/**
 * The one home of the codes the log parser emits: what a ZooKeeper server wrote, as a code with
 * typed parameters (DESIGN.md section 10), so that the app and the CLI render or replay events
 * without ever parsing prose again. Names follow ZooKeeper's own words (docs/GLOSSARY.md); each
 * code says in its comment which log statement produces it. docs/LOGS.md lists the exact lines
 * per ZooKeeper version.
 */
import type { ServerState as PeerState, ZabPhase } from '../sim/zab/kinds';

/** ZooKeeper's own state and phase names: one list, shared with the simulation. */
export { SERVER_STATES as PEER_STATES, ZAB_PHASES } from '../sim/zab/kinds';
export type { PeerState, ZabPhase };

export const SYNC_MODES = ['DIFF', 'SNAP', 'TRUNC'] as const;
export type SyncMode = (typeof SYNC_MODES)[number];

/** A zxid as ZooKeeper prints it, normalized to lower-case hex with `0x`: `0x100000004`. */
export type Zxid = string;
/** A session id, the same way: `0x100003a2bf50000`. */
export type SessionId = string;

/** Which connection broke, in ZooKeeper's terms. */
export type ConnectionKind =
  /** QuorumCnxManager: "Cannot open channel to 2 at election address /127.0.0.1:3888". */
  | 'election-channel'
  /** QuorumCnxManager$RecvWorker: "Connection broken for id 2, my id = 1". */
  | 'election-connection-broken'
  /** Learner: "Unexpected exception, tries=0, ... connecting to /127.0.0.1:2888". */
  | 'leader-connect'
  /** Follower/Observer: "Exception when following the leader" with anything but a read timeout. */
  | 'leader-lost'
  /** LearnerHandler on the leader: "******* GOODBYE /127.0.0.1:50314 ********". */
  | 'learner-goodbye'
  /** NIOServerCnxn: a client closed its socket or reset it ("Unable to read additional data"). */
  | 'client';

/** Which limit ran out. */
export type TimeoutKind =
  /** A learner's socket read timed out (syncLimit x tickTime of leader silence). */
  | 'leader-read'
  /** Leader: "Timeout while waiting for epoch from quorum" and its siblings (initLimit). */
  | 'leader-wait'
  /** LearnerHandler: "Closing connection to peer due to transaction timeout." */
  | 'learner-transaction';

/** The settings a ZooKeeper server prints when it starts, by ZooKeeper's own names. */
export const CONFIG_KEYS = [
  'tickTime',
  'initLimit',
  'syncLimit',
  'minSessionTimeout',
  'maxSessionTimeout',
] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];

/** The parameters of each code. */
export interface ParamsByCode {
  /** QuorumPeerMain: "Starting quorum peer" (3.4-3.7) or "Starting quorum peer, myid=3" (3.8+). */
  'server.started': { myid: number | null };
  /** "Server environment:zookeeper.version=3.4.14-4c25d480...": the version that wrote the log. */
  'server.version': { version: string };
  /**
   * A setting the server printed at start: QuorumPeer's setters ("tickTime set to 2000",
   * "initLimit set to 10", "syncLimit set to 5", "minSessionTimeout set to 4000") and
   * ZooKeeperServer's "Created server with tickTime 2000 ms minSessionTimeout ..." (3.4 without
   * "ms"). Values as ZooKeeper prints them: tickTime and session timeouts in ms, limits in ticks.
   */
  'server.config': { key: ConfigKey; value: number };
  /** FastLeaderElection: "New election. My id = 3, proposed zxid=0x0". */
  'fle.election.started': { myid: number; zxid: Zxid };
  /**
   * FastLeaderElection: a Notification the server received, in the 3.4/3.5 layout
   * ("Notification: 1 (message format version), 3 (n.leader), ...") or the 3.6+ one
   * ("Notification: my state:LOOKING; n.sid:3, ...").
   */
  'fle.notification.received': {
    from: number;
    state: PeerState;
    leader: number;
    /** n.round, the sender's electionEpoch (logicalclock), as printed in hex. */
    round: string;
    peerEpoch: number;
    zxid: Zxid;
    myState: PeerState;
    /** Message format version and config version, hex as printed (null when absent). */
    version: string | null;
    configVersion: string | null;
  };
  /** FastLeaderElection, DEBUG only: "Sending Notification: 3 (n.leader), 0x0 (n.zxid), ...". */
  'fle.notification.sent': {
    to: number;
    leader: number;
    zxid: Zxid;
    round: string;
    peerEpoch: number | null;
  };
  /** FastLeaderElection: "Notification time out: 400" (3.8+: "400 ms"), the back-off doubling. */
  'fle.notification.timeout': { ms: number };
  /**
   * QuorumPeer: "LOOKING"/"FOLLOWING"/"LEADING"/"OBSERVING" from the run loop, "Peer state
   * changed: following - synchronization - diff" (3.6+), and "PeerState set to LOOKING".
   */
  state: { state: PeerState; phase: ZabPhase | null; syncMode: SyncMode | null };
  /** Leader/Follower: "LEADING - LEADER ELECTION TOOK - 229" (3.5+: "229 MS"). */
  'election.took': { state: 'LEADING' | 'FOLLOWING'; tookMs: number };
  /**
   * QuorumPeer: "currentEpoch not found! Creating with a reasonable default of 0", "... Setting
   * current epoch to 2", Learner "Set the current epoch to 2".
   */
  'epoch.current': { epoch: number };
  /** QuorumPeer: "acceptedEpoch not found! Creating with a reasonable default of 0". */
  'epoch.accepted': { epoch: number };
  /** Leader: "NEWLEADER proposal has Zxid of 200000001" (only logged when the counter is not 0). */
  'leader.newleader': { zxid: Zxid; epoch: number };
  /**
   * Leader: "Have quorum of supporters, sids: [[1, 3]]; starting up and setting last processed
   * zxid: 0x200000000".
   */
  'leader.quorum': { sids: number[]; zxid: Zxid; epoch: number };
  /** LearnerHandler: "Follower sid: 2 : info : 127.0.0.1:2888:3888:participant". */
  'leader.learner': { sid: number; type: 'participant' | 'observer' | null };
  /**
   * LearnerHandler: "Synchronizing with Learner sid: 2 maxCommittedLog=0x0 ..." (3.4: "Follower").
   */
  'leader.sync': {
    sid: number;
    maxCommittedLog: Zxid;
    minCommittedLog: Zxid;
    lastProcessedZxid: Zxid | null;
    peerLastZxid: Zxid;
  };
  /** LearnerHandler: "Received NEWLEADER-ACK message from 2" (3.4 INFO, later DEBUG). */
  'leader.newleader.ack': { sid: number };
  /**
   * The sync mode, from either side: the leader's "Sending DIFF zxid=0x... for peer sid: 2",
   * "Sending snapshot ...", "Sending TRUNC ...", 3.4's "Sending DIFF" and "leader and follower
   * are in sync"; the learner's "Getting a diff from the leader 0x...", "Getting a snapshot from
   * leader 0x...", "Truncating log to get in sync with the leader 0x...".
   */
  'sync.mode': {
    side: 'leader' | 'learner';
    mode: SyncMode;
    zxid: Zxid | null;
    peer: number | null;
  };
  /** Learner: "Learner received NEWLEADER message" (3.5+). */
  'learner.newleader': Record<string, never>;
  /** Learner: "Learner received UPTODATE message" (3.5+). */
  'learner.uptodate': Record<string, never>;
  /**
   * Follower/Observer: "Disconnected from leader (with address: ...). Was connected for 5021ms.
   * Sync state: true" (3.6+).
   */
  'learner.disconnected': { connectedMs: number; synced: boolean };
  /**
   * Leader: "Shutdown called. For the reason Not sufficient followers synced, only synced with
   * sids: [ [3] ]" (3.4: the reason is on the next line).
   */
  'leader.shutdown': { reason: string | null; synced: number[] | null };
  /**
   * Leader, DEBUG: "Proposing:: sessionid:0x... type:create cxid:0x1 zxid:0x100000002 txntype:1
   * reqpath:n/a".
   */
  proposal: { zxid: Zxid; type: string; session: SessionId };
  /**
   * CommitProcessor, DEBUG: "Committing request:: sessionid:0x... zxid:0x100000002 ..."
   * (transactions only).
   */
  commit: { zxid: Zxid; type: string; session: SessionId };
  /**
   * ZooKeeperServer: "Established session 0x... with negotiated timeout 4000 for client
   * /127.0.0.1:5" (INFO in 3.4, DEBUG later).
   */
  'session.established': { session: SessionId; timeoutMs: number; client: string };
  /**
   * LeaderSessionTracker/LearnerSessionTracker: "Committing global session 0x..." (3.6+), "Adding
   * global session 0x..." (3.5).
   */
  'session.committed': { session: SessionId };
  /** ZooKeeperServer: "Expiring session 0x..., timeout of 4000ms exceeded". */
  'session.expired': { session: SessionId; timeoutMs: number };
  /**
   * The session's closeSession: "Submitting global closeSession request for session 0x..."
   * (3.5+), 3.4's "Processed session termination for sessionid: 0x..." and "Closing session 0x...".
   */
  'session.closing': { session: SessionId };
  /**
   * NIOServerCnxn (3.4, 3.5 DEBUG): "Closed socket connection for client /... which had sessionid
   * 0x...".
   */
  'session.closed': { session: SessionId | null; client: string };
  /** A connection that failed or broke. */
  'connection.error': {
    kind: ConnectionKind;
    peer: number | null;
    address: string | null;
    session: SessionId | null;
    /**
     * The exception's first line, as printed on the line after (`java.net.ConnectException:
     * Connection refused`).
     */
    exception: string | null;
  };
  /** A limit that ran out. */
  timeout: { kind: TimeoutKind; exception: string | null };
}

export type LogEventCode = keyof ParamsByCode;

/** Every code, in the order of ParamsByCode (for docs and exhaustiveness tests). */
export const LOG_EVENT_CODES = [
  'server.started',
  'server.version',
  'server.config',
  'fle.election.started',
  'fle.notification.received',
  'fle.notification.sent',
  'fle.notification.timeout',
  'state',
  'election.took',
  'epoch.current',
  'epoch.accepted',
  'leader.newleader',
  'leader.quorum',
  'leader.learner',
  'leader.sync',
  'leader.newleader.ack',
  'sync.mode',
  'learner.newleader',
  'learner.uptodate',
  'learner.disconnected',
  'leader.shutdown',
  'proposal',
  'commit',
  'session.established',
  'session.committed',
  'session.expired',
  'session.closing',
  'session.closed',
  'connection.error',
  'timeout',
] as const satisfies readonly LogEventCode[];

/** What a matcher extracts from one log record, before the file's server id is known. */
export type Extracted = { [C in LogEventCode]: { code: C; params: ParamsByCode[C] } }[LogEventCode];

/** One event of one server's log. */
export type LogEvent = Extracted & {
  /**
   * The time as the log printed it, in ISO 8601 (`2026-12-03T18:26:14.955`; an offset only if the
   * log had one).
   */
  at: string;
  /**
   * The same time in ms since 1970, reading a time without offset as UTC (only differences matter).
   */
  ms: number;
  /** The server that wrote the line. */
  sid: number;
  /** The file it came from (its name, as given) and the 1-based line number there. */
  file: string;
  line: number;
};

/** Why a file was refused, as a code with parameters; `describeLogError` renders it in English. */
export type LogErrorCode =
  | 'file.missing'
  | 'file.unreadable'
  | 'file.empty'
  | 'file.binary'
  | 'file.too-large'
  | 'file.not-zookeeper'
  | 'file.sid-unknown'
  | 'file.sid-conflict'
  | 'input.no-files'
  | 'input.too-many-files';

export interface LogError {
  code: LogErrorCode;
  file: string | null;
  /** Sid conflicts: each piece of evidence, e.g. `["file name: 1", "myid MDC: 3"]`. */
  evidence?: string[];
  /** file.too-large, input.too-many-files: the bound. */
  limit?: number;
  /**
   * file.unreadable: the system's reason; file.not-zookeeper: `no-layout` (no line in any
   * supported layout) or `no-zookeeper-line` (lines in the layout, none of them ZooKeeper's).
   */
  reason?: string;
}
