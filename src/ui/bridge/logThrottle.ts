/**
 * While playing fast, the event log changes on nearly every frame; re-laying out a long list 60
 * times a second would cost frames and nobody can read that fast. The log shown is therefore
 * refreshed at most every `intervalMs` while playing, and at once otherwise. A log held back is
 * never lost: the next frame or the pause delivers it (the worker sends a log only when it
 * changed, so dropping one would leave the view stale).
 */
export interface LogThrottle<T> {
  /** The log to show now for a frame carrying `log` (null: unchanged), or null to keep the shown one. */
  take(log: T | null, playing: boolean): T | null;
  /** Whatever is held back, to show now (on pause); null when nothing is. */
  flush(): T | null;
}

export function createLogThrottle<T>(intervalMs: number, now: () => number): LogThrottle<T> {
  let pending: T | null = null;
  let shownAt = -Infinity;
  const show = (log: T): T => {
    pending = null;
    shownAt = now();
    return log;
  };
  return {
    take(log, playing) {
      if (log !== null) pending = log;
      if (pending === null) return null;
      return !playing || now() - shownAt >= intervalMs ? show(pending) : null;
    },
    flush() {
      return pending === null ? null : show(pending);
    },
  };
}
