// The balancer commands a person gives in the comparison view, through the worker's session on the
// real simulation: add a spare (it appears in the balancer's view only after ZooKeeper tells it),
// slow a backend, remove one gracefully; a refused command names what is wrong; and the command
// log, loaded again as a shared link would, reproduces the same frame.
import { describe, expect, it } from 'vitest';
import { backend, labAt, labScenario, openSession } from './labTestKit';
import { SimSession } from './session';

const SCENARIO = labScenario(
  {
    strategies: ['round-robin', 'least-connections'],
    backends: [backend('b1', 20), backend('b2', 20)],
    spares: [backend('b3', 20), backend('b4', 20)],
    traffic: { ratePerSec: 100 },
  },
  { seed: 3 },
);

const open = (commands: unknown = []) => openSession(SCENARIO, commands);
const lab = (s: SimSession) => labAt(s, s.tl.sim.nowMs);
const runTo = (s: SimSession, ms: number) => void s.advance(ms, null, 60_000);

describe('balancer commands in the session', () => {
  it('adds a spare, which joins the view once its znode is seen', () => {
    const s = open();
    runTo(s, 5000);
    expect(lab(s).view).toEqual(['b1', 'b2']);
    expect(lab(s).spares).toEqual(['b3', 'b4']);
    expect(s.command({ do: 'add-backend', backend: 'b3' })).toMatchObject({
      ok: true,
      forked: false,
    });
    // Added but not registered yet: only its ZooKeeper session and znode can make it a member.
    expect(lab(s).spares).toEqual(['b4']);
    expect(lab(s).view).toEqual(['b1', 'b2']);
    runTo(s, 8000);
    expect(lab(s).view).toEqual(['b1', 'b2', 'b3']);
    const b3 = lab(s).strategies[0]!.backends.find((b) => b.id === 'b3')!;
    expect(b3.state).toBe('alive');
  });

  it('slows a backend and removes one gracefully', () => {
    const s = open();
    runTo(s, 5000);
    expect(s.command({ do: 'slow-backend', backend: 'b2', factor: 4 }).ok).toBe(true);
    let b2 = lab(s).strategies[1]!.backends.find((b) => b.id === 'b2')!;
    expect([b2.slowFactor, b2.meanServiceMs]).toEqual([4, 80]);
    expect(s.command({ do: 'remove-backend', backend: 'b1' }).ok).toBe(true);
    runTo(s, 7000);
    // A graceful remove closes the session: the znode goes at once, no session timeout to wait.
    expect(lab(s).view).toEqual(['b2']);
    b2 = lab(s).strategies[1]!.backends.find((b) => b.id === 'b2')!;
    expect(b2.state).toBe('alive');
  });

  it('refuses a backend that does not exist, naming it', () => {
    const s = open();
    runTo(s, 1000);
    const r = s.command({ do: 'add-backend', backend: 'b9' });
    expect(r).toEqual({
      ok: false,
      error: 'action.backend: "b9" is not a spare (spares: b3, b4)',
      field: {
        path: 'action.backend',
        why: { code: 'notSpare', params: { got: { literal: '"b9"' }, spares: ['b3', 'b4'] } },
      },
    });
    expect(s.command({ do: 'slow-backend', backend: 'b1', factor: -2 }).ok).toBe(false);
  });

  it('replays the command log exactly, as a shared link does', () => {
    const s = open();
    runTo(s, 4000);
    s.command({ do: 'add-backend', backend: 'b4' });
    runTo(s, 6000);
    s.command({ do: 'slow-backend', backend: 'b4', factor: 2 });
    runTo(s, 9000);
    const at = s.tl.now;
    const again = SimSession.load(SCENARIO, JSON.parse(JSON.stringify(s.commands)), at, () => 0);
    if (!again.ok) throw new Error(again.error);
    expect(JSON.stringify(lab(again.session))).toBe(JSON.stringify(lab(s)));
  });

  it('refuses a shared command log that adds something that is not a spare', () => {
    const r = SimSession.load(
      SCENARIO,
      [{ atEvent: 10, action: { atMs: 100, do: 'add-backend', backend: 'b7' } }],
      null,
      () => 0,
    );
    expect(r).toEqual({
      ok: false,
      error: 'commands[0].action.backend: "b7" is not a spare (spares: b3, b4)',
      // The path is re-based onto the command, as the message names it.
      field: {
        path: 'commands[0].action.backend',
        why: { code: 'notSpare', params: { got: { literal: '"b7"' }, spares: ['b3', 'b4'] } },
      },
    });
  });
});
