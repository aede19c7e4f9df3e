/**
 * Lines of Fast Leader Election and of the peer's state (FastLeaderElection, QuorumPeer,
 * QuorumPeerMain, Leader and Follower's "LEADER ELECTION TOOK"), for ZooKeeper 3.4 to 3.9. Each
 * expression is written from the LOG statements of the releases named in its comment.
 */
import {
  CONFIG_KEYS,
  PEER_STATES,
  type ConfigKey,
  type PeerState,
  type ZabPhase,
  type SyncMode,
} from './kinds';
import { hexNumber, rule, zxid, type MessageRule } from './rule';

function peerState(text: string): PeerState | null {
  const upper = text.toUpperCase();
  if (upper === 'OBSERVER') return 'OBSERVING';
  return (PEER_STATES as readonly string[]).includes(upper) ? (upper as PeerState) : null;
}

export const ELECTION_RULES: MessageRule[] = [
  // All versions: "New election. My id = 3, proposed zxid=0x0" (3.5 prints two spaces after '=').
  rule(
    'New election.',
    /^New election\. My id =\s*(\d{1,15}), proposed zxid=0x([0-9a-fA-F]+)/,
    (m) => ({
      code: 'fle.election.started',
      params: { myid: Number(m[1]), zxid: zxid(m[2]!) },
    }),
  ),
  // 3.6+: "Notification: my state:LOOKING; n.sid:3, n.state:LOOKING, n.leader:3, n.round:0x1,
  // n.peerEpoch:0x0, n.zxid:0x0, message format version:0x2, n.config version:0x0".
  rule(
    'Notification: my state:',
    /^Notification: my state:(\w+); n\.sid:(\d{1,15}), n\.state:(\w+), n\.leader:(\d{1,15}), n\.round:0x([0-9a-f]+), n\.peerEpoch:0x([0-9a-f]+), n\.zxid:0x([0-9a-f]+), message format version:0x([0-9a-f]+)(?:, n\.config version:0x([0-9a-f]+))?/,
    (m) => {
      const myState = peerState(m[1]!);
      const state = peerState(m[3]!);
      if (!myState || !state) return null;
      return {
        code: 'fle.notification.received',
        params: {
          from: Number(m[2]),
          state,
          leader: Number(m[4]),
          round: `0x${m[5]}`,
          peerEpoch: hexNumber(m[6]!),
          zxid: zxid(m[7]!),
          myState,
          version: `0x${m[8]}`,
          configVersion: m[9] === undefined ? null : `0x${m[9]}`,
        },
      };
    },
  ),
  // 3.4: "Notification: 1 (message format version), 3 (n.leader), 0x0 (n.zxid), 0x1 (n.round),
  // LOOKING (n.state), 3 (n.sid), 0x0 (n.peerEpoch) LOOKING (my state)"; 3.5 adds a comma after
  // "(n.peerEPoch)" and "0 (n.config version)" glued to "(my state)".
  rule(
    'Notification: ',
    /^Notification: (?:([0-9a-f]+) \(message format version\), )?(\d{1,15}) \(n\.leader\), 0x([0-9a-f]+) \(n\.zxid\), 0x([0-9a-f]+) \(n\.round\), (\w+) \(n\.state\), (\d{1,15}) \(n\.sid\), 0x([0-9a-f]+) \(n\.peerE[pP]och\),?\s*(\w+) \(my state\)\s*(?:([0-9a-f]+) \(n\.config version\))?/,
    (m) => {
      const myState = peerState(m[8]!);
      const state = peerState(m[5]!);
      if (!myState || !state) return null;
      return {
        code: 'fle.notification.received',
        params: {
          from: Number(m[6]),
          state,
          leader: Number(m[2]),
          round: `0x${m[4]}`,
          peerEpoch: hexNumber(m[7]!),
          zxid: zxid(m[3]!),
          myState,
          version: m[1] === undefined ? null : `0x${m[1]}`,
          configVersion: m[9] === undefined ? null : `0x${m[9]}`,
        },
      };
    },
  ),
  // DEBUG, 3.4/3.5: "Sending Notification: 3 (n.leader), 0x0 (n.zxid), 0x1 (n.round), 2
  // (recipient), 3 (myid), 0x0 (n.peerEpoch)".
  rule(
    'Sending Notification: ',
    /^Sending Notification: (\d{1,15}) \(n\.leader\), 0x([0-9a-f]+) \(n\.zxid\), 0x([0-9a-f]+) \(n\.round\), (\d{1,15}) \(recipient\), \d{1,15} \(myid\), 0x([0-9a-f]+) \(n\.peerEpoch\)/,
    (m) => ({
      code: 'fle.notification.sent',
      params: {
        to: Number(m[4]),
        leader: Number(m[1]),
        zxid: zxid(m[2]!),
        round: `0x${m[3]}`,
        peerEpoch: hexNumber(m[5]!),
      },
    }),
  ),
  // DEBUG, 3.6+: "Sending Notification: 3 (n.leader), 0x0 (n.zxid), 0x0 (n.peerEpoch), 0x1
  // (n.round), 2 (recipient), 3 (myid) ".
  rule(
    'Sending Notification: ',
    /^Sending Notification: (\d{1,15}) \(n\.leader\), 0x([0-9a-f]+) \(n\.zxid\), 0x([0-9a-f]+) \(n\.peerEpoch\), 0x([0-9a-f]+) \(n\.round\), (\d{1,15}) \(recipient\)/,
    (m) => ({
      code: 'fle.notification.sent',
      params: {
        to: Number(m[5]),
        leader: Number(m[1]),
        zxid: zxid(m[2]!),
        round: `0x${m[4]}`,
        peerEpoch: hexNumber(m[3]!),
      },
    }),
  ),
  // "Notification time out: 400" (3.4-3.7), "Notification time out: 400 ms" (3.8+).
  rule('Notification time out: ', /^Notification time out: (\d{1,15})(?: ms)?\s*$/, (m) => ({
    code: 'fle.notification.timeout',
    params: { ms: Number(m[1]) },
  })),
  // QuorumPeer.run: "LOOKING", "FOLLOWING", "LEADING", "OBSERVING" (all versions).
  rule(PEER_STATES, /^(LOOKING|FOLLOWING|LEADING|OBSERVING)$/, (m) => ({
    code: 'state',
    params: { state: m[1] as PeerState, phase: null, syncMode: null },
  })),
  // 3.6+: "Peer state changed: following - synchronization - diff".
  rule(
    'Peer state changed: ',
    /^Peer state changed: (\w+)(?: - (election|discovery|synchronization|broadcast))?(?: - (diff|snap|trunc))?\s*$/i,
    (m) => {
      const state = peerState(m[1]!);
      if (!state) return null;
      return {
        code: 'state',
        params: {
          state,
          phase: (m[2]?.toLowerCase() ?? null) as ZabPhase | null,
          syncMode: (m[3]?.toUpperCase() ?? null) as SyncMode | null,
        },
      };
    },
  ),
  // 3.5+: "PeerState set to LOOKING" (WARN; the other states at DEBUG, OBSERVER for observers).
  rule('PeerState set to ', /^PeerState set to (\w+)\s*$/, (m) => {
    const state = peerState(m[1]!);
    return state ? { code: 'state', params: { state, phase: null, syncMode: null } } : null;
  }),
  // "LEADING - LEADER ELECTION TOOK - 229" (3.4), "... - 229 MS" (3.5+), FOLLOWING the same.
  rule(
    ['LEADING - ', 'FOLLOWING - '],
    /^(LEADING|FOLLOWING) - LEADER ELECTION TOOK - (\d{1,15})(?:\s*(MS|ms))?\s*$/,
    (m) => ({
      code: 'election.took',
      params: { state: m[1] as 'LEADING' | 'FOLLOWING', tookMs: Number(m[2]) },
    }),
  ),
  // QuorumPeerMain: "Starting quorum peer" (3.4-3.7), "Starting quorum peer, myid=3" (3.8+).
  rule('Starting quorum peer', /^Starting quorum peer(?:, myid=(\d{1,15}))?\s*$/, (m) => ({
    code: 'server.started',
    params: { myid: m[1] === undefined ? null : Number(m[1]) },
  })),
  // Environment dump: "Server environment:zookeeper.version=3.4.14-4c25d480..., built on ...".
  rule(
    'Server environment:zookeeper.version=',
    /^Server environment:zookeeper\.version=(\d+\.\d+\.\d+[\w.-]*?)(?:-[0-9a-f]{7,}|,|\s|$)/,
    (m) => ({ code: 'server.version', params: { version: m[1]! } }),
  ),
  // QuorumPeer.setTickTime / setInitLimit / setSyncLimit / setMinSessionTimeout /
  // setMaxSessionTimeout: "tickTime set to 2000" (3.4 to 3.9).
  rule(
    CONFIG_KEYS.map((k) => `${k} set to `),
    /^(tickTime|initLimit|syncLimit|minSessionTimeout|maxSessionTimeout) set to (\d{1,9})(?: ms)?\s*$/,
    (m) => ({ code: 'server.config', params: { key: m[1] as ConfigKey, value: Number(m[2]) } }),
  ),
  // ZooKeeperServer's constructor: "Created server with tickTime 2000 ms minSessionTimeout 4000
  // ms ..." (3.5+), "Created server with tickTime 2000 minSessionTimeout 4000 ..." (3.4).
  rule('Created server with tickTime ', /^Created server with tickTime (\d{1,9})\b/, (m) => ({
    code: 'server.config',
    params: { key: 'tickTime', value: Number(m[1]) },
  })),
];
