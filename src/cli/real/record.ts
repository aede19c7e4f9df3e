/**
 * The committed record of real outcomes (fixtures/real-zookeeper/outcomes.json) and one run's raw
 * logs per scenario (fixtures/real-zookeeper/logs/<id>/server<N>.log, trimmed to ZooKeeper's own
 * lines). A scenario is recorded only when all its repeats completed and agree with each other;
 * one whose repeats disagree goes to the `dropped` list with the differences, never to the table.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { compareCheckpoints, type Difference } from './compare';
import type { Installation } from './install';
import { trimForFixture } from './logLines';
import type { Outcomes } from './outcomes';
import type { RealRun } from './runReal';
import { comparableCheckpoint, type RealScenario } from './spec';

const ABOUT =
  'Real ZooKeeper outcomes recorded by `npm run real -- <scenario> --repeat 3 --record` (src/cli/real). ' +
  'Each checkpoint is what every repeat observed; lines are the log lines that show it. ' +
  'src/sim/scenarios/realZooKeeper.test.ts runs the simulator on each scenario and compares.';

/** Differences between the first run and every other run. */
export function repeatDifferences(runs: RealRun[]): Difference[] {
  const first = runs[0]!.checkpoints.map(comparableCheckpoint);
  return runs.slice(1).flatMap((r, i) =>
    compareCheckpoints(first, r.checkpoints.map(comparableCheckpoint)).map((d) => ({
      ...d,
      // Name the repeat in the field so a reader knows which run disagreed.
      field: `${d.field} (repeat ${i + 2} vs 1)`,
    })),
  );
}

export function readOutcomes(dir: string): Outcomes {
  const path = join(dir, 'outcomes.json');
  if (!existsSync(path)) return { about: ABOUT, scenarios: [], dropped: [] };
  return JSON.parse(readFileSync(path, 'utf8')) as Outcomes;
}

export async function recordScenario(
  dir: string,
  spec: RealScenario,
  runs: RealRun[],
  install: Installation,
): Promise<'recorded' | 'dropped'> {
  const outcomes = readOutcomes(dir);
  const recordedAt = new Date().toISOString().slice(0, 10);
  outcomes.about = ABOUT;
  outcomes.scenarios = outcomes.scenarios.filter((s) => s.scenario.id !== spec.id);
  outcomes.dropped = outcomes.dropped.filter((d) => d.id !== spec.id);
  const differences = repeatDifferences(runs);
  let verdict: 'recorded' | 'dropped';
  if (differences.length > 0) {
    outcomes.dropped.push({
      id: spec.id,
      recordedAt,
      reason: `its ${runs.length} repeats disagree`,
      differences,
    });
    verdict = 'dropped';
  } else {
    const first = runs[0]!;
    outcomes.scenarios.push({
      scenario: spec,
      zookeeper: install.packageVersion,
      java: install.javaVersion,
      recordedAt,
      repeats: runs.length,
      checkpoints: first.checkpoints,
      writes: first.writes,
      stepTimes: first.stepTimes,
    });
    writeLogs(join(dir, 'logs', spec.id), first.logs);
    verdict = 'recorded';
  }
  outcomes.scenarios.sort((a, b) => a.scenario.id.localeCompare(b.scenario.id));
  outcomes.dropped.sort((a, b) => a.id.localeCompare(b.id));
  mkdirSync(dir, { recursive: true });
  // Written as Prettier writes JSON, so `npm run format:check` passes on the committed file.
  const path = join(dir, 'outcomes.json');
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(JSON.stringify(outcomes), { ...options, parser: 'json' }));
  return verdict;
}

function writeLogs(dir: string, logs: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [sid, text] of Object.entries(logs)) {
    const kept = trimForFixture(text.split('\n'));
    writeFileSync(join(dir, `server${sid}.log`), `${kept.join('\n')}\n`);
  }
}
