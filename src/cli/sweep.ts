/**
 * `npm run sweep -- --seeds N [--from S]`: for each seed, a random ensemble and random faults
 * (src/sim/sweep/swarm.ts), the safety checker on every event, then liveness after the heal. It
 * shows progress on stderr; a failing seed's scenario is written to reports/sweep-<seed>.json
 * with the command that replays it. Exit 0 when every seed passes, 1 otherwise, 2 for bad flags.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { runSeed } from '../sim/sweep/runSeed';

const USAGE = 'usage: npm run sweep -- --seeds N [--from S]';

export function parseSweepArgs(argv: readonly string[]): { seeds: number; from: number } | string {
  let seeds = 100,
    from = 1;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help') return USAGE;
    if (flag !== '--seeds' && flag !== '--from') return `unknown argument "${flag}"; ${USAGE}`;
    if (value === undefined || !/^\d+$/.test(value))
      return `${flag} needs a non-negative integer; ${USAGE}`;
    if (flag === '--seeds') seeds = Number(value);
    else from = Number(value);
    i++;
  }
  if (seeds < 1) return `--seeds must be at least 1; ${USAGE}`;
  return { seeds, from };
}

function main(): number {
  const args = parseSweepArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(args + '\n');
    return args === USAGE ? 0 : 2;
  }
  const failures: number[] = [];
  let events = 0;
  const started = process.hrtime.bigint();
  for (let seed = args.from; seed < args.from + args.seeds; seed++) {
    const r = runSeed(seed);
    events += r.events;
    if (r.violations.length > 0 || r.liveness.length > 0) {
      failures.push(seed);
      mkdirSync('reports', { recursive: true });
      const file = `reports/sweep-${seed}.json`;
      writeFileSync(file, JSON.stringify(r.plan.scenario, null, 2) + '\n');
      process.stderr.write(
        `\nseed ${seed} FAILED (${r.plan.servers} servers, ${r.plan.observers} observers)\n`,
      );
      for (const v of r.violations.slice(0, 5))
        process.stderr.write(`  safety ${v.invariant} at ${v.atMs} ms: ${v.detail}\n`);
      for (const l of r.liveness.slice(0, 5))
        process.stderr.write(`  liveness ${l.property}: ${l.detail}\n`);
      process.stderr.write(`  replay: npm run --silent sim -- ${file}\n`);
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
      events,
      seconds: Math.round(seconds * 10) / 10,
    }),
  );
  return failures.length === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
