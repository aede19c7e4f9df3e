/**
 * Lines about client sessions, broken connections and timeouts (ZooKeeperServer,
 * SessionTrackerImpl, the session trackers, NIOServerCnxn, QuorumCnxManager, Learner, Follower,
 * LearnerHandler), for ZooKeeper 3.4 to 3.9. Several of them carry their meaning in the exception
 * line that follows (`java.net.SocketTimeoutException: Read timed out`), which the record holds.
 */
import type { Extracted, ParamsByCode } from './kinds';
import type { LogRecord } from './layout';
import { rule, sessionId, type MatchContext, type MessageRule } from './rule';

const HEX = '0x([0-9a-fA-F]+)';

function connectionError(params: ParamsByCode['connection.error']): Extracted {
  return { code: 'connection.error', params };
}

/** The end-of-stream text of NIOServerCnxn, 3.4 and 3.6+ wordings. */
const END_OF_STREAM = [
  new RegExp(
    `Unable to read additional data from client,? it probably closed the socket: address = (\\S+), session = ${HEX}`,
  ),
  new RegExp(
    `Unable to read additional data from client sessionid ${HEX}, likely client has closed socket`,
  ),
];

function endOfStream(text: string): { address: string | null; session: string } | null {
  for (const re of END_OF_STREAM) {
    const m = re.exec(text);
    if (m && m.length === 3) return { address: m[1]!.replace(/,$/, ''), session: sessionId(m[2]!) };
    if (m) return { address: null, session: sessionId(m[1]!) };
  }
  return null;
}

function clientGone(rec: LogRecord, text: string): Extracted | null {
  const gone = endOfStream(text);
  if (!gone) return null;
  return connectionError({
    kind: 'client',
    peer: null,
    address: gone.address,
    session: gone.session,
    exception: rec.exception,
  });
}

function goodbye(m: RegExpExecArray, rec: LogRecord, ctx: MatchContext): Extracted {
  return connectionError({
    kind: 'learner-goodbye',
    peer: ctx.peerByThread.get(rec.thread) ?? null,
    address: m[1]!,
    session: null,
    exception: rec.exception,
  });
}

export const SESSION_RULES: MessageRule[] = [
  // "Established session 0x... with negotiated timeout 4000 for client /127.0.0.1:50000".
  rule(
    'Established session ',
    new RegExp(`^Established session ${HEX} with negotiated timeout (\\d{1,15}) for client (\\S+)`),
    (m) => ({
      code: 'session.established',
      params: { session: sessionId(m[1]!), timeoutMs: Number(m[2]), client: m[3]! },
    }),
  ),
  // "Committing global session 0x..." (3.6+), "Adding global session 0x..." (3.5).
  rule(
    'global session ',
    new RegExp(`^(?:Committing|Adding) global session ${HEX}`),
    (m) => ({
      code: 'session.committed',
      params: { session: sessionId(m[1]!) },
    }),
    true,
  ),
  // All versions: "Expiring session 0x..., timeout of 4000ms exceeded".
  rule(
    'Expiring session ',
    new RegExp(`^Expiring session ${HEX}, timeout of (\\d{1,15})ms exceeded`),
    (m) => ({
      code: 'session.expired',
      params: { session: sessionId(m[1]!), timeoutMs: Number(m[2]) },
    }),
  ),
  // "Submitting global closeSession request for session 0x..." (3.5+); 3.4: "Processed session
  // termination for sessionid: 0x..." and ZooKeeperServer's "Closing session 0x...".
  rule(
    'Submitting ',
    new RegExp(`^Submitting (?:global|local) closeSession request for session ${HEX}`),
    (m) => ({
      code: 'session.closing',
      params: { session: sessionId(m[1]!) },
    }),
  ),
  rule(
    'Processed session termination for sessionid: ',
    new RegExp(`^Processed session termination for sessionid: ${HEX}`),
    (m) => ({
      code: 'session.closing',
      params: { session: sessionId(m[1]!) },
    }),
  ),
  rule('Closing session ', new RegExp(`^Closing session ${HEX}\\s*$`), (m) => ({
    code: 'session.closing',
    params: { session: sessionId(m[1]!) },
  })),
  // NIOServerCnxn (INFO in 3.4): "Closed socket connection for client /127.0.0.1:5 which had
  // sessionid 0x..." or "... (no session established for client)".
  rule(
    'Closed socket connection for client ',
    new RegExp(
      `^Closed socket connection for client (\\S+) (?:which had sessionid ${HEX}|\\(no session)`,
    ),
    (m) => ({
      code: 'session.closed',
      params: { session: m[2] === undefined ? null : sessionId(m[2]), client: m[1]! },
    }),
  ),
  // QuorumCnxManager: "Cannot open channel to 2 at election address /127.0.0.1:3888" (3.4 adds
  // nothing; 3.5+ "secure channel" with TLS), the reason on the next line.
  rule(
    'Cannot open ',
    /^Cannot open (?:secure )?channel to (\d{1,15}) at election address (\S+)/,
    (m, rec) =>
      connectionError({
        kind: 'election-channel',
        peer: Number(m[1]),
        address: m[2]!,
        session: null,
        exception: rec.exception,
      }),
  ),
  // "Connection broken for id 1, my id = 2" (3.5+), 3.4 appends ", error = ".
  rule(
    'Connection broken for id ',
    /^Connection broken for id (\d{1,15}), my id = \d{1,15}/,
    (m, rec) =>
      connectionError({
        kind: 'election-connection-broken',
        peer: Number(m[1]),
        address: null,
        session: null,
        exception: rec.exception,
      }),
  ),
  // Learner.connectToLeader: "Unexpected exception, tries=0, remaining init limit=19999,
  // connecting to /127.0.0.1:2888" (3.6+), "Unexpected exception, tries=0, connecting to ..." (3.4).
  rule(
    'Unexpected exception, ',
    /^Unexpected exception, (?:connectToLeader exceeded\. |retries exceeded\. )?tries=\d+,(?: remaining init limit=-?\d+,)? connecting to (\S+)/,
    (m, rec) =>
      connectionError({
        kind: 'leader-connect',
        peer: null,
        address: m[1]!,
        session: null,
        exception: rec.exception,
      }),
  ),
  // Follower/Observer: "Exception when following the leader" (all versions); a read timeout is
  // the leader's silence for syncLimit x tickTime, anything else a broken connection.
  rule('Exception when ', /^Exception when (following|observing) the leader/, (_m, rec) =>
    /SocketTimeoutException/.test(rec.exception ?? '')
      ? { code: 'timeout', params: { kind: 'leader-read', exception: rec.exception } }
      : connectionError({
          kind: 'leader-lost',
          peer: null,
          address: null,
          session: null,
          exception: rec.exception,
        }),
  ),
  // LearnerHandler on the leader: "******* GOODBYE /127.0.0.1:50314 ********".
  rule('GOODBYE', /^\*+ GOODBYE (\S+) \*+/, goodbye, true),
  // LearnerHandler: "Closing connection to peer due to transaction timeout." (all versions).
  rule(
    'Closing connection to peer due to transaction timeout',
    /^Closing connection to peer due to transaction timeout/,
    (_m, rec) => ({
      code: 'timeout',
      params: { kind: 'learner-transaction', exception: rec.exception },
    }),
  ),
  // The leader's discovery limits end in QuorumPeer's "Unexpected exception" with
  // "java.lang.InterruptedException: Timeout while waiting for epoch from quorum" after it.
  rule('Unexpected exception', /^Unexpected exception\s*$/, (_m, rec) => {
    const text = rec.exception ?? '';
    if (/Timeout while waiting for/.test(text))
      return { code: 'timeout', params: { kind: 'leader-wait', exception: text } };
    return clientGone(rec, text);
  }),
  rule('Timeout while waiting for', /^Timeout while waiting for/, (_m, rec) => ({
    code: 'timeout',
    params: { kind: 'leader-wait', exception: rec.exception },
  })),
  // NIOServerCnxn: 3.6+ INFO "Unable to read additional data from client, it probably closed
  // the socket: address = /127.0.0.1:5, session = 0x..."; 3.4 "caught end of stream exception"
  // with "EndOfStreamException: Unable to read additional data from client sessionid 0x...".
  rule(
    'Unable to read additional data from client',
    /^Unable to read additional data from client/,
    (_m, rec) => clientGone(rec, rec.message),
  ),
  rule('caught end of stream exception', /^caught end of stream exception/, (_m, rec) =>
    clientGone(rec, rec.exception ?? ''),
  ),
  // 3.4: "Exception causing close of session 0x...: Connection reset by peer" (or "due to ...").
  rule(
    'Exception causing close of session ',
    new RegExp(`^Exception causing close of session ${HEX}(?::| due to)\\s*(.*)$`),
    (m, rec) =>
      connectionError({
        kind: 'client',
        peer: null,
        address: null,
        session: sessionId(m[1]!),
        exception: rec.exception ?? (m[2] || null),
      }),
  ),
];
