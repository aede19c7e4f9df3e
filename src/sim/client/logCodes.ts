/**
 * The codes of the trace's `log` entries written by a ZooKeeper client process (clientProcess.ts),
 * with their typed parameters (issue 14), and the one English table that writes each entry's
 * `text` from them (the CLI's trace file and the raw view). The app renders its own sentences from
 * the code (src/ui/explain/layerLogs.ts) and never parses the text. `client` is the client's id
 * ("c1"); servers are sids; durations are milliseconds.
 */

/** Why the client lost its connection (ClientCnxn's SessionTimeoutException and EndOfStream). */
export type DisconnectCause =
  /** No answer to the connect request within the connect timeout. `server` null when unknown. */
  | { code: 'connectTimeout'; server: number | null }
  /** Nothing heard for the read timeout, 2/3 of the session timeout. */
  | { code: 'readTimeout'; limitMs: number }
  /** The server closed the connection. */
  | { code: 'closedByServer'; server: number };

/** Why the client considers its session expired. */
export type ExpiryCause =
  /** ZOOKEEPER-4508: no server heard from for 4/3 of the session timeout. */
  | { code: 'localExpiry' }
  /** The server answered the reconnect with a zero timeout: the session is gone. */
  | { code: 'sessionInvalid'; server: number | null };

export type ClientLogData =
  | {
      kind: 'clientConnected';
      client: string;
      server: number | null;
      session: string;
      timeoutMs: number;
    }
  | { kind: 'clientDisconnected'; client: string; cause: DisconnectCause }
  /** `session` null when the client never had one. */
  | { kind: 'clientExpired'; client: string; session: string | null; cause: ExpiryCause }
  | { kind: 'clientCrashed'; client: string; session: string | null };

export type ClientLogKind = ClientLogData['kind'];
export type ClientLogOf<K extends ClientLogKind> = Extract<ClientLogData, { kind: K }>;

const sidText = (sid: number | null): string => `S${sid ?? '?'}`;

function disconnectText(c: DisconnectCause): string {
  switch (c.code) {
    case 'connectTimeout':
      return `no answer from ${sidText(c.server)} within the connect timeout`;
    case 'readTimeout':
      return `nothing heard for 2/3 of the session timeout (${c.limitMs} ms)`;
    case 'closedByServer':
      return `S${c.server} closed the connection`;
  }
}

function expiryText(c: ExpiryCause): string {
  return c.code === 'localExpiry'
    ? 'no server heard from for 4/3 of the session timeout'
    : `${sidText(c.server)} says the session is no longer valid`;
}

type English<K extends ClientLogKind> = (d: ClientLogOf<K>) => string;

/** Every code's English line; a Record, so that the compiler refuses a code missing here. */
const ENGLISH: { [K in ClientLogKind]: English<K> } = {
  clientConnected: (d) =>
    `Client ${d.client} SyncConnected to ${sidText(d.server)}, session ${d.session}, timeout ${d.timeoutMs} ms`,
  clientDisconnected: (d) => `Client ${d.client} Disconnected: ${disconnectText(d.cause)}`,
  clientExpired: (d) =>
    `Client ${d.client} session ${d.session ?? '?'} Expired: ${expiryText(d.cause)}`,
  clientCrashed: (d) =>
    `Client ${d.client} process crashed (session ${d.session ?? 'none'} is left to expire)`,
};

/** The trace line's English text for a client entry. */
export function clientLogText(d: ClientLogData): string {
  // TypeScript cannot correlate ENGLISH[d.kind] with d's own variant; the table's type does.
  return (ENGLISH[d.kind] as English<ClientLogKind>)(d);
}

/** Whether a trace entry's `data.kind` is one of the client's codes. */
export function isClientLogKind(kind: unknown): kind is ClientLogKind {
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(ENGLISH, kind);
}
