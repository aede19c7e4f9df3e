/**
 * Command-line arguments of the headless runner (shared/SCENARIO.md "The runner"). Parsing is a
 * pure function from argv to a result, so every refusal can be tested without a process; sim.ts
 * turns a refusal into exit status 2 with the message on stderr.
 */
import { UNTIL_MS_MAX } from '../sim/index';

export const USAGE = `Usage: npm run --silent sim -- <scenario.json> [options]
       npm run --silent sim -- --preset ID [options]

Runs a ZooKeeper ensemble scenario deterministically and prints one JSON report on stdout.

Options:
  --preset ID         run a named preset instead of a file
  --seed N            override the scenario's seed (an integer >= 0)
  --until MS          override the scenario's untilMs (0 to 86400000, 24 hours)
  --trace FILE.jsonl  write every trace event to FILE, one JSON object per line
  -h, --help          show this help

Exit status: 0 no invariant violation; 1 violations found (listed in the report);
2 unusable input (message on stderr, nothing run); 3 internal error of the simulator.`;

export interface RunArgs {
  kind: 'run';
  /** Exactly one of file and preset is set. */
  file: string | null;
  preset: string | null;
  seed: number | null;
  untilMs: number | null;
  tracePath: string | null;
}

export type CliArgs = { kind: 'help' } | RunArgs;
export type ArgsResult = { ok: true; args: CliArgs } | { ok: false; error: string };

type ValueFlag = '--preset' | '--seed' | '--until' | '--trace';
const VALUE_FLAGS: readonly ValueFlag[] = ['--preset', '--seed', '--until', '--trace'];

class ArgsError extends Error {}

export function parseArgs(argv: readonly string[]): ArgsResult {
  if (argv.some((a) => a === '--help' || a === '-h')) return { ok: true, args: { kind: 'help' } };
  try {
    return { ok: true, args: parseRun(argv) };
  } catch (e) {
    if (e instanceof ArgsError) return { ok: false, error: e.message };
    throw e;
  }
}

function parseRun(argv: readonly string[]): RunArgs {
  const values = new Map<ValueFlag, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const flag = VALUE_FLAGS.find((f) => f === name);
    if (flag === undefined) throw new ArgsError(`unknown option ${quoteArg(name)} (see --help)`);
    if (values.has(flag)) throw new ArgsError(`${flag} is given more than once`);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else value = argv[++i];
    if (value === undefined || value === '')
      throw new ArgsError(`${flag} needs a value (see --help)`);
    values.set(flag, value);
  }
  return {
    kind: 'run',
    ...source(positional, values.get('--preset') ?? null),
    seed: integerFlag('--seed', values.get('--seed'), Number.MAX_SAFE_INTEGER),
    untilMs: integerFlag('--until', values.get('--until'), UNTIL_MS_MAX),
    tracePath: values.get('--trace') ?? null,
  };
}

function source(
  positional: string[],
  preset: string | null,
): { file: string | null; preset: string | null } {
  if (positional.length > 1) {
    throw new ArgsError(
      `expected one scenario file, got ${positional.length}: ${positional.map(quoteArg).join(' ')}`,
    );
  }
  const file = positional[0] ?? null;
  if (file !== null && preset !== null)
    throw new ArgsError('give a scenario file or --preset, not both');
  if (file === null && preset === null)
    throw new ArgsError('missing scenario file (or --preset ID); see --help');
  return { file, preset };
}

/**
 * Decimal digits only: "1e3", "0x10", "-1" and "3.0" are refused rather than guessed at. The
 * range is the scenario field's own (scenario/bounds.ts), since the flag overrides that field.
 */
function integerFlag(flag: ValueFlag, text: string | undefined, max: number): number | null {
  if (text === undefined) return null;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value > max) {
    throw new ArgsError(`${flag}: expected an integer from 0 to ${max}, got ${quoteArg(text)}`);
  }
  return value;
}

/** An argument as it appears in a message: JSON-quoted, so spaces and control characters show. */
function quoteArg(text: string): string {
  return JSON.stringify(text);
}
