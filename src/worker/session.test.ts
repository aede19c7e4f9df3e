// Proves the worker's session, in Node on the real simulation: frames project what the world
// holds (states, votes, in-flight messages with their times, heartbeats); stepping back and
// seeking are exact (the frame after seek(n) equals the frame first seen at n); a command in the
// past forks and says so; a URL-style load (scenario, command log, event index) reproduces the
// same frame; malformed input is refused with a message naming the field.
import { describe, expect, it } from 'vitest';
import type { ViewParams } from '../protocol/messages';
import { presetById } from './simApi';
import { SimSession } from './session';
import { backend, labScenario, openSession } from './labTestKit';

const VIEW: ViewParams = { inspect: null, filter: { sids: [], cats: [] }, dropWindowMs: 20 };
const clock = () => 0;

function playground(): SimSession {
  const r = SimSession.load(presetById('playground')?.scenario, [], null, clock);
  if (!r.ok) throw new Error(r.error);
  return r.session;
}

/** A frame without the parts that are "unchanged since the last frame" markers. */
function comparable(s: SimSession, displayMs = 0) {
  const {
    seq: _seq,
    log: _log,
    markers: _markers,
    frontier: _f,
    frontierMs: _fm,
    ...rest
  } = s.frame(0, displayMs, VIEW);
  return rest;
}

function stepUntilLeader(s: SimSession): number {
  for (let i = 0; i < 2000; i++) {
    s.stepEvent();
    if (s.frame(0, 0, VIEW).servers.some((x) => x.state === 'LEADING' && x.phase === 'broadcast'))
      return s.tl.now;
  }
  throw new Error('no leader');
}

describe('SimSession', () => {
  it('starts with every server DOWN at event 0, then LOOKING with a vote for itself', () => {
    const s = playground();
    const f0 = s.frame(1, 0, VIEW);
    expect(f0.event).toBe(0);
    expect(f0.servers.map((x) => x.state)).toEqual(['DOWN', 'DOWN', 'DOWN', 'DOWN', 'DOWN']);
    s.stepEvent();
    const f1 = s.frame(2, 0, VIEW);
    expect(f1.servers[0]).toMatchObject({
      sid: 1,
      state: 'LOOKING',
      phase: 'election',
      vote: { leader: 1, round: 1 },
    });
    const toOthers = f1.messages.filter((m) => m.from === 1);
    expect(toOthers.map((m) => m.to).sort()).toEqual([2, 3, 4, 5]);
    for (const m of toOthers) {
      expect(m).toMatchObject({ kind: 'Notification', cat: 'election', vote: { leader: 1 } });
      expect(m.atMs).toBeGreaterThanOrEqual(m.sentAtMs);
    }
  });

  it('elects a leader in broadcast, with heartbeats on both sides', () => {
    const s = playground();
    stepUntilLeader(s);
    for (let i = 0; i < 30; i++) s.stepEvent();
    const f = s.frame(0, 0, VIEW);
    const leader = f.servers.find((x) => x.state === 'LEADING');
    expect(leader?.sid).toBe(5);
    expect(leader?.heartbeat).toMatchObject({ role: 'leader', periodMs: 1000 });
    const follower = f.servers.find((x) => x.state === 'FOLLOWING' && x.phase === 'broadcast');
    expect(follower?.heartbeat?.role).toBe('learner');
  });

  it('steps back and seeks exactly', () => {
    const s = playground();
    for (let i = 0; i < 300; i++) s.stepEvent();
    const seen = new Map<number, unknown>();
    for (let i = 0; i < 40; i++) {
      seen.set(s.tl.now, comparable(s));
      s.stepEvent();
    }
    s.stepBack();
    expect(comparable(s)).toEqual(seen.get(s.tl.now));
    s.seek(310);
    expect(comparable(s)).toEqual(seen.get(310));
    s.seek(325);
    expect(comparable(s)).toEqual(seen.get(325));
  });

  it('forks when a command is given in the past', () => {
    const s = playground();
    const at = stepUntilLeader(s);
    for (let i = 0; i < 50; i++) s.stepEvent();
    s.seek(at);
    const r = s.command({ do: 'crash', sid: 5 });
    expect(r).toMatchObject({ ok: true, forked: true });
    expect(s.tl.frontier).toBe(at);
    expect(s.frame(0, 0, VIEW).servers[4]?.state).toBe('DOWN');
    expect(s.commands).toEqual([
      { atEvent: at, action: { atMs: s.tl.sim.nowMs, do: 'crash', sid: 5 } },
    ]);
    expect(s.command({ do: 'restart', sid: 5 })).toMatchObject({ ok: true, forked: false });
  });

  it('applies an action at the displayed time, exactly, between two events', () => {
    const s = playground();
    stepUntilLeader(s);
    s.advance(8893, null, Infinity);
    const f = s.frame(0, 8893, VIEW);
    // The last event ran before 8.893 s and the next is due after it: the page shows 8.893 s.
    expect(f.nowMs).toBeLessThan(8893);
    expect(f.nextEventMs).toBeGreaterThan(8893);
    const r = s.command({ do: 'crash', sid: 2 }, 8893);
    expect(r).toEqual({ ok: true, forked: false, atMs: 8893 });
    expect(s.commands.at(-1)?.action).toEqual({ atMs: 8893, do: 'crash', sid: 2 });
    const actions = s.tl.trace.filter((e) => e.k === 'action');
    expect(actions[actions.length - 1]?.t).toBe(8893);
    expect(s.frame(1, 8893, VIEW).displayMs).toBe(8893);
  });

  it('runs the events due by the displayed time before the action, never moving the clock back', () => {
    const s = playground();
    s.advance(6000, null, Infinity);
    const next = s.nextEventMs() as number;
    // The page shows a moment past the next event (its play tick is still on the way).
    const r = s.command({ do: 'crash', sid: 1 }, next + 0.4);
    expect(r).toMatchObject({ ok: true, atMs: Math.round(next + 0.4) });
    expect(s.tl.sim.nowMs).toBe(Math.round(next + 0.4));
  });

  it('refuses a command the scenario rules refuse', () => {
    const s = playground();
    const r = s.command({ do: 'crash', sid: 7 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^action\.sid: .*7/);
  });

  it('reopens a shared moment: scenario, command log and event index give the same frame', () => {
    const s = playground();
    const at = stepUntilLeader(s);
    s.command({ do: 'crash', sid: 5 });
    for (let i = 0; i < 120; i++) s.stepEvent();
    const r = SimSession.load(s.scenario, JSON.parse(JSON.stringify(s.commands)), s.tl.now, clock);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.session.commands[0]?.atEvent).toBe(at);
    expect(comparable(r.session)).toEqual(comparable(s));
  });

  it.each([
    [{ version: 2 }, [], 'version'],
    [presetById('playground')?.scenario, 'x', 'commands: expected a list'],
    [
      presetById('playground')?.scenario,
      [{ atEvent: -1, action: { do: 'heal' } }],
      'commands[0].atEvent',
    ],
    [
      presetById('playground')?.scenario,
      [{ atEvent: 3, action: { atMs: 0, do: 'crash', sid: 9 } }],
      'commands[0].action.sid',
    ],
    [
      presetById('playground')?.scenario,
      [{ atEvent: 3, action: { do: 'launch' } }],
      'commands[0].action',
    ],
    ['{ "version": 1,', [], 'malformed JSON'],
  ])('refuses malformed input (%#)', (scenario, commands, prefix) => {
    const r = SimSession.load(scenario, commands, null, clock);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.startsWith(prefix)).toBe(true);
  });

  it('refuses an event index past the end of the run', () => {
    const r = SimSession.load(
      { version: 1, seed: 1, untilMs: 50, ensemble: { servers: 3 } },
      [],
      1_000_000,
      clock,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^at: the run ends at event \d+/);
  });

  it('advances to a display time and clamps the display time between events', () => {
    const s = playground();
    const d = s.advance(1500, null);
    expect(d).toBe(1500);
    const f = s.frame(0, d, VIEW);
    expect(f.nowMs).toBeLessThanOrEqual(1500);
    expect(f.nextEventMs).toBeGreaterThan(1500);
    expect(f.displayMs).toBe(1500);
    expect(s.advance(99_999, 1)).toBe(s.tl.sim.nowMs);
  });

  it('seeks by time, backward exactly and forward by running', () => {
    const s = playground();
    s.seekTime(9000);
    const ahead = s.frame(0, 9000, VIEW);
    expect(ahead.servers[4]?.state).toBe('DOWN');
    s.seekTime(2000);
    const back = s.frame(0, 2000, VIEW);
    expect(back.nowMs).toBeLessThanOrEqual(2000);
    expect(back.servers[4]?.state).toBe('LEADING');
  });

  it('seeks back by time exactly when the trace is sparse (lab requests are not traced)', () => {
    const scenario = labScenario({
      strategies: ['round-robin', 'least-connections'],
      backends: [backend('b1', 20), backend('b2', 20)],
      traffic: { ratePerSec: 300 },
    });
    const s = openSession(scenario);
    s.advance(22_000, null, Infinity);
    expect(s.seekTime(20_800)).toBe(20_800);
    const back = s.frame(0, 20_800, VIEW);
    // Every event due by 20.8 s has run, none after: the same moment as a straight run.
    expect(back.nowMs).toBeLessThanOrEqual(20_800);
    expect(back.nextEventMs).toBeGreaterThan(20_800);
    const straight = openSession(scenario);
    straight.advance(20_800, null, Infinity);
    expect(s.tl.now).toBe(straight.tl.now);
    expect(back.lab?.strategies).toEqual(straight.frame(0, 20_800, VIEW).lab?.strategies);
  });

  it('steps to the next change', () => {
    const s = playground();
    for (let i = 0; i < 10; i++) s.stepEvent();
    const before = s.tl.sim.traceCount;
    s.stepChange();
    const fresh = s.tl.trace.slice(before, s.tl.sim.traceCount).map((e) => e.k);
    expect(fresh.some((k) => k === 'state' || k === 'log' || k === 'action')).toBe(true);
  });

  it('sends the log and markers only when they changed', () => {
    const s = playground();
    s.advance(9000, null);
    const first = s.frame(1, 9000, VIEW);
    expect(first.log?.length).toBeGreaterThan(0);
    expect(first.markers?.some((m) => m.kind === 'election' && m.sid === 5 && m.epoch === 1)).toBe(
      true,
    );
    expect(first.markers?.some((m) => m.kind === 'restart' && m.e === -1 && m.t === 14000)).toBe(
      true,
    );
    const again = s.frame(2, 9000, VIEW);
    expect(again.log).toBeNull();
    expect(again.markers).toBeNull();
    const filtered = s.frame(3, 9000, { ...VIEW, filter: { sids: [2], cats: ['state'] } });
    expect(filtered.log?.every((e) => e.cat === 'state' && e.sid === 2)).toBe(true);
  });
});

describe('a run that spends its event budget', () => {
  // One strategy at the top rate spends the budget (EVENTS_MAX) in a few simulated seconds.
  const flood = {
    version: 1,
    seed: 1,
    untilMs: 60000,
    ensemble: { servers: 3 },
    balancer: {
      service: '/s',
      sessionTimeoutMs: 6000,
      strategies: ['round-robin'],
      backends: [{ id: 'b1', meanServiceMs: 1, slots: 64 }],
      traffic: { ratePerSec: 100000 },
    },
  };

  it('ends where the budget stopped it, and the frame says why as a code', () => {
    const r = SimSession.load(flood, [], null, clock);
    if (!r.ok) throw new Error(r.error);
    const s = r.session;
    const reached = s.seekTime(60000);
    const f = s.frame(0, reached, VIEW);
    expect(f.stop).toEqual({ code: 'event-budget', events: 500_000 });
    expect(f.ended).toBe(true);
    expect(f.nextEventMs).toBeNull();
    expect(f.endMs).toBe(f.nowMs);
    expect(f.endMs).toBeLessThan(60000);
    expect(f.displayMs).toBe(f.endMs);
  });

  it('has no stop for a run that reaches its untilMs', () => {
    const s = playground();
    s.seekTime(1000);
    const f = s.frame(0, 1000, VIEW);
    expect(f.stop).toBeNull();
    expect(f.endMs).toBe(f.untilMs);
  });
});
