// Proves that the rules of Fast Leader Election and of the peer's state read ZooKeeper's own
// wording, per version, into the right code and parameters: every line below is a LOG statement of
// the release named beside it (3.8 lines are copied from fixtures/real-zookeeper/logs).
import { describe, expect, it } from 'vitest';
import type { Extracted } from './kinds';
import { matchRecord, newMatchContext } from './messages';
import { splitRecords } from './records';

const D = '2026-12-03 18:26:14,955 - INFO  ';

/** The events of a few log lines (continuations included), read with one shared context. */
function extract(...lines: string[]): (Extracted | null)[] {
  const ctx = newMatchContext();
  return splitRecords(lines.join('\n')).records.map((r) => matchRecord(r, ctx));
}

const CASES: [string, string[], Extracted][] = [
  [
    '3.4 New election (two spaces in 3.5)',
    [
      `${D}[QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@813] - New election. My id =  1, proposed zxid=0x100000002`,
    ],
    { code: 'fle.election.started', params: { myid: 1, zxid: '0x100000002' } },
  ],
  [
    '3.4 Notification',
    [
      `${D}[WorkerReceiver[myid=1]:FastLeaderElection@595] - Notification: 1 (message format version), 3 (n.leader), 0x0 (n.zxid), 0x1 (n.round), LOOKING (n.state), 3 (n.sid), 0x0 (n.peerEpoch) LOOKING (my state)`,
    ],
    {
      code: 'fle.notification.received',
      params: {
        from: 3,
        state: 'LOOKING',
        leader: 3,
        round: '0x1',
        peerEpoch: 0,
        zxid: '0x0',
        myState: 'LOOKING',
        version: '0x1',
        configVersion: null,
      },
    },
  ],
  [
    '3.5 Notification with config version',
    [
      `${D}[WorkerReceiver[myid=3]:FastLeaderElection@697] - Notification: 2 (message format version), 2 (n.leader), 0x0 (n.zxid), 0x1 (n.round), LEADING (n.state), 2 (n.sid), 0x1 (n.peerEPoch), LOOKING (my state)0 (n.config version)`,
    ],
    {
      code: 'fle.notification.received',
      params: {
        from: 2,
        state: 'LEADING',
        leader: 2,
        round: '0x1',
        peerEpoch: 1,
        zxid: '0x0',
        myState: 'LOOKING',
        version: '0x2',
        configVersion: '0x0',
      },
    },
  ],
  [
    '3.8 Notification',
    [
      `${D}[WorkerReceiver[myid=3]:FastLeaderElection$Messenger$WorkerReceiver@391] - Notification: my state:FOLLOWING; n.sid:1, n.state:FOLLOWING, n.leader:3, n.round:0xffffffffffffffff, n.peerEpoch:0x1, n.zxid:0x100000004, message format version:0x2, n.config version:0x0`,
    ],
    {
      code: 'fle.notification.received',
      params: {
        from: 1,
        state: 'FOLLOWING',
        leader: 3,
        round: '0xffffffffffffffff',
        peerEpoch: 1,
        zxid: '0x100000004',
        myState: 'FOLLOWING',
        version: '0x2',
        configVersion: '0x0',
      },
    },
  ],
  [
    '3.5 DEBUG Sending Notification',
    [
      `2022-05-10 14:00:00,070 - DEBUG [QuorumPeer[myid=1]:FastLeaderElection@687] - Sending Notification: 1 (n.leader), 0x0 (n.zxid), 0x1 (n.round), 2 (recipient), 1 (myid), 0x0 (n.peerEpoch)`,
    ],
    {
      code: 'fle.notification.sent',
      params: { to: 2, leader: 1, zxid: '0x0', round: '0x1', peerEpoch: 0 },
    },
  ],
  [
    '3.9 DEBUG Sending Notification',
    [
      `2025-06-01 16:00:00,070 - DEBUG [QuorumPeer[myid=1]:FastLeaderElection@705] - Sending Notification: 1 (n.leader), 0x0 (n.zxid), 0x0 (n.peerEpoch), 0x1 (n.round), 3 (recipient), 1 (myid) `,
    ],
    {
      code: 'fle.notification.sent',
      params: { to: 3, leader: 1, zxid: '0x0', round: '0x1', peerEpoch: 0 },
    },
  ],
  [
    '3.4 Notification time out',
    [
      `${D}[QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@847] - Notification time out: 400`,
    ],
    { code: 'fle.notification.timeout', params: { ms: 400 } },
  ],
  [
    '3.8 Notification time out',
    [`${D}[QuorumPeer[myid=3]:FastLeaderElection@996] - Notification time out: 1600 ms`],
    { code: 'fle.notification.timeout', params: { ms: 1600 } },
  ],
  [
    'run-loop state',
    [`${D}[QuorumPeer[myid=3]:QuorumPeer@1549] - LEADING`],
    { code: 'state', params: { state: 'LEADING', phase: null, syncMode: null } },
  ],
  [
    '3.6+ detailed state',
    [
      `${D}[QuorumPeer[myid=1]:QuorumPeer@917] - Peer state changed: following - synchronization - snap`,
    ],
    { code: 'state', params: { state: 'FOLLOWING', phase: 'synchronization', syncMode: 'SNAP' } },
  ],
  [
    'PeerState set to',
    [
      `2026-12-03 18:26:14,955 - WARN  [QuorumPeer[myid=1]:QuorumPeer@1] - PeerState set to LOOKING`,
    ],
    { code: 'state', params: { state: 'LOOKING', phase: null, syncMode: null } },
  ],
  [
    '3.4 LEADER ELECTION TOOK',
    [
      `${D}[QuorumPeer[myid=3]/0:0:0:0:0:0:0:0:2181:Leader@361] - LEADING - LEADER ELECTION TOOK - 239`,
    ],
    { code: 'election.took', params: { state: 'LEADING', tookMs: 239 } },
  ],
  [
    '3.8 LEADER ELECTION TOOK',
    [`${D}[QuorumPeer[myid=1]:Follower@77] - FOLLOWING - LEADER ELECTION TOOK - 448 MS`],
    { code: 'election.took', params: { state: 'FOLLOWING', tookMs: 448 } },
  ],
  [
    '3.4 Starting quorum peer',
    [`${D}[main:QuorumPeerMain@130] - Starting quorum peer`],
    { code: 'server.started', params: { myid: null } },
  ],
  [
    '3.8 Starting quorum peer',
    [`${D}[main:QuorumPeerMain@152] - Starting quorum peer, myid=3`],
    { code: 'server.started', params: { myid: 3 } },
  ],
  [
    'environment',
    [
      `${D}[main:Environment@100] - Server environment:zookeeper.version=3.4.14-4c25d480e66aadd371de8bd2fd8da255ac140bcf, built on 03/06/2019 16:18 GMT`,
    ],
    { code: 'server.version', params: { version: '3.4.14' } },
  ],
  [
    '3.8 QuorumPeer setter',
    [`${D}[main:QuorumPeer@1742] - tickTime set to 2000`],
    { code: 'server.config', params: { key: 'tickTime', value: 2000 } },
  ],
  [
    'syncLimit setter',
    [`${D}[main:QuorumPeer@2009] - syncLimit set to 5`],
    { code: 'server.config', params: { key: 'syncLimit', value: 5 } },
  ],
  [
    '3.8 Created server',
    [
      `${D}[QuorumPeer[myid=5](plain=127.0.0.1:40279)(secure=disabled):ZooKeeperServer@365] - Created server with tickTime 2000 ms minSessionTimeout 4000 ms maxSessionTimeout 40000 ms clientPortListenBacklog -1 datadir /tmp/d/version-2 snapdir /tmp/d/version-2`,
    ],
    { code: 'server.config', params: { key: 'tickTime', value: 2000 } },
  ],
  [
    '3.4 Created server',
    [
      `${D}[QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:ZooKeeperServer@174] - Created server with tickTime 3000 minSessionTimeout 6000 maxSessionTimeout 60000 datadir /var/lib/zookeeper/version-2 snapdir /var/lib/zookeeper/version-2`,
    ],
    { code: 'server.config', params: { key: 'tickTime', value: 3000 } },
  ],
];

describe('election and state rules', () => {
  it.each(CASES)('%s', (_name, lines, expected) => {
    const events = extract(...lines).filter((e) => e !== null);
    expect(events[events.length - 1]).toEqual(expected);
  });
});
