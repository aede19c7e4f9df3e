/**
 * The event log's index over the timeline's trace: which entries a person may want explained
 * (everything but the send/deliver stream), their category, the server they concern, the
 * timeline markers (elections, crashes, partitions, session expiries, violations) and the first
 * violation. It is
 * built incrementally as the trace grows and truncated when a command forks the future.
 */
import type {
  LogCategory,
  LogEntryView,
  LogFilter,
  MarkerKind,
  MarkerView,
} from '../protocol/frame';
import {
  isZabLogKind,
  ZAB_LOG_TOPIC,
  type ActionData,
  type TraceEvent,
  type ZabLogTopic,
} from './simApi';

/** The ZAB layer's codes by topic (sim/zab/logCodes.ts); its database lines count as state. */
const ZAB_CATEGORY: Record<ZabLogTopic, LogCategory> = {
  election: 'election',
  sync: 'sync',
  broadcast: 'broadcast',
  fault: 'fault',
  database: 'state',
};

/** The category of a trace entry, or null for the message stream that the view draws instead. */
export function logCategory(ev: TraceEvent): LogCategory | null {
  switch (ev.k) {
    case 'send':
    case 'deliver':
      return null;
    case 'drop':
      return 'lost';
    case 'timer':
      return 'timer';
    case 'state':
      return 'state';
    case 'violation':
      return 'violation';
    case 'action':
      return ev.data.do === 'write' ? 'broadcast' : 'fault';
    case 'log': {
      const kind = ev.data?.kind;
      return isZabLogKind(kind) ? ZAB_CATEGORY[ZAB_LOG_TOPIC[kind]] : 'state';
    }
  }
}

/** The server an entry is about: its sid, the sender of a dropped message, the S<n> of an action. */
export function entrySid(ev: TraceEvent): number | null {
  switch (ev.k) {
    case 'state':
    case 'log':
    case 'timer':
      return ev.sid;
    case 'drop':
    case 'send':
    case 'deliver':
      return ev.from;
    case 'action':
      return actionSid(ev.data);
    case 'violation':
      return null;
  }
}

/** A marker for the scrubber, when the entry is one. */
export function markerOf(ev: TraceEvent): {
  kind: MarkerKind;
  sid: number | null;
  epoch: number | null;
  backend?: string;
  session?: string;
} | null {
  if (ev.k === 'violation') return { kind: 'violation', sid: null, epoch: null };
  // The leader's session tracker expired a session (zkLayer.sessionTick), named in its data.
  if (ev.k === 'log' && ev.data?.kind === 'expire') {
    const session = ev.data['session'];
    return typeof session === 'string'
      ? { kind: 'expire', sid: ev.sid, epoch: null, session }
      : null;
  }
  if (ev.k === 'log' && ev.data?.kind === 'established') {
    return {
      kind: 'election',
      sid: ev.sid,
      epoch: typeof ev.data.epoch === 'number' ? ev.data.epoch : null,
    };
  }
  if (ev.k !== 'action') return null;
  const d = ev.data;
  switch (d.do) {
    case 'crash':
    case 'restart':
    case 'freeze':
      return d.noop === null ? { kind: d.do, sid: d.sid, epoch: null } : null;
    case 'partition':
    case 'heal':
      return { kind: d.do, sid: null, epoch: null };
    default:
      return 'backend' in d && d.noop === null
        ? { kind: d.do, sid: null, epoch: null, backend: d.backend }
        : null;
  }
}

/** The server an action is about: the one it acts on, writes through, or delays from. */
function actionSid(d: ActionData): number | null {
  switch (d.do) {
    case 'crash':
    case 'restart':
    case 'freeze':
    case 'unfreeze':
      return d.sid;
    case 'write':
      return d.via;
    case 'delay-link':
      return d.from;
    case 'drop-message':
    case 'delay-message':
      return d.from;
    case 'client-partition':
      return d.from === 'all' ? null : (d.from[0] ?? null);
    default:
      return null;
  }
}

/** How many filtered entries the log shows, and how far back it looks for them. */
export const LOG_TAIL = 150;
const LOG_SCAN_MAX = 50_000;

export class LogIndex {
  /** Trace indices of the notable entries, ascending. */
  readonly notable: number[] = [];
  readonly cats: LogCategory[] = [];
  readonly markers: MarkerView[] = [];
  private scanned = 0;

  /** Indexes trace entries appended since the last call. */
  sync(trace: readonly TraceEvent[]): void {
    if (trace.length < this.scanned) this.truncate(trace.length);
    for (let i = this.scanned; i < trace.length; i++) {
      const ev = trace[i] as TraceEvent;
      const cat = logCategory(ev);
      if (cat === null) continue;
      this.notable.push(i);
      this.cats.push(cat);
      const mk = markerOf(ev);
      if (mk)
        this.markers.push({ ...mk, e: ev.e, t: ev.t, user: false, i } as MarkerView & {
          i: number;
        });
    }
    this.scanned = trace.length;
  }

  /** Forgets entries at index `length` and beyond (a fork rewrote them). */
  truncate(length: number): void {
    let n = this.notable.length;
    while (n > 0 && (this.notable[n - 1] as number) >= length) n--;
    this.notable.length = n;
    this.cats.length = n;
    let m = this.markers.length;
    while (m > 0 && (this.markers[m - 1] as MarkerView & { i: number }).i >= length) m--;
    this.markers.length = m;
    this.scanned = Math.min(this.scanned, length);
  }

  /** Number of notable entries among the first `end` trace entries. */
  countBefore(end: number): number {
    let lo = 0;
    let hi = this.notable.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.notable[mid] as number) < end) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The last LOG_TAIL entries before trace index `end` that pass the filter, oldest first. */
  tail(
    trace: readonly TraceEvent[],
    end: number,
    filter: LogFilter,
    isUser: (ev: TraceEvent) => boolean,
  ): LogEntryView[] {
    const out: LogEntryView[] = [];
    const stop = Math.max(0, this.countBefore(end) - LOG_SCAN_MAX);
    for (let k = this.countBefore(end) - 1; k >= stop && out.length < LOG_TAIL; k--) {
      const i = this.notable[k] as number;
      const cat = this.cats[k] as LogCategory;
      const ev = trace[i] as TraceEvent;
      if (filter.cats.length > 0 && !filter.cats.includes(cat)) continue;
      const sid = entrySid(ev);
      if (filter.sids.length > 0 && !passesSid(ev, sid, filter.sids)) continue;
      out.push({ i, cat, sid, user: ev.k === 'action' && isUser(ev), ev });
    }
    return out.reverse();
  }

  /** The first violation among the first `end` entries, as a trace index, or -1. */
  firstViolation(trace: readonly TraceEvent[], end: number): number {
    for (const m of this.markers as (MarkerView & { i: number })[]) {
      if (m.i >= end) break;
      if (m.kind === 'violation' && trace[m.i]?.k === 'violation') return m.i;
    }
    return -1;
  }
}

function passesSid(ev: TraceEvent, sid: number | null, sids: readonly number[]): boolean {
  if (ev.k === 'drop') return sids.includes(ev.from) || sids.includes(ev.to);
  return sid === null || sids.includes(sid);
}
