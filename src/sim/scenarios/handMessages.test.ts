/**
 * One message by hand, run as a scenario file would be (the runner's path) and as a person's
 * command on the timeline: dropping both PROPOSALs of a write and then crashing the leader leaves
 * the write logged on the old leader only and never committed (the drop makes the difference:
 * without it the same crash keeps the write); a dropped PROPOSAL to one follower breaks that
 * follower's connection, and it comes back and catches up; a delay holds the messages behind the
 * held one on its link, in order; a dropped Notification is sent again; and every run is the same
 * run twice, through seek and replay as well. The invariant checker runs on every event.
 */
import { describe, expect, it } from 'vitest';
import { fingerprint, run } from './harness';
import { validateScenario } from '../scenario/validate';
import type { ResolvedScenario } from '../scenario/types';
import { Timeline } from '../timeline/timeline';
import type { KernelEvent } from '../engine/world';

type Deliver = Extract<KernelEvent, { kind: 'deliver' }>;

const WRITE_MS = 2000;

function base(actions: unknown[] = [], untilMs = 30_000) {
  return {
    version: 1,
    seed: 1,
    untilMs,
    ensemble: { servers: 3 },
    actions: [{ atMs: WRITE_MS, do: 'write', via: 1, path: '/a', data: 'x' }, ...actions],
  };
}

function resolved(s: unknown): ResolvedScenario {
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.error);
  return v.scenario;
}

/** Steps the timeline until some message of `kind` is in flight; returns them and the time. */
function stepUntilInFlight(tl: Timeline, kind: string): { atMs: number; messages: Deliver[] } {
  for (;;) {
    const found = tl.sim.world.queue.heap.filter(
      (e): e is Deliver =>
        e.kind === 'deliver' &&
        e.from !== e.to &&
        (e.msg.kind === 'PACKET' ? e.msg.packet.kind : e.msg.kind) === kind,
    );
    if (found.length > 0) return { atMs: tl.sim.world.nowMs, messages: found };
    if (!tl.step()) throw new Error(`no ${kind} was ever in flight`);
  }
}

/** The write's PROPOSALs (leader to each follower), found by running the scenario up to them. */
function proposals(): { atMs: number; messages: Deliver[]; leader: number } {
  const tl = new Timeline(resolved(base()));
  while (tl.sim.world.nowMs < WRITE_MS && tl.step()) {
    /* up to the write */
  }
  const found = stepUntilInFlight(tl, 'PROPOSAL');
  return { ...found, leader: (found.messages[0] as Deliver).from };
}

describe('drop-message and delay-message', () => {
  const p = proposals();
  // One ms after the send, before any delivery: a scenario entry at that ms runs before its events.
  const at = p.atMs + 1;
  it('finds the write PROPOSALs still in flight one ms after they were sent', () => {
    expect(p.messages.map((m) => m.to).sort()).toHaveLength(2);
    for (const m of p.messages) expect(m.timeMs).toBeGreaterThan(at);
  });

  it('a write whose PROPOSALs are all dropped before the leader crashes is never committed', () => {
    const crash = [
      { atMs: at + 50, do: 'crash', sid: p.leader },
      { atMs: 8000, do: 'restart', sid: p.leader },
    ];
    const drops = p.messages.map((m) => ({ atMs: at, do: 'drop-message', message: m.id }));
    const control = run(base(crash));
    const dropped = run(base([...drops, ...crash]));
    expect(control.report.writes[0]?.outcome).toBe('committed');
    expect(control.report.violations).toEqual([]);

    expect(dropped.report.violations).toEqual([]);
    expect(dropped.report.writes[0]?.outcome).not.toBe('committed');
    // Logged by the leader that proposed it...
    expect(dropped.logData(p.leader, 'propose').map((d) => d['zxid'])).toEqual(['0x100000001']);
    // ...dropped by hand, with the connection it travelled on...
    const handDrops = dropped.trace.filter((e) => e.k === 'drop' && e.reason === 'dropped by hand');
    expect(handDrops.map((e) => (e.k === 'drop' ? e.label : ''))).toEqual(['PROPOSAL', 'PROPOSAL']);
    // ...kept in its txn log across its crash (the restart replays it)...
    const loaded = dropped.logData(p.leader, 'loadDataBase').map((d) => d['zxid']);
    expect(loaded).toContain('0x100000001');
    // ...and applied by nobody: the new leader's epoch does not have it, and the old leader
    // gives it up when it rejoins (SNAP or TRUNC from the new leader).
    for (const s of dropped.sim.world.servers)
      expect(s.lastDelivered).toEqual({ epoch: 0, counter: 0 });
    const rejoin = [...dropped.logData(p.leader, 'snap'), ...dropped.logData(p.leader, 'trunc')];
    expect(rejoin.map((d) => String(d['zxid']).slice(0, 3))).toContain('0x2');
  });

  it('a PROPOSAL dropped to one follower breaks its connection; it reconnects and catches up', () => {
    // The follower that did not take the write: the client's own server would lose its connection.
    const lost = p.messages.find((m) => m.to !== 1) as Deliver;
    const r = run(base([{ atMs: at, do: 'drop-message', message: lost.id }]));
    expect(r.report.violations).toEqual([]);
    expect(r.report.writes[0]?.outcome).toBe('committed');
    const after = r.stateChanges(lost.to).filter((c) => c.t > at);
    expect(after.map((c) => c.state)).toContain('LOOKING');
    expect(after[after.length - 1]).toMatchObject({ state: 'FOLLOWING', phase: 'broadcast' });
    const follower = r.sim.world.servers[lost.to - 1];
    expect(follower?.lastDelivered).toEqual({ epoch: 1, counter: 1 });
    // Nothing more reached it on the broken connection.
    expect(
      r.trace.some((e) => e.k === 'drop' && e.to === lost.to && e.reason === 'connection closed'),
    ).toBe(true);
  });

  it('a held PROPOSAL arrives later, and the COMMIT behind it on its link waits for it', () => {
    const held = p.messages[0] as Deliver;
    const r = run(base([{ atMs: at, do: 'delay-message', message: held.id, byMs: 3000 }], 12_000));
    expect(r.report.violations).toEqual([]);
    const onLink = r.trace.filter(
      (e) => e.k === 'deliver' && e.from === held.from && e.to === held.to && e.t > at,
    );
    const labels = onLink.map((e) => (e.k === 'deliver' ? e.label : ''));
    expect(labels.indexOf('PROPOSAL')).toBeLessThan(labels.indexOf('COMMIT'));
    const proposal = onLink.find((e) => e.k === 'deliver' && e.label === 'PROPOSAL');
    expect(proposal?.t).toBe(held.timeMs + 3000);
    for (const e of onLink) expect(e.t).toBeGreaterThanOrEqual(held.timeMs + 3000);
    expect(r.report.writes[0]?.outcome).toBe('committed');
  });

  it('a dropped Notification is lost; the election still ends with a leader', () => {
    const tl = new Timeline(resolved(base([], 10_000)));
    const n = stepUntilInFlight(tl, 'Notification');
    const first = n.messages[0] as Deliver;
    tl.command({ atMs: n.atMs, do: 'drop-message', message: first.id });
    while (tl.step()) {
      /* to the end */
    }
    expect(tl.trace.some((e) => e.k === 'drop' && e.id === first.id)).toBe(true);
    expect(tl.sim.world.servers.some((s) => s.state === 'LEADING')).toBe(true);
    expect(tl.sim.world.violations).toEqual([]);
  });

  it('a message not sent yet, or already delivered, changes nothing and the trace says why', () => {
    const r = run(
      base([
        { atMs: 100, do: 'drop-message', message: 1_000_000 },
        { atMs: 1000, do: 'delay-message', message: 0, byMs: 10 },
      ]),
    );
    const noops = r.trace.flatMap((e) =>
      e.k === 'action' && (e.data.do === 'drop-message' || e.data.do === 'delay-message')
        ? [e.data.noop]
        : [],
    );
    expect(noops).toEqual(['no-such-message', 'not-in-flight']);
    expect(r.report.writes[0]?.outcome).toBe('committed');
  });

  it('is deterministic: the same hash twice, and seek back and replay equals a straight run', () => {
    const drops = [{ atMs: at, do: 'drop-message', message: (p.messages[0] as Deliver).id }];
    const a = run(base(drops));
    const b = run(base(drops));
    expect(a.report.traceHash).toBe(b.report.traceHash);
    expect(a.report.traceHash).not.toBe(run(base()).report.traceHash);

    // The same drop as a person's command on the timeline, then stepping back over it and forward.
    const tl = new Timeline(resolved(base([], 12_000)), { checkpointEvery: 25 });
    const found = (() => {
      while (tl.sim.world.nowMs < WRITE_MS && tl.step()) {
        /* up to the write */
      }
      return stepUntilInFlight(tl, 'PROPOSAL');
    })();
    const target = found.messages[0] as Deliver;
    tl.command({ atMs: found.atMs, do: 'delay-message', message: target.id, byMs: 500 });
    const at0 = tl.now;
    while (tl.step()) {
      /* to the end */
    }
    const straight = fingerprint(tl.sim);
    // The step that found the PROPOSAL sent it: one event earlier it does not exist yet.
    tl.seek(at0 - 1);
    expect(tl.sim.world.queue.heap.some((e) => e.kind === 'deliver' && e.id === target.id)).toBe(
      false,
    );
    tl.seek(at0);
    const restored = tl.sim.world.queue.heap.find(
      (e): e is Deliver => e.kind === 'deliver' && e.id === target.id,
    );
    expect(restored?.timeMs).toBe(target.timeMs + 500);
    while (tl.step()) {
      /* to the end again */
    }
    expect(fingerprint(tl.sim)).toBe(straight);
  });
});
