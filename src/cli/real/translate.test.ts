/**
 * The translation into a simulator scenario: every built-in becomes a valid scenario file, steps
 * keep their order at increasing times, checkpoints come SETTLE_MS after the step before them,
 * and a write step is one client session whose transactions match the real client's.
 */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../sim/index';
import { BUILT_IN_SCENARIOS } from './scenarios';
import type { RealScenario } from './spec';
import { SETTLE_MS, STEP_GAP_MS, toSimScenario, WRITE_OP_GAP_MS, writePath } from './translate';

describe('toSimScenario', () => {
  it.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))(
    'turns %s into a valid scenario',
    (_id, s) => {
      const { scenario, checkpoints } = toSimScenario(s, 7);
      const v = validateScenario(scenario);
      expect(v.ok ? '' : v.error).toBe('');
      expect(checkpoints.map((c) => c.name)).toEqual(
        s.steps.flatMap((step) => (step.do === 'checkpoint' ? [step.name] : [])),
      );
      expect(scenario['untilMs']).toBe(checkpoints[checkpoints.length - 1]!.atMs);
    },
  );

  it('spaces steps and checkpoints, and writes as one session', () => {
    const spec: RealScenario = {
      id: 'x',
      title: 'X',
      rule: 'R',
      servers: 3,
      steps: [
        { do: 'start', sid: 3 },
        { do: 'checkpoint', name: 'one' },
        { do: 'write', via: 3, count: 2 },
        { do: 'crash', sid: 3 },
        { do: 'checkpoint', name: 'two' },
      ],
    };
    const { scenario, checkpoints } = toSimScenario(spec, 1);
    expect(checkpoints).toEqual([
      { name: 'one', atMs: SETTLE_MS },
      {
        name: 'two',
        atMs: SETTLE_MS + STEP_GAP_MS + 3 * WRITE_OP_GAP_MS + STEP_GAP_MS + SETTLE_MS,
      },
    ]);
    const t = SETTLE_MS + STEP_GAP_MS;
    expect(scenario['clients']).toEqual([
      { id: 'w2', connect: [3], sessionTimeoutMs: 30_000, startAtMs: t },
    ]);
    expect(scenario['actions']).toEqual([
      { atMs: t + WRITE_OP_GAP_MS, do: 'create', client: 'w2', path: writePath(2), data: '0' },
      { atMs: t + 2 * WRITE_OP_GAP_MS, do: 'set', client: 'w2', path: writePath(2), data: '1' },
      { atMs: t + 3 * WRITE_OP_GAP_MS, do: 'close-session', client: 'w2' },
      { atMs: t + 3 * WRITE_OP_GAP_MS + STEP_GAP_MS, do: 'crash', sid: 3 },
    ]);
    // Servers 1 and 2 are never started: they start after the end of the run.
    const start = (scenario['ensemble'] as { start: unknown[] }).start;
    expect(start).toEqual([
      { sid: 1, atMs: checkpoints[1]!.atMs + 1 },
      { sid: 2, atMs: checkpoints[1]!.atMs + 1 },
      { sid: 3, atMs: 0 },
    ]);
  });
});
