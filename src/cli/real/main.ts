/**
 * `npm run real -- <scenario.json | built-in id | all> [--repeat N] [--record] [--keep]`: runs
 * each scenario on a real ZooKeeper ensemble (N times) and in the simulator, prints the
 * differences, and with --record writes the real outcome into fixtures/real-zookeeper. Progress
 * goes to stderr; stdout gets one JSON summary. See docs/REAL-ZOOKEEPER.md.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRealArgs, USAGE } from './args';
import { compareCheckpoints, formatDifference, type Difference } from './compare';
import { ensureInstalled, InstallError, type Installation } from './install';
import { readOutcomes, recordScenario, repeatDifferences } from './record';
import { renderTable } from './table';
import { DEFAULT_TIMEOUTS, runReal, type RealRun } from './runReal';
import { BUILT_IN_SCENARIOS, builtInScenario } from './scenarios';
import { simulate } from './simRun';
import { comparableCheckpoint, parseRealScenario, type RealScenario } from './spec';

const FIXTURE_DIR = fileURLToPath(new URL('../../../fixtures/real-zookeeper/', import.meta.url));
/** The simulator's seed for the comparison; the agreement test runs several. */
const SIM_SEED = 1;

const EXIT_OK = 0;
const EXIT_DIFFERENCES = 1;
const EXIT_UNUSABLE = 2;
const EXIT_FAILED = 3;

interface ScenarioSummary {
  id: string;
  runs: number;
  failed: string[];
  repeatDifferences: string[];
  simDifferences: string[];
  recorded: 'recorded' | 'dropped' | null;
}

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

function loadTargets(target: string): RealScenario[] | string {
  if (target === 'all') return BUILT_IN_SCENARIOS;
  const builtIn = builtInScenario(target);
  if (builtIn) return [builtIn];
  if (!target.endsWith('.json'))
    return `unknown scenario ${JSON.stringify(target)}: not a .json file nor a built-in id (see --list)`;
  let text: string;
  try {
    text = readFileSync(target, 'utf8');
  } catch (e) {
    return `cannot read ${target}: ${e instanceof Error ? e.message : String(e)}`;
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return `${target}: not JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  const parsed = parseRealScenario(value);
  return parsed.ok ? [parsed.scenario] : `${target}: ${parsed.error}`;
}

async function runScenario(
  spec: RealScenario,
  repeat: number,
  record: boolean,
  keep: boolean,
  install: Installation,
): Promise<ScenarioSummary> {
  const runs: RealRun[] = [];
  const summary: ScenarioSummary = {
    id: spec.id,
    runs: 0,
    failed: [],
    repeatDifferences: [],
    simDifferences: [],
    recorded: null,
  };
  for (let r = 1; r <= repeat; r++) {
    say(`real: ${spec.id}: run ${r} of ${repeat}`);
    const run = await runReal(spec, install, DEFAULT_TIMEOUTS, say, keep);
    summary.runs++;
    if (run.survivors.length > 0)
      summary.failed.push(`run ${r}: JVMs survived cleanup (${run.survivors.join(', ')}), killed`);
    if (run.error !== null) {
      summary.failed.push(`run ${r}: ${run.error}`);
      say(`real: ${spec.id}: run ${r} failed: ${run.error}`);
      break;
    }
    for (const cp of run.checkpoints) say(`real:   ${JSON.stringify(comparableCheckpoint(cp))}`);
    runs.push(run);
  }
  if (summary.failed.length > 0) return summary;
  summary.repeatDifferences = repeatDifferences(runs).map(formatDifference);
  const sim = simulate(spec, SIM_SEED);
  const diffs: Difference[] = compareCheckpoints(
    runs[0]!.checkpoints.map(comparableCheckpoint),
    sim.checkpoints,
  );
  summary.simDifferences = diffs.map(formatDifference);
  for (const line of summary.simDifferences) say(`real: ${spec.id}: differs: ${line}`);
  if (sim.violations.length > 0)
    say(`real: ${spec.id}: simulator violations: ${sim.violations.join('; ')}`);
  if (record) summary.recorded = await recordScenario(FIXTURE_DIR, spec, runs, install);
  return summary;
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseRealArgs(argv);
  if (!parsed.ok) {
    say(`real: ${parsed.error}`);
    return EXIT_UNUSABLE;
  }
  const args = parsed.args;
  if (args.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (args.kind === 'list') {
    for (const s of BUILT_IN_SCENARIOS) process.stdout.write(`${s.id}\t${s.title}\n`);
    return EXIT_OK;
  }
  if (args.kind === 'table') {
    process.stdout.write(renderTable(readOutcomes(FIXTURE_DIR), SIM_SEED));
    return EXIT_OK;
  }
  const targets = loadTargets(args.target);
  if (typeof targets === 'string') {
    say(`real: ${targets}`);
    return EXIT_UNUSABLE;
  }
  let install: Installation;
  try {
    install = ensureInstalled(say);
  } catch (e) {
    if (e instanceof InstallError) {
      say(`real: ${e.message}`);
      return EXIT_FAILED;
    }
    throw e;
  }
  say(`real: ZooKeeper ${install.packageVersion}, Java ${install.javaVersion}`);
  const summaries: ScenarioSummary[] = [];
  for (const spec of targets)
    summaries.push(await runScenario(spec, args.repeat, args.record, args.keep, install));
  process.stdout.write(
    `${JSON.stringify({ zookeeper: install.packageVersion, scenarios: summaries }, null, 2)}\n`,
  );
  if (summaries.some((s) => s.failed.length > 0)) return EXIT_FAILED;
  if (summaries.some((s) => s.repeatDifferences.length + s.simDifferences.length > 0))
    return EXIT_DIFFERENCES;
  return EXIT_OK;
}

// This file is only ever run, never imported (the pure parts live in the other modules).
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
