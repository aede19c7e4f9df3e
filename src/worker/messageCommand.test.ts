/**
 * A person's drop-message and delay-message through the worker's session: a message in flight
 * on the frame is dropped (it leaves the frame's messages, the trace says why, and the command
 * log and a reload from that log reproduce it); a message no longer in flight is refused with a
 * line naming the field, and the run is unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { ViewParams } from '../protocol/messages';
import { presetById } from './simApi';
import { SimSession } from './session';

const VIEW: ViewParams = { inspect: null, filter: { sids: [], cats: [] }, dropWindowMs: 20 };
const clock = () => 0;

function playground(): SimSession {
  const r = SimSession.load(presetById('playground')?.scenario, [], null, clock);
  if (!r.ok) throw new Error(r.error);
  return r.session;
}

/** Steps until a message between servers is in flight on the frame. */
function firstInFlight(s: SimSession) {
  for (let i = 0; i < 5000; i++) {
    s.stepEvent();
    const m = s.frame(0, s.tl.sim.nowMs, VIEW).messages[0];
    if (m) return m;
  }
  throw new Error('nothing in flight');
}

describe('drop-message and delay-message commands', () => {
  it('drops the message on screen, records the command, and a reload reproduces it', () => {
    const s = playground();
    const m = firstInFlight(s);
    const r = s.command({ do: 'drop-message', message: m.id }, s.tl.sim.nowMs);
    expect(r).toMatchObject({ ok: true });
    const f = s.frame(1, s.tl.sim.nowMs, VIEW);
    expect(f.messages.some((x) => x.id === m.id)).toBe(false);
    expect(f.drops.some((d) => d.id === m.id)).toBe(true);
    expect(s.commands).toEqual([
      {
        atEvent: s.tl.now,
        action: { atMs: s.tl.sim.nowMs, do: 'drop-message', message: m.id },
      },
    ]);

    const again = SimSession.load(presetById('playground')?.scenario, s.commands, s.tl.now, clock);
    if (!again.ok) throw new Error(again.error);
    const g = again.session.frame(1, again.session.tl.sim.nowMs, VIEW);
    expect(g.messages.some((x) => x.id === m.id)).toBe(false);
    expect(g.drops.some((d) => d.id === m.id)).toBe(true);
  });

  it('refuses a message that was already delivered, or never sent, and changes nothing', () => {
    const s = playground();
    const m = firstInFlight(s);
    while (s.frame(0, s.tl.sim.nowMs, VIEW).messages.some((x) => x.id === m.id)) s.stepEvent();
    const before = s.tl.now;
    expect(s.command({ do: 'delay-message', message: m.id, byMs: 100 })).toEqual({
      ok: false,
      error: `action.message: this message was already delivered or dropped (message #${m.id})`,
      field: {
        path: 'action.message',
        why: { code: 'messageGone', params: { noop: 'not-in-flight', message: m.id } },
      },
    });
    expect(s.command({ do: 'drop-message', message: 99_999 })).toEqual({
      ok: false,
      error: 'action.message: no message with this number has been sent yet (message #99999)',
      field: {
        path: 'action.message',
        why: { code: 'messageGone', params: { noop: 'no-such-message', message: 99_999 } },
      },
    });
    expect(s.command({ do: 'delay-message', message: m.id, byMs: 0 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^action\.byMs: /) as unknown,
    });
    expect(s.commands).toEqual([]);
    expect(s.tl.now).toBe(before);
  });
});
