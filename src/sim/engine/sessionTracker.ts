/**
 * The leader's session tracker (SessionTrackerImpl with ExpiryQueue; ZAB.md 6.3, 6.6): each live
 * session expires at roundUp(lastTouch + timeout) to the next multiple of tickTime; the tracker
 * wakes at each tick boundary and expires the whole bucket. A new leader starts every session
 * with a fresh full timeout from its activation. Plain data.
 */
export interface SessionTracker {
  /** sessionId -> absolute expiry time (a multiple of tickTime). */
  expiresAtMs: Record<string, number>;
  timeoutMs: Record<string, number>;
  /** Sessions whose closeSession has been submitted (SessionImpl.isClosing). */
  closing: string[];
}

function roundUp(t: number, tickTimeMs: number): number {
  return (Math.floor(t / tickTimeMs) + 1) * tickTimeMs;
}

/** createSessionTracker at activation: every committed session gets a fresh timeout. */
export function newTracker(
  sessions: readonly { id: string; timeoutMs: number }[],
  nowMs: number,
  tickTimeMs: number,
): SessionTracker {
  const t: SessionTracker = { expiresAtMs: {}, timeoutMs: {}, closing: [] };
  for (const s of sessions) addSession(t, s.id, s.timeoutMs, nowMs, tickTimeMs);
  return t;
}

export function addSession(
  t: SessionTracker,
  id: string,
  timeoutMs: number,
  nowMs: number,
  tickTimeMs: number,
): void {
  t.timeoutMs[id] = timeoutMs;
  t.expiresAtMs[id] = roundUp(nowMs + timeoutMs, tickTimeMs);
}

/** ExpiryQueue.update: a touch moves the session to a later bucket (never an earlier one). */
export function touch(t: SessionTracker, id: string, nowMs: number, tickTimeMs: number): boolean {
  const timeout = t.timeoutMs[id];
  if (timeout === undefined || t.closing.includes(id)) return false;
  t.expiresAtMs[id] = Math.max(t.expiresAtMs[id] ?? 0, roundUp(nowMs + timeout, tickTimeMs));
  return true;
}

export function removeSession(t: SessionTracker, id: string): void {
  delete t.expiresAtMs[id];
  delete t.timeoutMs[id];
  t.closing = t.closing.filter((s) => s !== id);
}

/** The sessions of the bucket due at nowMs, ascending by id; they are marked closing. */
export function expireDue(t: SessionTracker, nowMs: number): string[] {
  const due = Object.keys(t.expiresAtMs)
    .filter((id) => (t.expiresAtMs[id] as number) <= nowMs && !t.closing.includes(id))
    .sort();
  t.closing.push(...due);
  return due;
}

export function isLive(t: SessionTracker, id: string): boolean {
  return t.timeoutMs[id] !== undefined && !t.closing.includes(id);
}

export function cloneTracker(t: SessionTracker): SessionTracker {
  return {
    expiresAtMs: { ...t.expiresAtMs },
    timeoutMs: { ...t.timeoutMs },
    closing: t.closing.slice(),
  };
}
