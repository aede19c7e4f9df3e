/**
 * The codes of the trace's `log` entries written by a server's ZooKeeper layer about sessions
 * (engine/zkLayer.ts: ZooKeeperServer's connect handling and the leader's SessionTrackerImpl),
 * with their typed parameters (issue 14), and the one English table that writes each entry's
 * `text` from them. The lines keep ZooKeeper's own wording, so the trace file reads like a
 * server log; the app renders its sentences from the code (src/ui/explain/layerLogs.ts).
 *
 * `client` is the client's network node (printed "C<node>" as in the lines); sessions are
 * ZooKeeper's hex session ids; zxids are strings as ZooKeeper prints them. The session expiry
 * keeps the code `expire`, which the scrubber's markers already read (src/worker/logIndex.ts).
 */

export type SessionLogData =
  /** processConnectRequest: the client has seen a newer zxid than this server has. */
  | { kind: 'sessionRefused'; client: number; clientZxid: string; serverZxid: string }
  /** finishSessionInit after createSession committed: the negotiated timeout. */
  | { kind: 'sessionEstablished'; client: number; session: string; timeoutMs: number }
  /** A reconnect with a session the leader still tracks. */
  | { kind: 'sessionRevalidated'; client: number; session: string }
  /** A reconnect with a session the leader no longer tracks (expired or closed). */
  | { kind: 'sessionInvalid'; client: number; session: string }
  /** The leader's tracker expired the session; `timeoutMs` null if the tracker had none. */
  | { kind: 'expire'; session: string; timeoutMs: number | null };

export type SessionLogKind = SessionLogData['kind'];
export type SessionLogOf<K extends SessionLogKind> = Extract<SessionLogData, { kind: K }>;

type English<K extends SessionLogKind> = (d: SessionLogOf<K>) => string;

/** Every code's English line; a Record, so that the compiler refuses a code missing here. */
const ENGLISH: { [K in SessionLogKind]: English<K> } = {
  sessionRefused: (d) =>
    `Refusing session request for client as it has seen zxid ${d.clientZxid} our last zxid is ${d.serverZxid} client must try another server`,
  sessionEstablished: (d) =>
    `Established session ${d.session} with negotiated timeout ${d.timeoutMs} for client C${d.client}`,
  sessionRevalidated: (d) => `Revalidated session ${d.session} for client C${d.client}`,
  sessionInvalid: (d) => `Invalid session ${d.session} for client C${d.client}, probably expired`,
  expire: (d) => `Expiring session ${d.session}, timeout of ${d.timeoutMs ?? '?'}ms exceeded`,
};

/** The trace line's English text for a session entry. */
export function sessionLogText(d: SessionLogData): string {
  // TypeScript cannot correlate ENGLISH[d.kind] with d's own variant; the table's type does.
  return (ENGLISH[d.kind] as English<SessionLogKind>)(d);
}

/** Whether a trace entry's `data.kind` is one of the session codes. */
export function isSessionLogKind(kind: unknown): kind is SessionLogKind {
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(ENGLISH, kind);
}
