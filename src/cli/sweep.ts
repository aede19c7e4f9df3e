/**
 * `npm run sweep -- --seeds N [--from S]`: for each seed, a random ensemble and random faults
 * (src/sim/sweep/swarm.ts), the safety checker on every event, then liveness after the heal. It
 * shows progress on stderr; a failing seed's scenario is written to reports/sweep-<seed>.json
 * with the command that replays it. Exit 0 when every seed passes, 1 otherwise, 2 for bad flags.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { runSeed } from '../sim/index';

const USAGE = 'usage: npm run sweep -- --seeds N [--from S]';

/**
 * `--seeds N` (1 or more) and `--from S` (0 or more, default 1), each at most once, as `--flag V`
 * or `--flag=V`. Every seed must be a safe integer, as a scenario's seed is: past 2^53 the loop
 * `seed < from + seeds` would run nothing (from + seeds rounds to from) and report success.
 */
export function parseSweepArgs(argv: readonly string[]): { seeds: number; from: number } | string {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return USAGE;
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    if (flag !== '--seeds' && flag !== '--from')
      return `unknown argument ${JSON.stringify(arg)}; ${USAGE}`;
    if (values.has(flag)) return `${flag} is given more than once; ${USAGE}`;
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
      return `${flag}: expected an integer from 0 to ${Number.MAX_SAFE_INTEGER}, got ${JSON.stringify(value ?? '')}; ${USAGE}`;
    values.set(flag, value);
  }
  const seeds = Number(values.get('--seeds') ?? 100);
  const from = Number(values.get('--from') ?? 1);
  if (seeds < 1) return `--seeds must be at least 1; ${USAGE}`;
  if (seeds - 1 > Number.MAX_SAFE_INTEGER - from) {
    return (
      `--from ${from} with --seeds ${seeds} would go past seed ${Number.MAX_SAFE_INTEGER}, ` +
      `the largest seed a scenario takes; ${USAGE}`
    );
  }
  return { seeds, from };
}

function main(): number {
  const args = parseSweepArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(args + '\n');
    return args === USAGE ? 0 : 2;
  }
  const failures: number[] = [];
  const hazards: number[] = [];
  let events = 0;
  const started = process.hrtime.bigint();
  for (let seed = args.from; seed < args.from + args.seeds; seed++) {
    const r = runSeed(seed);
    events += r.events;
    if (r.hazards.length > 0) {
      // A hazard of ZooKeeper's own code, reproduced (src/sim/sweep/runSeed.ts): reported, not failed.
      hazards.push(seed);
      for (const h of r.hazards)
        process.stderr.write(
          `\nseed ${seed}: ZooKeeper's ${h.code} hazard on S${h.sid} at ${h.atMs} ms (snapshot ${h.snapshotZxid} above TRUNC ${h.truncZxid}), ${r.explained.violations.length} violations it explains\n`,
        );
    }
    if (r.violations.length > 0 || r.liveness.length > 0) {
      failures.push(seed);
      const file = `reports/sweep-${seed}.json`;
      process.stderr.write(
        `\nseed ${seed} FAILED (${r.plan.servers} servers, ${r.plan.observers} observers)\n`,
      );
      try {
        mkdirSync('reports', { recursive: true });
        writeFileSync(file, JSON.stringify(r.plan.scenario, null, 2) + '\n');
      } catch (e) {
        // A full disk must not hide the failure itself: the seed alone replays it.
        const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
        process.stderr.write(`  (cannot write ${file}: ${code || String(e)})\n`);
      }
      for (const v of r.violations.slice(0, 5))
        process.stderr.write(`  safety ${v.invariant} at ${v.atMs} ms: ${v.detail}\n`);
      for (const l of r.liveness.slice(0, 5))
        process.stderr.write(`  liveness ${l.property}: ${l.detail}\n`);
      process.stderr.write(
        `  replay: npm run --silent sim -- ${file}  (or npm run sweep -- --seeds 1 --from ${seed})\n`,
      );
    }
    const done = seed - args.from + 1;
    if (done % 50 === 0 || done === args.seeds)
      process.stderr.write(`\r${done}/${args.seeds} seeds, ${failures.length} failed`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write('\n');
  console.log(
    JSON.stringify({
      from: args.from,
      seeds: args.seeds,
      failed: failures,
      hazards,
      events,
      seconds: Math.round(seconds * 10) / 10,
    }),
  );
  return failures.length === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
