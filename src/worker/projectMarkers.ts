/**
 * The timeline's markers for the frame: those the run has reached (elections, crashes, expiries,
 * violations, each marked as the person's own when a command of theirs caused it) and the
 * scenario's scripted actions not reached yet (drawn hollow), in time order.
 */
import type { MarkerView } from '../protocol/frame';
import type { ResolvedScenario, TraceEvent } from './simApi';

const PLANNED = new Set(['crash', 'restart', 'freeze', 'partition', 'heal']);

/** Scripted actions after the explored part of the run: the key says when the list changes. */
export function plannedAhead(resolved: ResolvedScenario, frontierMs: number) {
  const planned = resolved.actions.filter((a) => PLANNED.has(a.do) && a.atMs > frontierMs);
  const lab = (resolved.balancer?.actions ?? []).filter((a) => a.atMs > frontierMs);
  return { planned, lab };
}

export function projectMarkers(
  reachedMarkers: readonly MarkerView[],
  trace: readonly TraceEvent[],
  ahead: ReturnType<typeof plannedAhead>,
  isUser: (ev: TraceEvent) => boolean,
): MarkerView[] {
  const reached: MarkerView[] = reachedMarkers.map((m) => {
    const ev = trace[(m as MarkerView & { i: number }).i] as TraceEvent;
    const backend = m.backend === undefined ? {} : { backend: m.backend };
    const session = m.session === undefined ? {} : { session: m.session };
    return {
      kind: m.kind,
      e: m.e,
      t: m.t,
      sid: m.sid,
      epoch: m.epoch,
      user: isUser(ev),
      ...backend,
      ...session,
    };
  });
  const planned: MarkerView[] = ahead.planned.map((a) => {
    const sid = 'sid' in a ? a.sid : null;
    return {
      kind: a.do as MarkerView['kind'],
      e: -1,
      t: a.atMs,
      sid: typeof sid === 'number' ? sid : null,
      epoch: null,
      user: false,
      // "crash the leader": whoever leads when the script gets there, named so on the marker.
      ...(sid === 'leader' ? { target: 'leader' as const } : {}),
    };
  });
  const plannedLab: MarkerView[] = ahead.lab.map((a) => ({
    kind: a.do as MarkerView['kind'],
    e: -1,
    t: a.atMs,
    sid: null,
    epoch: null,
    user: false,
    backend: typeof a.backend === 'string' ? a.backend : a.backend.id,
  }));
  return [...reached, ...planned, ...plannedLab].sort((x, y) => x.t - y.t);
}
