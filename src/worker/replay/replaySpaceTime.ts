/**
 * The space-time diagram of a replay: a window of the real timeline as lanes, state changes and
 * Notification arrows. INFO logs print a Notification's receipt only, so its arrow has no send
 * time unless the sender logged "Sending Notification" at DEBUG (then the two are paired by
 * sender, receiver, vote and round).
 */
import {
  SPACETIME_ARROWS_MAX,
  type SpaceTimeArrow,
  type SpaceTimeMark,
  type SpaceTimeView,
} from '../../protocol/frame';
import type { LogEvent } from '../../logs/index';
import { statusOf } from './realState';
import type { ReplaySource } from './replaySource';

function sentKey(from: number, to: number, leader: number, zxid: string, round: string): string {
  return `${from}>${to}|${leader}|${zxid}|${parseInt(round, 16)}`;
}

export function projectReplaySpaceTime(
  src: ReplaySource,
  displayMs: number,
  windowMs: number,
): SpaceTimeView {
  const fromMs = Math.max(0, displayMs - windowMs);
  const events = src.events;
  const start = src.indexAt(fromMs + src.t0);
  const end = Math.min(src.cursor, src.indexAt(Math.floor(displayMs + src.t0) + 1));
  const before = src.ensembleAt(start);
  const lanes = [...before.keys()].sort((a, b) => a - b);
  const initial: SpaceTimeMark[] = lanes.map((sid) => {
    const s = before.get(sid);
    const known = s !== undefined && statusOf(s) === 'logged' && s.state !== null;
    return {
      sid,
      atMs: fromMs,
      state: known && s.state !== null ? s.state : 'UNKNOWN',
      phase: known ? (s?.phase ?? null) : null,
    };
  });
  const sent = new Map<string, number[]>();
  const arrows: SpaceTimeArrow[] = [];
  const marks: SpaceTimeMark[] = [];
  const elections: SpaceTimeView['elections'] = [];
  const epochs = new Map<string, number | null>();
  for (const el of src.timeline.elections) epochs.set(`${el.leader}@${el.endedAtMs}`, el.epoch);
  for (let i = start; i < end; i++) {
    const e = events[i] as LogEvent;
    const atMs = e.ms - src.t0;
    switch (e.code) {
      case 'fle.notification.sent': {
        const p = e.params;
        const key = sentKey(e.sid, p.to, p.leader, p.zxid, p.round);
        sent.set(key, [...(sent.get(key) ?? []), atMs]);
        break;
      }
      case 'fle.notification.received': {
        const p = e.params;
        if (p.from === e.sid) break;
        const queue = sent.get(sentKey(p.from, e.sid, p.leader, p.zxid, p.round));
        const sentAtMs = queue && queue.length > 0 ? (queue.shift() as number) : null;
        arrows.push({
          from: p.from,
          to: e.sid,
          sentAtMs,
          atMs,
          kind: 'Notification',
          cat: 'election',
        });
        break;
      }
      case 'state':
        marks.push({ sid: e.sid, atMs, state: e.params.state, phase: e.params.phase });
        break;
      case 'server.started':
        marks.push({ sid: e.sid, atMs, state: 'UNKNOWN', phase: null });
        break;
      case 'election.took':
        if (e.params.state === 'LEADING')
          elections.push({ atMs, sid: e.sid, epoch: epochs.get(`${e.sid}@${e.ms}`) ?? null });
        break;
      default:
        break;
    }
  }
  const truncated = arrows.length > SPACETIME_ARROWS_MAX;
  return {
    fromMs,
    toMs: Math.max(displayMs, fromMs),
    lanes,
    initial,
    arrows: truncated ? arrows.slice(-SPACETIME_ARROWS_MAX) : arrows,
    marks,
    elections,
    truncated,
  };
}
