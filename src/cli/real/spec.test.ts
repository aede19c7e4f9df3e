/**
 * parseRealScenario accepts every built-in scenario and refuses, with the field and the reason,
 * any scenario whose steps could not run on a real ensemble (restarting a running server,
 * unfreezing one that is not frozen, writing through a crashed one, ...).
 */
import { describe, expect, it } from 'vitest';
import recorded from '../../../fixtures/real-zookeeper/outcomes.json';
import { BUILT_IN_SCENARIOS, builtInScenario } from './scenarios';
import { parseRealScenario, type RealStep } from './spec';

const scenario = (steps: unknown[], over: Record<string, unknown> = {}) => ({
  id: 'x',
  title: 'X',
  rule: 'R',
  servers: 3,
  steps,
  ...over,
});
const ok: RealStep[] = [
  { do: 'start', sid: 3 },
  { do: 'start', sid: 1 },
  { do: 'checkpoint', name: 'c' },
];

describe('parseRealScenario', () => {
  it.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))(
    'accepts the built-in %s',
    (_id, s) => {
      expect(parseRealScenario(JSON.parse(JSON.stringify(s)))).toEqual({ ok: true, scenario: s });
    },
  );
  it('has the very steps that were recorded, for every recorded scenario', () => {
    for (const r of recorded.scenarios)
      expect(builtInScenario(r.scenario.id), r.scenario.id).toEqual(r.scenario);
  });
  it('has at least 10 built-ins with distinct ids', () => {
    const ids = BUILT_IN_SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(10);
  });
  it.each([
    [scenario(ok, { servers: 2 }), 'servers: expected an integer from 3 to 7, got 2'],
    [scenario(ok, { id: 'Bad Id' }), 'id: expected kebab-case'],
    [scenario(ok, { extra: 1 }), 'scenario: unknown field "extra"'],
    [scenario([]), 'steps: expected 1 to 60 steps, got 0'],
    [
      scenario([{ do: 'start', sid: 4 }, ok[2]]),
      'steps[0].sid: expected an integer from 1 to 3, got 4',
    ],
    [scenario([{ do: 'jump' }]), 'steps[0].do: expected one of start, restart'],
    [scenario([{ do: 'start', sid: 1, at: 5 }]), 'steps[0] (start): unknown field "at"'],
    [
      scenario([...ok, { do: 'start', sid: 1 }, ok[2]]),
      'steps[3].sid: server 1 was already started',
    ],
    [scenario([...ok, { do: 'restart', sid: 1 }]), 'steps[3].sid: server 1 is not crashed'],
    [scenario([...ok, { do: 'unfreeze', sid: 1 }]), 'steps[3].sid: server 1 is not frozen'],
    [scenario([...ok, { do: 'crash', sid: 2 }]), 'steps[3].sid: server 2 is not running'],
    [
      scenario([...ok, { do: 'crash', sid: 1 }, { do: 'write', via: 1, count: 1 }]),
      'steps[4].via: server 1 is not running unfrozen',
    ],
    [
      scenario([...ok, { do: 'write', via: 1, count: 0 }]),
      'steps[3].count: expected an integer from 1 to 50',
    ],
    [scenario([...ok, ok[2]]), 'steps[3].name: "c" is used twice'],
    [scenario([ok[0]]), 'steps: the last step must be a checkpoint'],
    [scenario([ok[2]]), 'steps: no server is ever started'],
    ['text', 'scenario: expected an object, got "text"'],
  ])('refuses %j', (value, message) => {
    const r = parseRealScenario(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});
