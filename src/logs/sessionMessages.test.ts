// Proves that the rules of sessions, broken connections and timeouts read ZooKeeper's own
// wording, per version, including the meaning carried by the exception line after the record;
// every line is a LOG statement of the release named beside it (3.8 lines are copied from
// fixtures/real-zookeeper/logs).
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
    '3.4 Established session',
    [
      `${D}[CommitProcessor:1:ZooKeeperServer@694] - Established session 0x169a3b7c5e40000 with negotiated timeout 4000 for client /10.0.0.9:51000`,
    ],
    {
      code: 'session.established',
      params: { session: '0x169a3b7c5e40000', timeoutMs: 4000, client: '/10.0.0.9:51000' },
    },
  ],
  [
    '3.8 Committing global session',
    [
      `${D}[CommitProcWorkThread-1:LearnerSessionTracker@116] - Committing global session 0x2000030048b0000`,
    ],
    { code: 'session.committed', params: { session: '0x2000030048b0000' } },
  ],
  [
    '3.5 Adding global session',
    [`${D}[CommitProcessor:1:LeaderSessionTracker@94] - Adding global session 0x2000030048b0000`],
    { code: 'session.committed', params: { session: '0x2000030048b0000' } },
  ],
  [
    'Expiring session',
    [
      `${D}[SessionTracker:ZooKeeperServer@632] - Expiring session 0x100003a2bf50000, timeout of 4000ms exceeded`,
    ],
    { code: 'session.expired', params: { session: '0x100003a2bf50000', timeoutMs: 4000 } },
  ],
  [
    '3.5+ closeSession',
    [
      `${D}[SessionTracker:QuorumZooKeeperServer@156] - Submitting global closeSession request for session 0x100003a2bf50000`,
    ],
    { code: 'session.closing', params: { session: '0x100003a2bf50000' } },
  ],
  [
    '3.4 session termination',
    [
      `${D}[ProcessThread(sid:3 cport:-1)::PrepRequestProcessor@487] - Processed session termination for sessionid: 0x169a3b7c5e40000`,
    ],
    { code: 'session.closing', params: { session: '0x169a3b7c5e40000' } },
  ],
  [
    '3.4 Closed socket',
    [
      `${D}[NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxn@1056] - Closed socket connection for client /10.0.0.9:51000 which had sessionid 0x169a3b7c5e40000`,
    ],
    { code: 'session.closed', params: { session: '0x169a3b7c5e40000', client: '/10.0.0.9:51000' } },
  ],
  [
    'election channel refused',
    [
      `2026-12-03 18:26:12,744 - WARN  [QuorumConnectionThread-[myid=3]-1:QuorumCnxManager@401] - Cannot open channel to 1 at election address /127.0.0.1:32887`,
      'java.net.ConnectException: Connection refused',
    ],
    {
      code: 'connection.error',
      params: {
        kind: 'election-channel',
        peer: 1,
        address: '/127.0.0.1:32887',
        session: null,
        exception: 'java.net.ConnectException: Connection refused',
      },
    },
  ],
  [
    'election connection broken',
    [
      `2026-12-03 18:29:35,555 - WARN  [RecvWorker:1:QuorumCnxManager$RecvWorker@1402] - Connection broken for id 1, my id = 2`,
      'java.io.EOFException',
    ],
    {
      code: 'connection.error',
      params: {
        kind: 'election-connection-broken',
        peer: 1,
        address: null,
        session: null,
        exception: 'java.io.EOFException',
      },
    },
  ],
  [
    'learner connecting to the leader',
    [
      `2026-12-03 18:34:43,216 - WARN  [LeaderConnector-/127.0.0.1:44947:Learner$LeaderConnector@448] - Unexpected exception, tries=0, remaining init limit=19999, connecting to /127.0.0.1:44947`,
      'java.net.ConnectException: Connection refused',
    ],
    {
      code: 'connection.error',
      params: {
        kind: 'leader-connect',
        peer: null,
        address: '/127.0.0.1:44947',
        session: null,
        exception: 'java.net.ConnectException: Connection refused',
      },
    },
  ],
  [
    'follower loses the leader',
    [
      `2026-12-03 18:34:47,357 - WARN  [QuorumPeer[myid=4]:Follower@128] - Exception when following the leader`,
      'java.io.EOFException',
    ],
    {
      code: 'connection.error',
      params: {
        kind: 'leader-lost',
        peer: null,
        address: null,
        session: null,
        exception: 'java.io.EOFException',
      },
    },
  ],
  [
    "follower's read times out",
    [
      `2026-12-03 18:32:46,065 - WARN  [QuorumPeer[myid=2]:Follower@128] - Exception when following the leader`,
      'java.net.SocketTimeoutException: Read timed out',
    ],
    {
      code: 'timeout',
      params: { kind: 'leader-read', exception: 'java.net.SocketTimeoutException: Read timed out' },
    },
  ],
  [
    '3.8 client gone (WARN with the exception after)',
    [
      `2026-12-03 18:29:34,731 - WARN  [NIOWorkerThread-2:NIOServerCnxn@374] - Unexpected exception`,
      'EndOfStreamException: Unable to read additional data from client, it probably closed the socket: address = /127.0.0.1:50578, session = 0x2000030048b0000',
    ],
    {
      code: 'connection.error',
      params: {
        kind: 'client',
        peer: null,
        address: '/127.0.0.1:50578',
        session: '0x2000030048b0000',
        exception:
          'EndOfStreamException: Unable to read additional data from client, it probably closed the socket: address = /127.0.0.1:50578, session = 0x2000030048b0000',
      },
    },
  ],
  [
    '3.9 client gone (INFO)',
    [
      `${D}[NIOWorkerThread-2:NIOServerCnxn@342] - Unable to read additional data from client, it probably closed the socket: address = /10.0.0.9:51000, session = 0x100012c3a5e0000`,
    ],
    {
      code: 'connection.error',
      params: {
        kind: 'client',
        peer: null,
        address: '/10.0.0.9:51000',
        session: '0x100012c3a5e0000',
        exception: null,
      },
    },
  ],
  [
    '3.4 end of stream',
    [
      `2026-12-03 18:26:14,955 - WARN  [NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxn@368] - caught end of stream exception`,
      'EndOfStreamException: Unable to read additional data from client sessionid 0x169a3b7c5e40000, likely client has closed socket',
    ],
    {
      code: 'connection.error',
      params: {
        kind: 'client',
        peer: null,
        address: null,
        session: '0x169a3b7c5e40000',
        exception:
          'EndOfStreamException: Unable to read additional data from client sessionid 0x169a3b7c5e40000, likely client has closed socket',
      },
    },
  ],
  [
    '3.4 close of session',
    [
      `2026-12-03 18:26:14,955 - WARN  [NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxn@366] - Exception causing close of session 0x169a3b7c5e40000: Connection reset by peer`,
    ],
    {
      code: 'connection.error',
      params: {
        kind: 'client',
        peer: null,
        address: null,
        session: '0x169a3b7c5e40000',
        exception: 'Connection reset by peer',
      },
    },
  ],
  [
    'learner goodbye, sid from the thread',
    [
      `${D}[LearnerHandler-/127.0.0.1:9:LearnerHandler@510] - Follower sid: 2 : info : 127.0.0.1:1:2:participant`,
      `2026-12-03 18:26:15,000 - WARN  [LearnerHandler-/127.0.0.1:9:LearnerHandler@736] - ******* GOODBYE /127.0.0.1:9 ********`,
    ],
    {
      code: 'connection.error',
      params: {
        kind: 'learner-goodbye',
        peer: 2,
        address: '/127.0.0.1:9',
        session: null,
        exception: null,
      },
    },
  ],
  [
    'leader waits for epochs in vain',
    [
      `2026-12-03 18:26:15,000 - WARN  [QuorumPeer[myid=3]:QuorumPeer@1] - Unexpected exception`,
      'java.lang.InterruptedException: Timeout while waiting for epoch from quorum',
    ],
    {
      code: 'timeout',
      params: {
        kind: 'leader-wait',
        exception: 'java.lang.InterruptedException: Timeout while waiting for epoch from quorum',
      },
    },
  ],
  [
    'learner transaction timeout',
    [
      `2026-12-03 18:26:15,000 - WARN  [LearnerHandler-/127.0.0.1:9:LearnerHandler@1] - Closing connection to peer due to transaction timeout.`,
    ],
    { code: 'timeout', params: { kind: 'learner-transaction', exception: null } },
  ],
];

describe('session, connection and timeout rules', () => {
  it.each(CASES)('%s', (_name, lines, expected) => {
    const events = extract(...lines).filter((e) => e !== null);
    expect(events[events.length - 1]).toEqual(expected);
  });
});
