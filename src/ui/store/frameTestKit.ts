/**
 * Hand-made frames for the UI's unit tests: a server card's view and a whole frame with nothing in
 * flight, each with the fields a test cares about patched in. One builder, so a new frame field
 * is added in one place rather than in every test that fakes a frame.
 */
import type { Frame, ServerView } from '../../protocol/frame';

/** A server in `state`; by default LOOKING in epoch 0 with an empty log. */
export function testServer(sid: number, patch: Partial<ServerView> = {}): ServerView {
  const z = { epoch: 0, counter: 0 };
  return {
    sid,
    observer: false,
    state: 'LOOKING',
    phase: 'election',
    frozen: false,
    notStarted: false,
    backlog: 0,
    acceptedEpoch: 0,
    currentEpoch: 0,
    lastZxid: z,
    delivered: 0,
    lastDelivered: z,
    vote: null,
    leader: null,
    logTail: [],
    logLength: 0,
    heartbeat: null,
    database: {
      voteZxid: patch.lastZxid ?? z,
      voteOrigin: { origin: 'initial' },
      snapshot: null,
      loggedAfterSnapshot: 0,
      committedLog: { count: 0, minZxid: null, maxZxid: null },
    },
    ...patch,
  };
}

/** A frame at event 0 of a 1 s run, with `servers` and nothing else unless `extra` says so. */
export function testFrame(servers: ServerView[], extra: Partial<Frame> = {}): Frame {
  return {
    seq: 1,
    event: 0,
    frontier: 0,
    frontierMs: 0,
    nowMs: 0,
    displayMs: 0,
    nextEventMs: 0,
    untilMs: 1000,
    endMs: 1000,
    stop: null,
    ended: false,
    servers,
    messages: [],
    drops: [],
    partition: null,
    violations: { count: 0, first: null },
    log: null,
    markers: null,
    inspector: null,
    lab: null,
    ...extra,
  };
}
