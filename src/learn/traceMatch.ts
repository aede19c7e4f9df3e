/**
 * Does a trace entry match a lesson step's target (src/protocol/lessonTarget.ts)? Pure, shared by
 * the worker (which searches the trace with it) and the lesson tests. Entries are read by code and
 * parameters, never by their English text (DESIGN.md section 10).
 */
import type { MatchValue, TraceMatch } from '../protocol/lessonTarget';
import type { TraceEvent } from '../sim/trace/traceEvent';

function sameValue(actual: unknown, expected: MatchValue): boolean {
  if (Array.isArray(actual)) return false;
  return actual === expected;
}

function paramsMatch(
  data: Record<string, unknown> | undefined,
  params: Record<string, MatchValue> | undefined,
): boolean {
  if (!params) return true;
  if (!data) return false;
  return Object.entries(params).every(([name, value]) => sameValue(data[name], value));
}

/** A message's kind: its label's first word ("PROPOSAL 0x100000001" is a PROPOSAL). */
export function messageKind(label: string): string {
  const space = label.indexOf(' ');
  return space < 0 ? label : label.slice(0, space);
}

export function traceMatches(ev: TraceEvent, m: TraceMatch): boolean {
  switch (m.k) {
    case 'log':
      return (
        ev.k === 'log' &&
        ev.data?.kind === m.kind &&
        (m.sid === undefined || ev.sid === m.sid) &&
        paramsMatch(ev.data, m.params)
      );
    case 'action':
      return (
        ev.k === 'action' &&
        ev.data.do === m.do &&
        paramsMatch(ev.data as unknown as Record<string, unknown>, m.params)
      );
    case 'state':
      return (
        ev.k === 'state' &&
        (m.sid === undefined || ev.sid === m.sid) &&
        (m.state === undefined || ev.state === m.state) &&
        (m.phase === undefined || ev.phase === m.phase)
      );
    case 'send':
    case 'deliver':
      return (
        ev.k === m.k &&
        messageKind(ev.label) === m.message &&
        (m.from === undefined || ev.from === m.from) &&
        (m.to === undefined || ev.to === m.to)
      );
    case 'violation':
      return ev.k === 'violation';
  }
}

/** The parameters a lesson may read from the matched entry (answers are checked against them). */
export function matchedParams(ev: TraceEvent): Record<string, unknown> {
  switch (ev.k) {
    case 'log':
      return { sid: ev.sid, ...(ev.data ?? {}) };
    case 'action':
      return { ...ev.data };
    case 'state':
      return { sid: ev.sid, state: ev.state, phase: ev.phase };
    case 'send':
    case 'deliver':
    case 'drop':
      return { from: ev.from, to: ev.to, message: messageKind(ev.label) };
    case 'timer':
      return { sid: ev.sid, name: ev.name };
    case 'violation':
      return { invariant: ev.invariant };
  }
}
