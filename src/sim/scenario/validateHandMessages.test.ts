/**
 * The scenario format's drop-message and delay-message: accepted with their fields, and refused
 * with one line naming the field when a field is missing, out of its bounds or unknown.
 */
import { describe, expect, it } from 'vitest';
import { DELAY_MS_MAX, MESSAGE_ID_MAX } from './bounds';
import { validateScenario } from './validate';

function withAction(action: Record<string, unknown>) {
  return validateScenario({
    version: 1,
    seed: 1,
    untilMs: 1000,
    ensemble: { servers: 3 },
    actions: [action],
  });
}

function errorOf(action: Record<string, unknown>): string {
  const r = withAction(action);
  return r.ok ? 'accepted' : r.error;
}

describe('drop-message and delay-message validation', () => {
  it('accepts a message number and a hold within bounds', () => {
    const drop = withAction({ atMs: 5, do: 'drop-message', message: 42 });
    const hold = withAction({ atMs: 5, do: 'delay-message', message: 0, byMs: DELAY_MS_MAX });
    expect(drop.ok && drop.scenario.actions).toEqual([
      { atMs: 5, do: 'drop-message', message: 42 },
    ]);
    expect(hold.ok && hold.scenario.actions).toEqual([
      { atMs: 5, do: 'delay-message', message: 0, byMs: DELAY_MS_MAX },
    ]);
    expect(withAction({ atMs: 5, do: 'drop-message', message: MESSAGE_ID_MAX }).ok).toBe(true);
  });

  it('refuses a missing, negative, fractional or unsafe message number', () => {
    expect(errorOf({ atMs: 5, do: 'drop-message' })).toMatch(/^actions\[0\]\.message: missing/);
    expect(errorOf({ atMs: 5, do: 'drop-message', message: -1 })).toMatch(
      /^actions\[0\]\.message: /,
    );
    expect(errorOf({ atMs: 5, do: 'drop-message', message: 1.5 })).toMatch(
      /^actions\[0\]\.message: /,
    );
    expect(errorOf({ atMs: 5, do: 'drop-message', message: 2 ** 53 })).toMatch(
      /^actions\[0\]\.message: /,
    );
    expect(errorOf({ atMs: 5, do: 'drop-message', message: '3' })).toMatch(
      /^actions\[0\]\.message: /,
    );
  });

  it('refuses a hold of 0 ms, over a minute, or missing', () => {
    expect(errorOf({ atMs: 5, do: 'delay-message', message: 1, byMs: 0 })).toMatch(
      /^actions\[0\]\.byMs: .*from 1 to 60000/,
    );
    expect(errorOf({ atMs: 5, do: 'delay-message', message: 1, byMs: DELAY_MS_MAX + 1 })).toMatch(
      /^actions\[0\]\.byMs: .*from 1 to 60000/,
    );
    expect(errorOf({ atMs: 5, do: 'delay-message', message: 1 })).toMatch(
      /^actions\[0\]\.byMs: missing/,
    );
  });

  it('refuses a field the action does not take', () => {
    expect(errorOf({ atMs: 5, do: 'drop-message', message: 1, byMs: 10 })).toMatch(/^actions\[0\]/);
    expect(errorOf({ atMs: 5, do: 'delay-message', message: 1, byMs: 10, from: 1 })).toMatch(
      /^actions\[0\]/,
    );
  });
});
