/**
 * Named preset scenarios: the default playground and one preset per concrete scenario of ZAB.md
 * section 8 that the ZAB layer can show (1-13 and 19). Presets are plain Scenario objects, the
 * same thing a learner could save to a file, so the app, the CLI (--preset ID) and the tests all
 * go through the one validator; presets.test.ts checks that every preset passes it.
 */
import type { Preset } from './preset';
import type { Scenario } from './types';

export type { Preset } from './preset';
import { ELECTION_PRESETS } from './presetsElection';
import { FAILURE_PRESETS } from './presetsFailures';
import { SESSION_PRESETS } from './presetsSessions';
import { RECIPE_PRESETS } from './presetsRecipes';

function playgroundWrites(): NonNullable<Scenario['actions']> {
  const times = [1000, 2000, 3000, 4000, 5000, 6000, 8100, 11000, 12000, 16000, 18000];
  return times.map((atMs, i) => ({
    atMs,
    do: 'write' as const,
    via: (i % 4) + 1,
    path: `/app/key${i % 3}`,
    data: `v${i + 1}`,
  }));
}

const playground: Preset = {
  id: 'playground',
  title: 'Playground: writes, a leader crash and a restart',
  reference: 'ZAB.md §8 scenarios 1, 6 and 7',
  description:
    'Five servers start together and elect 5, the highest sid, in epoch 1. Writes arrive every ' +
    'second through different servers; followers forward them to the leader, which proposes each ' +
    'one, commits it when a quorum of 3 has logged it, and tells everyone. At 8 s the leader ' +
    'crashes: its connections reset, the others go LOOKING at once and elect 4 in epoch 2, so ' +
    'zxids restart at 0x200000001. The write submitted at 8.1 s, during the election, cannot be ' +
    'served until a leader is active again. At 14 s server 5 restarts, finds a leader already in ' +
    'place, follows it and catches up with a DIFF. Try crashing or freezing servers yourself and ' +
    'watch which writes survive.',
  scenario: {
    version: 1,
    seed: 42,
    untilMs: 30000,
    ensemble: { servers: 5 },
    actions: [
      ...playgroundWrites(),
      { atMs: 8000, do: 'crash', sid: 'leader' },
      { atMs: 14000, do: 'restart', sid: 5 },
    ],
  },
};

/**
 * The playground first (the app's default), then ZAB.md section 8 in its own order (the session
 * presets are its scenarios 14-18), then the client recipes.
 */
export const PRESETS: readonly Preset[] = [
  playground,
  ...[...ELECTION_PRESETS, ...FAILURE_PRESETS, ...SESSION_PRESETS].sort(
    (a, b) => scenarioNumber(a) - scenarioNumber(b),
  ),
  ...RECIPE_PRESETS,
];

function scenarioNumber(preset: Preset): number {
  return Number(/scenario (\d+)/.exec(preset.reference)?.[1] ?? 0);
}

export const DEFAULT_PRESET_ID = 'playground';

/** Every preset the command line can run: the app's list (client presets included). */
export function allPresets(): readonly Preset[] {
  return PRESETS;
}

export function presetById(id: string): Preset | undefined {
  return allPresets().find((p) => p.id === id);
}
