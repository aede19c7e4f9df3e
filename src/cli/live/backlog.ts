/**
 * The bridge's numbered record stream (docs/LIVE.md, "The messages"): every parsed log record it
 * streams gets the next sequence number, 1, 2, 3, ... for as long as the bridge runs, and the
 * last EVENTS_KEPT_MAX records are kept for pages that connect later or reconnect. A page that
 * says the last seq it has (`?after=N` on the socket's address) is sent only the newer ones, so
 * a reconnection never repeats a record; when the oldest record kept is newer than N + 1, the
 * records between were dropped, and the page sees the jump in the numbers and says so.
 */
import type { LogEvent } from '../../logs/kinds';
import { LIVE_EVENTS_PER_MESSAGE, type BridgeMessage } from '../../protocol/live';

/** Events kept for pages that connect later; older ones are dropped first. */
export const EVENTS_KEPT_MAX = 20_000;

export type EventsMessage = Extract<BridgeMessage, { type: 'events' }>;

export class LiveBacklog {
  private readonly kept: LogEvent[] = [];
  /** The seq of kept[0]; the next record gets firstSeq + kept.length. */
  private firstSeq = 1;

  constructor(private readonly keptMax = EVENTS_KEPT_MAX) {}

  /** The seq the next record will get (1 before any). */
  get nextSeq(): number {
    return this.firstSeq + this.kept.length;
  }

  /** Numbers `fresh`, keeps them (dropping the oldest beyond the bound), returns the messages. */
  push(fresh: readonly LogEvent[]): EventsMessage[] {
    const seq = this.nextSeq;
    this.kept.push(...fresh);
    const over = this.kept.length - this.keptMax;
    if (over > 0) {
      this.kept.splice(0, over);
      this.firstSeq += over;
    }
    return chunks(seq, fresh);
  }

  /** The kept records newer than `after` (0: all), as messages; none when it has them all. */
  since(after: number): EventsMessage[] {
    const from = Math.max(0, after + 1 - this.firstSeq);
    return chunks(this.firstSeq + from, this.kept.slice(from));
  }
}

function chunks(seq: number, events: readonly LogEvent[]): EventsMessage[] {
  const out: EventsMessage[] = [];
  for (let i = 0; i < events.length; i += LIVE_EVENTS_PER_MESSAGE)
    out.push({
      type: 'events',
      seq: seq + i,
      events: events.slice(i, i + LIVE_EVENTS_PER_MESSAGE),
    });
  return out;
}

/**
 * Reads the socket's path, `/TOKEN` or `/TOKEN?after=N`: 'token' when the token is wrong,
 * 'after' when N is not an integer from 0 to Number.MAX_SAFE_INTEGER, else the seq (0 without).
 */
export function readConnectPath(
  path: string,
  token: string,
): { ok: true; after: number } | { ok: false; reason: 'token' | 'after' } {
  const q = path.indexOf('?');
  const base = q < 0 ? path : path.slice(0, q);
  if (base !== `/${token}`) return { ok: false, reason: 'token' };
  if (q < 0) return { ok: true, after: 0 };
  const params = new URLSearchParams(path.slice(q + 1));
  const keys = [...params.keys()];
  const raw = params.get('after');
  if (keys.length !== 1 || raw === null || !/^\d{1,16}$/.test(raw))
    return { ok: false, reason: 'after' };
  const after = Number(raw);
  return Number.isSafeInteger(after) ? { ok: true, after } : { ok: false, reason: 'after' };
}
