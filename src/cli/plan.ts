/**
 * `npm run --silent plan -- FILE`: reads a planner file (src/sim/cost/planFile.ts, documented in
 * docs/CAPACITY.md) and prints the cost model's results for its grid as one JSON object on
 * stdout: { cost, failover, rows: [{ voters, observers, readRatio, throughputOpsPerSec,
 * readOpsPerSec, writeOpsPerSec, writeLatencyMs: { p50, p99 }, bottleneck, utilization, ... }] }.
 * An optional "backends" block sizes the service's backends per load-balancing strategy and
 * adds backendRows (src/sim/sweep/backendPlan.ts); a file with only that block prints only them.
 * Unusable input (no file, a missing or oversized file, bad JSON, a bad field) is one line on
 * stderr naming what is wrong, and exit status 2.
 */
import { statSync } from 'node:fs';
import { PLAN_FILE_BYTES_MAX, planRows, validatePlanFile } from '../sim/cost';
import { planBackends, validateBackendsSpec, type BackendRow } from '../sim/index';
import { simulatedColumns } from './planSimulate';
import { readBounded, TooLargeError } from './files';
import { isEntryPoint } from './entryPoint';

export const EXIT_OK = 0;
export const EXIT_UNUSABLE = 2;

export const USAGE = `Usage: npm run --silent plan -- FILE

Reads a capacity-planning file and prints, for every combination of its voters, observers and
read ratios, the cost model's saturated throughput (reads and writes), the bottleneck, write and
read latency p50/p99 at the offered load, each resource's utilization, the knee and the
configuration checker's findings, as JSON. See docs/CAPACITY.md.

FILE (JSON, at most ${PLAN_FILE_BYTES_MAX} bytes):
  { "voters": [3, 5], "observers": [0], "readRatios": [0, 0.5, 1],
    "loadFactor": 0.5, "cost": { "fsyncMs": 2 } }
  Optional "simulate": { "seeds": 3 } adds each row's "simulated" figures: the
  simulated cost model run saturated and at the offered load with seeds 1..n.

An optional "backends" block adds backendRows: per load-balancing strategy, the backends a target
p99 needs and the headroom after losing one during its session timeout, by the model and, unless
"simulate" is false, measured by the lab's simulation:
  "backends": { "ratePerSec": 200, "meanServiceMs": 20, "targetP99Ms": 150,
                "sessionTimeoutMs": 6000, "strategies": ["round-robin", "p2c"], "seeds": 2 }

Exit status: 0 the results were printed; 2 unusable input (one line on stderr).`;

export interface PlanIo {
  /** The file's text, or why it cannot be read (one line). */
  read(path: string): { text: string } | { error: string };
  stdout(text: string): void;
  stderr(text: string): void;
}

/** JSON.parse's complaint on one line, without the quote of the input V8 adds to some messages. */
function jsonError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message
    .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Six significant digits: the model is not more precise than that, and scripts read it easily. */
function sixDigits(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value)
    ? Number(value.toPrecision(6))
    : value;
}

/** The file without its "backends" block, and that block (undefined when absent). */
function splitBackends(value: unknown): { rest: unknown; backends: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('backends' in value))
    return { rest: value, backends: undefined };
  const { backends, ...rest } = value as Record<string, unknown>;
  return { rest, backends };
}

export function main(argv: readonly string[], io: PlanIo): number {
  const refuse = (why: string): number => {
    io.stderr(`plan: ${why}\n`);
    return EXIT_UNUSABLE;
  };
  if (argv.some((a) => a === '-h' || a === '--help')) {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  const files = argv.filter((a) => a !== '--');
  const option = files.find((a) => a.startsWith('-') && a !== '-');
  if (option !== undefined) return refuse(`unknown option ${option} (see --help)`);
  if (files.length !== 1)
    return refuse(`expected one planner file, got ${files.length} (see --help)`);
  const file = files[0]!;
  const read = io.read(file);
  if ('error' in read) return refuse(`${file}: ${read.error}`);
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch (e) {
    return refuse(`${file}: malformed JSON: ${jsonError(e)}`);
  }
  const { rest, backends } = splitBackends(value);
  let backendRows: BackendRow[] | undefined;
  if (backends !== undefined) {
    const b = validateBackendsSpec(backends);
    if (!b.ok) return refuse(`${file}: ${b.error}`);
    backendRows = planBackends(b.spec);
  }
  // A file with only the backends block asks only for them.
  if (backendRows !== undefined && Object.keys(rest as object).length === 0) {
    io.stdout(`${JSON.stringify({ backendRows }, sixDigits, 2)}\n`);
    return EXIT_OK;
  }
  const spec = validatePlanFile(rest);
  if (!spec.ok) return refuse(`${file}: ${spec.error}`);
  const output = planRows(spec.spec);
  const simulate = spec.spec.simulate;
  const rows =
    simulate === null
      ? output.rows
      : output.rows.map((row) => ({
          ...row,
          simulated: simulatedColumns(row, spec.spec.cost, simulate),
        }));
  const out = { ...output, rows, ...(backendRows === undefined ? {} : { backendRows }) };
  io.stdout(`${JSON.stringify(out, sixDigits, 2)}
`);
  return EXIT_OK;
}

function readFile(path: string): { text: string } | { error: string } {
  try {
    if (statSync(path).isDirectory()) return { error: 'a directory, not a file' };
    return { text: readBounded(path, PLAN_FILE_BYTES_MAX) };
  } catch (e) {
    if (e instanceof TooLargeError) return { error: `larger than ${PLAN_FILE_BYTES_MAX} bytes` };
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') return { error: 'no such file' };
    return { error: `cannot be read (${code ?? String(e)})` };
  }
}

export function realIo(): PlanIo {
  return {
    read: readFile,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}

if (isEntryPoint(import.meta.url)) {
  // exitCode rather than process.exit(): a large grid on a pipe must be flushed first.
  process.exitCode = main(process.argv.slice(2), realIo());
}
