/**
 * Command-line arguments of `npm run real`. A pure function from argv to a result, so every
 * refusal is testable without a process; main.ts turns a refusal into exit status 2.
 */
export const USAGE = `Usage: npm run --silent real -- <scenario.json | built-in id | all> [options]

Runs a scenario on a real ZooKeeper ensemble (Debian's package, installed with apt-get when
missing; every server a JVM bound to 127.0.0.1) and on the simulator, and compares leader,
epoch, followers, sync modes and vote zxids at every checkpoint.

Options:
  --repeat N     run the real ensemble N times (1 to 10, default 1); repeats must agree
  --record       write the outcome into fixtures/real-zookeeper (outcomes.json and logs)
  --keep         keep the ensemble's temp dir (configs, data, logs) for inspection
  --list         list the built-in scenarios
  --table        print the Markdown table of docs/REAL-ZOOKEEPER.md from the recorded outcomes
                 and the current simulator (no Java needed)
  -h, --help     show this help

Exit status: 0 the simulator agrees with every real run; 1 a difference (simulator vs real, or
between repeats); 2 unusable input; 3 a real run failed or ZooKeeper could not be installed.`;

export const REPEAT_MAX = 10;

export type RealArgs =
  | { kind: 'help' }
  | { kind: 'list' }
  | { kind: 'table' }
  | { kind: 'run'; target: string; repeat: number; record: boolean; keep: boolean };

export type RealArgsResult = { ok: true; args: RealArgs } | { ok: false; error: string };

export function parseRealArgs(argv: readonly string[]): RealArgsResult {
  if (argv.includes('-h') || argv.includes('--help')) return { ok: true, args: { kind: 'help' } };
  if (argv.includes('--list')) return { ok: true, args: { kind: 'list' } };
  if (argv.includes('--table')) return { ok: true, args: { kind: 'table' } };
  const positional: string[] = [];
  let repeat: number | null = null;
  let record = false;
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--record') record = true;
    else if (arg === '--keep') keep = true;
    else if (arg === '--repeat' || arg.startsWith('--repeat=')) {
      if (repeat !== null) return { ok: false, error: '--repeat is given more than once' };
      const text = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (text === undefined || !/^\d+$/.test(text) || +text < 1 || +text > REPEAT_MAX)
        return {
          ok: false,
          error: `--repeat: expected an integer from 1 to ${REPEAT_MAX}, got ${JSON.stringify(text ?? '')}`,
        };
      repeat = Number(text);
    } else if (arg.startsWith('-'))
      return { ok: false, error: `unknown option ${JSON.stringify(arg)} (see --help)` };
    else positional.push(arg);
  }
  if (positional.length !== 1)
    return {
      ok: false,
      error:
        positional.length === 0
          ? 'missing scenario: a .json file, a built-in id or "all" (see --list)'
          : `expected one scenario, got ${positional.length}: ${positional.join(' ')}`,
    };
  return {
    ok: true,
    args: { kind: 'run', target: positional[0]!, repeat: repeat ?? 1, record, keep },
  };
}
