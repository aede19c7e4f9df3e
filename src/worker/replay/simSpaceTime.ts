/**
 * The space-time diagram of a simulated run, the same view a replay gives (replaySpaceTime.ts):
 * a window of the trace before the display time, each server a lane, each peer message an arrow
 * from its send to its delivery (or its drop), state changes and elections marked. It lives
 * beside the replay's so that the two stay one diagram.
 */
import {
  SPACETIME_ARROWS_MAX,
  type MarkerView,
  type MessageCategory,
  type SpaceTimeArrow,
  type SpaceTimeMark,
  type SpaceTimeView,
} from '../../protocol/frame';
import type { PeerStateName, PhaseName, TraceEvent } from '../../protocol/frame';
import { firstAtOrAfter } from '../projectMessages';

/** How far back before the window a send is looked for (its arrow then starts above the window). */
const LOOKBACK_FACTOR = 2;
/** How many entries before the window are read to find each lane's state at its top. */
const STATE_SCAN_MAX = 50_000;

type MessageEv = Extract<TraceEvent, { k: 'send' | 'deliver' | 'drop' }>;

function arrowOf(
  sends: Map<number, MessageEv>,
  ev: MessageEv,
  cat: (label: string) => MessageCategory,
): SpaceTimeArrow {
  const sent = sends.get(ev.id);
  sends.delete(ev.id);
  return {
    from: ev.from,
    to: ev.to,
    sentAtMs: sent ? sent.t : null,
    atMs: ev.t,
    kind: ev.label,
    cat: cat(ev.label),
    ...(ev.k === 'drop' ? { lost: true } : {}),
  };
}

export interface SimSpaceTimeInput {
  trace: readonly TraceEvent[];
  /** Trace entries on this branch up to the current event. */
  end: number;
  sids: number[];
  /** Reached markers (elections among them). */
  markers: readonly MarkerView[];
  /** A message label's family (MESSAGE_FAMILY, 'client' otherwise). */
  category: (label: string) => MessageCategory;
}

export function projectSimSpaceTime(
  input: SimSpaceTimeInput,
  displayMs: number,
  windowMs: number,
): SpaceTimeView {
  const { trace, end, sids, category } = input;
  const fromMs = Math.max(0, displayMs - windowMs);
  const start = firstAtOrAfter(trace, end, fromMs);
  const lookFrom = firstAtOrAfter(trace, end, Math.max(0, fromMs - windowMs * LOOKBACK_FACTOR));
  const states = new Map<number, SpaceTimeMark>();
  for (let i = start - 1; i >= Math.max(0, start - STATE_SCAN_MAX); i--) {
    const ev = trace[i] as TraceEvent;
    if (ev.k === 'state' && !states.has(ev.sid))
      states.set(ev.sid, {
        sid: ev.sid,
        atMs: fromMs,
        state: ev.state as PeerStateName,
        phase: ev.phase as PhaseName | null,
      });
    if (states.size === sids.length) break;
  }
  const sends = new Map<number, MessageEv>();
  const arrows: SpaceTimeArrow[] = [];
  const marks: SpaceTimeMark[] = [];
  const lane = new Set(sids);
  for (let i = lookFrom; i < end; i++) {
    const ev = trace[i] as TraceEvent;
    if (ev.t > displayMs) break;
    // Client traffic has its own view; the diagram shows the servers' messages.
    if (
      (ev.k === 'send' || ev.k === 'deliver' || ev.k === 'drop') &&
      !(lane.has(ev.from) && lane.has(ev.to))
    )
      continue;
    if (ev.k === 'send') sends.set(ev.id, ev);
    if (ev.t < fromMs) continue;
    if (ev.k === 'deliver' || ev.k === 'drop') arrows.push(arrowOf(sends, ev, category));
    else if (ev.k === 'state')
      marks.push({
        sid: ev.sid,
        atMs: ev.t,
        state: ev.state as PeerStateName,
        phase: ev.phase as PhaseName | null,
      });
  }
  // Messages still in flight: an arrow from their send, open at the bottom.
  for (const s of sends.values())
    if (s.t >= fromMs)
      arrows.push({
        from: s.from,
        to: s.to,
        sentAtMs: s.t,
        atMs: null,
        kind: s.label,
        cat: category(s.label),
      });
  const truncated = arrows.length > SPACETIME_ARROWS_MAX;
  return {
    fromMs,
    toMs: Math.max(displayMs, fromMs),
    lanes: sids,
    initial: sids.map(
      (sid) => states.get(sid) ?? { sid, atMs: fromMs, state: 'DOWN', phase: null },
    ),
    arrows: truncated ? arrows.slice(-SPACETIME_ARROWS_MAX) : arrows,
    marks,
    elections: input.markers
      .filter((m) => m.kind === 'election' && m.t >= fromMs && m.t <= displayMs && m.sid !== null)
      .map((m) => ({ atMs: m.t, sid: m.sid as number, epoch: m.epoch })),
    truncated,
  };
}
