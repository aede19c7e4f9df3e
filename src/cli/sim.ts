/**
 * The headless runner: `npm run --silent sim -- <scenario.json> [--seed N] [--until MS]
 * [--trace FILE.jsonl]` (shared/SCENARIO.md "The runner", a public contract). One JSON report on
 * stdout and nothing else there; exit 0 without violations, 1 with violations, 2 for unusable
 * input (one line on stderr, nothing run). `main` receives all its effects through `SimIo`, so
 * tests drive it with a fake runner and in-memory files; the real process wiring is at the bottom.
 */
import { parseArgs, USAGE, type RunArgs } from './args';
import { openTraceFile, readBounded, sameFile, type TraceWriter } from './files';
import { SCENARIO_CHARS_MAX } from '../sim/index';
import { parseScenario, validateScenario } from '../sim/index';
import { allPresets, presetById } from '../sim/index';
import type { Report, ResolvedScenario } from '../sim/index';
import { isEntryPoint } from './entryPoint';

export type RunScenario = (
  scenario: ResolvedScenario,
  options: { onTrace?: (event: unknown) => void; stopWhen?: () => boolean },
) => Report | Promise<Report>;

export type { TraceWriter };

export interface SimIo {
  /** Reads a scenario file; throws for a file larger than the scenario bound. */
  readFile(path: string): Promise<string>;
  /** Whether the two paths name one file (the trace must not overwrite the scenario). */
  sameFile(a: string, b: string): boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Creates the trace file; throws when it cannot be created, before anything runs. */
  openTrace(path: string): TraceWriter;
  run: RunScenario;
}

export const EXIT_OK = 0;
export const EXIT_VIOLATIONS = 1;
export const EXIT_UNUSABLE = 2;
/** Not in the contract: the simulator itself failed (a bug), which is neither 0, 1 nor 2. */
export const EXIT_INTERNAL = 3;

export async function main(argv: readonly string[], io: SimIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return refuse(io, parsed.error);
  if (parsed.args.kind === 'help') {
    io.stdout(
      `${USAGE}\n\nPresets: ${allPresets()
        .map((p) => p.id)
        .join(', ')}\n`,
    );
    return EXIT_OK;
  }
  const args = parsed.args;
  if (args.file !== null && args.tracePath !== null && io.sameFile(args.file, args.tracePath)) {
    return refuse(
      io,
      `--trace: ${args.tracePath} is the scenario file ${args.file}; writing the trace would overwrite it`,
    );
  }
  const loaded = await loadScenario(args, io);
  if (!loaded.ok) return refuse(io, loaded.error);
  const scenario: ResolvedScenario = {
    ...loaded.scenario,
    seed: args.seed ?? loaded.scenario.seed,
    untilMs: args.untilMs ?? loaded.scenario.untilMs,
  };
  let trace: TraceWriter | null = null;
  if (args.tracePath !== null) {
    try {
      trace = io.openTrace(args.tracePath);
    } catch (e) {
      return refuseTrace(io, args.tracePath, e);
    }
  }
  return runAndReport(
    scenario,
    trace === null ? null : { path: args.tracePath!, writer: trace },
    io,
  );
}

async function runAndReport(
  scenario: ResolvedScenario,
  traceFile: { path: string; writer: TraceWriter } | null,
  io: SimIo,
): Promise<number> {
  const trace = traceFile?.writer ?? null;
  let report: Report;
  try {
    const options =
      trace === null
        ? {}
        : {
            onTrace: (event: unknown) => trace.write(traceLine(event)),
            // A trace that can no longer be written stops the run: its report would be refused.
            stopWhen: () => trace.failure() !== null,
          };
    report = await io.run(scenario, options);
  } catch (e) {
    // A trace write failed (and stopped the run): that, not the stop, is what to report.
    const writeError = trace?.failure() ?? null;
    // Keep the trace up to the failure: it is what one reads to find the bug.
    closeQuietly(trace);
    if (writeError !== null) return refuseTrace(io, traceFile!.path, writeError);
    // The engine refuses features it does not simulate yet; that is unusable input, not a bug.
    // So is a scenario that needs more work than a run may do (the event budget).
    if (
      e instanceof Error &&
      (e.name === 'UnsupportedScenarioError' || e.name === 'EventBudgetError')
    )
      return refuse(io, e.message);
    io.stderr(`sim: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT_INTERNAL;
  }
  if (trace !== null) {
    try {
      trace.close();
    } catch (e) {
      // A full disk, a quota, a device error: the trace is incomplete, so nothing is reported.
      return refuseTrace(io, traceFile!.path, e);
    }
  }
  io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  return report.violations.length > 0 ? EXIT_VIOLATIONS : EXIT_OK;
}

function refuseTrace(io: SimIo, path: string, e: unknown): number {
  return refuse(io, `cannot write trace file ${path}: ${reason(e)}`);
}

function closeQuietly(trace: TraceWriter | null): void {
  try {
    trace?.close();
  } catch {
    // Already failing; the original error is the one worth reporting.
  }
}

type Loaded = { ok: true; scenario: ResolvedScenario } | { ok: false; error: string };

async function loadScenario(args: RunArgs, io: SimIo): Promise<Loaded> {
  if (args.preset !== null) {
    const preset = presetById(args.preset);
    if (preset === undefined) {
      return {
        ok: false,
        error: `unknown preset ${JSON.stringify(args.preset)} (presets: ${allPresets()
          .map((p) => p.id)
          .join(', ')})`,
      };
    }
    const result = validateScenario(preset.scenario);
    return result.ok ? result : { ok: false, error: `preset ${preset.id}: ${result.error}` };
  }
  const file = args.file!;
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    return { ok: false, error: `cannot read ${file}: ${reason(e)}` };
  }
  // Editors on some systems save a byte-order mark, which JSON.parse rejects.
  const result = parseScenario(text.replace(/^\uFEFF/, ''));
  return result.ok ? result : { ok: false, error: `${file}: ${result.error}` };
}

function refuse(io: SimIo, message: string): number {
  io.stderr(`sim: ${oneLine(message)}\n`);
  return EXIT_UNUSABLE;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** A file-system error as a short phrase: "no such file (ENOENT)" rather than a stack. */
function reason(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EISDIR: 'is a directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOTDIR: 'a parent is not a directory',
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'file too large',
    EROFS: 'read-only file system',
    EIO: 'input/output error',
    TOO_LARGE: `larger than ${SCENARIO_CHARS_MAX} bytes, the largest scenario accepted`,
  };
  if (code === 'TOO_LARGE') return known[code] as string;
  if (known[code] !== undefined) return `${known[code]} (${code})`;
  return oneLine(e instanceof Error ? e.message : String(e));
}

/** One JSON object per line. A bigint (a 64-bit zxid) becomes a decimal string, not a crash. */
function traceLine(event: unknown): string {
  try {
    return JSON.stringify(event);
  } catch {
    return JSON.stringify(event, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  }
}

// ---------------------------------------------------------------- the real process

function realIo(): SimIo {
  return {
    readFile: async (path) => readBounded(path, SCENARIO_CHARS_MAX),
    sameFile,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    openTrace: openTraceFile,
    // Loaded only when a scenario is about to run, so --help and refusals never pay for it.
    run: async (scenario, options) => (await import('../sim/index')).runScenario(scenario, options),
  };
}

if (isEntryPoint(import.meta.url)) {
  // exitCode rather than process.exit(): a large report on a pipe must be flushed first.
  void main(process.argv.slice(2), realIo()).then((code) => {
    process.exitCode = code;
  });
}
