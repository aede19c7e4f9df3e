/**
 * The append-only event trace: plain data, one entry per thing a learner may want explained.
 * `e` is the index of the kernel event that produced it, so the app can seek to it.
 */
export type TraceEvent =
  | { t: number; e: number; k: 'send'; from: number; to: number; label: string; id: number }
  | { t: number; e: number; k: 'deliver'; from: number; to: number; label: string; id: number }
  | {
      t: number;
      e: number;
      k: 'drop';
      from: number;
      to: number;
      label: string;
      id: number;
      reason: string;
    }
  | { t: number; e: number; k: 'timer'; sid: number; name: string }
  | { t: number; e: number; k: 'state'; sid: number; state: string; phase: string | null }
  | { t: number; e: number; k: 'log'; sid: number; text: string; data?: Record<string, unknown> }
  | { t: number; e: number; k: 'action'; text: string }
  | { t: number; e: number; k: 'violation'; invariant: string; detail: string };
