/**
 * The typed messages between the UI thread and the simulation worker (DESIGN.md section 7).
 *
 * Every message carries the protocol version `v`; both sides refuse a message whose version is not
 * their own, so a stale cached worker and a fresh page (or the reverse) fail loudly instead of
 * misreading each other. Bump PROTOCOL_VERSION whenever a message's shape or meaning changes.
 */
export const PROTOCOL_VERSION = 1;

/** What the worker sends the UI to draw: plain, structured-cloneable data. */
export interface DemoFrame {
  /** Number of ticks the worker has run since it started. */
  tick: number;
  /** The servers drawn, as sids in ascending order. */
  sids: readonly number[];
  /** The sid drawn from the seeded stream on the latest tick. */
  pickedSid: number;
}

/** UI -> worker. */
export type ToWorkerBody =
  | { type: 'start'; seed: number; servers: number; tickIntervalMs: number }
  | { type: 'play' }
  | { type: 'pause' };

/** Worker -> UI. */
export type FromWorkerBody =
  | { type: 'status'; playing: boolean }
  | { type: 'frame'; frame: DemoFrame }
  | { type: 'error'; message: string };

export type Versioned<T> = T & { v: typeof PROTOCOL_VERSION };
export type ToWorker = Versioned<ToWorkerBody>;
export type FromWorker = Versioned<FromWorkerBody>;

/** Stamps a message body with this build's protocol version. */
export function versioned<T extends { type: string }>(body: T): Versioned<T> {
  return { ...body, v: PROTOCOL_VERSION };
}

export type Received<T> = { ok: true; message: T } | { ok: false; error: string };

/**
 * Accepts a received message only if it is a tagged object of this protocol version. The shape
 * beyond `v` and `type` is trusted: both sides are built from this same file.
 */
export function receive<T extends { type: string }>(data: unknown): Received<Versioned<T>> {
  if (
    typeof data !== 'object' ||
    data === null ||
    typeof (data as { type?: unknown }).type !== 'string'
  ) {
    return { ok: false, error: 'protocol: message is not a tagged object' };
  }
  const v = (data as { v?: unknown }).v;
  if (v !== PROTOCOL_VERSION) {
    return {
      ok: false,
      error: `protocol: version ${String(v)} received, ${PROTOCOL_VERSION} expected`,
    };
  }
  return { ok: true, message: data as Versioned<T> };
}
