/**
 * A replay's frame: the real ensemble at the cursor projected onto the Frame type the simulation
 * uses (src/protocol/frame.ts), so the ring, the cards, the scrubber and the event log draw it
 * unchanged. Unknown values are never filled in: a card without a logged state carries a
 * `real.status` saying why, and `real.known` lists which numbers a line gave (the others are 0
 * placeholders the card prints as unknown).
 */
import type {
  Frame,
  LogCategory,
  LogEntryView,
  MarkerView,
  MessageView,
  ServerView,
  Zxid,
} from '../../protocol/frame';
import type { ViewParams } from '../../protocol/messages';
import type { LogEvent } from '../../logs/index';
import { statusOf, zxidEpoch, type RealServer } from './realState';
import type { ReplaySource } from './replaySource';
import { projectReplaySpaceTime } from './replaySpaceTime';

/** How many entries the event log shows (as the simulation's LOG_TAIL). */
export const REPLAY_LOG_TAIL = 150;
/**
 * INFO logs print when a Notification arrived, not when it left: the ring draws its mark moving
 * for this long before the receipt. A drawing window, not a measured latency (docs/LOGS.md).
 */
export const RECEIPT_MARK_MS = 40;

export function toZxid(text: string | null): Zxid {
  if (text === null) return { epoch: 0, counter: 0 };
  const hex = text.slice(2);
  return { epoch: zxidEpoch(text), counter: parseInt(hex.slice(-8) || '0', 16) };
}

function serverView(s: RealServer, t0: number, lastLine: Map<number, number>): ServerView {
  const status = statusOf(s);
  const shown = status === 'logged' || status === 'unreachable';
  const known: NonNullable<ServerView['real']>['known'] = [];
  if (s.currentEpoch !== null) known.push('currentEpoch');
  if (s.acceptedEpoch !== null) known.push('acceptedEpoch');
  if (s.lastZxid !== null) known.push('lastZxid');
  if (s.vote !== null) known.push('vote');
  if (s.leader !== null) known.push('leader');
  const zxid = toZxid(s.lastZxid);
  const last = lastLine.get(s.sid);
  return {
    sid: s.sid,
    observer: s.observer,
    state: shown && s.state !== null ? s.state : 'DOWN',
    phase: shown ? s.phase : null,
    frozen: false,
    notStarted: !shown,
    backlog: 0,
    acceptedEpoch: s.acceptedEpoch ?? 0,
    currentEpoch: s.currentEpoch ?? 0,
    lastZxid: zxid,
    delivered: 0,
    lastDelivered: zxid,
    vote:
      shown && s.vote
        ? {
            leader: s.vote.leader,
            zxid: toZxid(s.vote.zxid),
            peerEpoch: s.vote.peerEpoch,
            round: s.vote.round,
          }
        : null,
    leader: shown ? s.leader : null,
    logTail: [],
    logLength: 0,
    heartbeat: null,
    database: {
      voteZxid: zxid,
      voteOrigin: { origin: 'commit' },
      snapshot: null,
      loggedAfterSnapshot: 0,
      committedLog: { count: 0, minZxid: null, maxZxid: null },
    },
    real: {
      status,
      known,
      inferred: [...s.inferred].sort(),
      lastLineMs: last === undefined ? null : last - t0,
    },
  };
}

/** The event log's category of a parsed event, or null for events it does not list. */
export function realCategory(e: LogEvent): LogCategory | null {
  switch (e.code) {
    case 'fle.election.started':
    case 'election.took':
    case 'fle.notification.timeout':
      return 'election';
    case 'state':
      return 'state';
    case 'leader.sync':
    case 'sync.mode':
    case 'leader.learner':
    case 'learner.newleader':
    case 'learner.uptodate':
    case 'leader.quorum':
    case 'leader.newleader':
    case 'leader.newleader.ack':
    case 'epoch.current':
    case 'epoch.accepted':
      return 'sync';
    case 'proposal':
    case 'commit':
    case 'session.established':
    case 'session.committed':
    case 'session.closing':
    case 'session.closed':
      return 'broadcast';
    case 'server.started':
    case 'leader.shutdown':
    case 'learner.disconnected':
    case 'connection.error':
    case 'session.expired':
      return 'fault';
    case 'timeout':
      return 'timer';
    default:
      return null;
  }
}

function logEntry(src: ReplaySource, i: number, cat: LogCategory): LogEntryView {
  const e = src.events[i] as LogEvent;
  const t = e.ms - src.t0;
  return {
    i,
    cat,
    sid: e.sid,
    user: false,
    ev: { t, e: i + 1, k: 'log', sid: e.sid, text: '' },
    real: {
      code: e.code,
      params: e.params as unknown as Record<string, unknown>,
      file: e.file,
      line: e.line,
      at: e.at,
    },
  };
}

function logTail(src: ReplaySource, view: ViewParams): LogEntryView[] {
  const out: LogEntryView[] = [];
  const { sids, cats } = view.filter;
  for (let i = src.cursor - 1; i >= 0 && out.length < REPLAY_LOG_TAIL; i--) {
    const e = src.events[i] as LogEvent;
    const cat = realCategory(e);
    if (cat === null) continue;
    if (cats.length > 0 && !cats.includes(cat)) continue;
    if (sids.length > 0 && !sids.includes(e.sid)) continue;
    out.push(logEntry(src, i, cat));
  }
  return out.reverse();
}

/** Each source's markers and the timeline generation they were computed for. */
const markerCache = new WeakMap<ReplaySource, { generation: number; markers: MarkerView[] }>();

/** The markers, computed once per rebuild of the source's timeline. */
function cachedMarkers(src: ReplaySource): MarkerView[] {
  const hit = markerCache.get(src);
  if (hit && hit.generation === src.generation) return hit.markers;
  const markers = replayMarkers(src);
  markerCache.set(src, { generation: src.generation, markers });
  return markers;
}

/** Elections (the leader's "LEADER ELECTION TOOK"), restarts and session expiries. */
export function replayMarkers(src: ReplaySource): MarkerView[] {
  const out: MarkerView[] = [];
  const started = new Set<number>();
  const epochs = new Map<string, number | null>();
  for (const el of src.timeline.elections) epochs.set(`${el.leader}@${el.endedAtMs}`, el.epoch);
  src.events.forEach((e, i) => {
    const base = { e: i + 1, t: e.ms - src.t0, sid: e.sid, epoch: null, user: false };
    if (e.code === 'election.took' && e.params.state === 'LEADING')
      out.push({ ...base, kind: 'election', epoch: epochs.get(`${e.sid}@${e.ms}`) ?? null });
    else if (e.code === 'server.started') {
      if (started.has(e.sid)) out.push({ ...base, kind: 'restart' });
      started.add(e.sid);
    } else if (e.code === 'session.expired')
      out.push({ ...base, kind: 'expire', session: e.params.session });
  });
  return out;
}

/** Notifications whose receipt is within the mark window of the display time. */
function notificationMarks(src: ReplaySource, displayMs: number): MessageView[] {
  const out: MessageView[] = [];
  const from = displayMs + src.t0;
  const to = from + RECEIPT_MARK_MS;
  const events = src.events;
  for (let i = src.indexAt(from); i < events.length && (events[i] as LogEvent).ms <= to; i++) {
    const e = events[i] as LogEvent;
    if (e.code !== 'fle.notification.received' || e.params.from === e.sid) continue;
    const p = e.params;
    const atMs = e.ms - src.t0;
    out.push({
      id: i,
      from: p.from,
      to: e.sid,
      kind: 'Notification',
      cat: 'election',
      sentAtMs: atMs - RECEIPT_MARK_MS,
      atMs,
      vote: {
        leader: p.leader,
        zxid: toZxid(p.zxid),
        peerEpoch: p.peerEpoch,
        round: parseInt(p.round, 16),
        state: p.state,
      },
    });
  }
  return out;
}

export function projectReplayFrame(
  src: ReplaySource,
  seq: number,
  displayMs: number,
  view: ViewParams,
): Frame {
  const nowMs = src.nowMs();
  const shownMs = Math.max(displayMs, nowMs);
  const ensemble = src.ensembleAt(src.cursor);
  const lastLine = new Map<number, number>();
  for (let i = src.cursor - 1; i >= 0 && lastLine.size < ensemble.size; i--) {
    const e = src.events[i] as LogEvent;
    if (!lastLine.has(e.sid)) lastLine.set(e.sid, e.ms);
  }
  const n = src.events.length;
  const endMs = src.endMs();
  return {
    seq,
    event: src.cursor,
    frontier: n,
    frontierMs: endMs,
    nowMs,
    displayMs: shownMs,
    nextEventMs: src.cursor < n ? src.timeOf(src.cursor) : null,
    untilMs: endMs,
    endMs,
    stop: null,
    ended: src.cursor >= n,
    servers: [...ensemble.values()]
      .sort((a, b) => a.sid - b.sid)
      .map((s) => serverView(s, src.t0, lastLine)),
    messages: notificationMarks(src, shownMs),
    drops: [],
    partition: null,
    violations: { count: 0, first: null },
    log: logTail(src, view),
    markers: cachedMarkers(src),
    inspector: null,
    lab: null,
    spacetime: view.spacetimeMs ? projectReplaySpaceTime(src, shownMs, view.spacetimeMs) : null,
  };
}
