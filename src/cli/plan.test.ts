// Proves the contract of `npm run plan -- FILE` (docs/CAPACITY.md): the grid's rows as JSON on
// stdout with at least voters, observers, readRatio, throughputOpsPerSec, readOpsPerSec,
// writeOpsPerSec, writeLatencyMs {p50, p99} and bottleneck; exit 2 with exactly one line on
// stderr naming the problem for any unusable input (no file, a missing, oversized or directory
// file, bad JSON, a bad field). `main` runs on real files; the entry point is spawned once for
// each exit status.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze, saturation } from '../sim/cost/analytic';
import { crossoverReadRatio } from '../sim/cost/curves';
import {
  PAPER_TABLE_2_ONE_WORKER,
  calibrationTable,
  oneWorkerCreatesPerSec,
} from '../sim/cost/calibration';
import { COST_PARAM_NAMES, DEFAULT_COST_PARAMS, PARAM_SPECS } from '../sim/cost/params';
import { PLAN_FILE_BYTES_MAX, PLAN_ROWS_MAX, READ_RATIOS_MAX } from '../sim/cost/planFile';
import { EXIT_OK, EXIT_UNUSABLE, main, realIo } from './plan';
import { cliRunner, refusal } from './cliTestKit';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = mkdtempSync(join(tmpdir(), 'plan-test-'));

function file(name: string, text: string): string {
  const path = join(DIR, name);
  writeFileSync(path, text);
  return path;
}

const run = cliRunner(main, realIo);
const unusable = (...argv: string[]): string => refusal(run(...argv), EXIT_UNUSABLE);

const GRID = file('grid.json', JSON.stringify({ voters: [3, 5], readRatios: [0, 0.5, 1] }));

describe('npm run plan', () => {
  it('prints a row per combination with the fields scripts rely on', () => {
    const r = run('--', GRID);
    expect([r.code, r.err]).toEqual([EXIT_OK, '']);
    const json = JSON.parse(r.out);
    expect(json.rows).toHaveLength(6);
    const row = json.rows[1];
    expect(row).toMatchObject({
      voters: 3,
      observers: 0,
      readRatio: 0.5,
      bottleneck: 'leader.cpu',
    });
    for (const key of ['throughputOpsPerSec', 'readOpsPerSec', 'writeOpsPerSec'])
      expect(typeof row[key]).toBe('number');
    expect(row.readOpsPerSec + row.writeOpsPerSec).toBeCloseTo(row.throughputOpsPerSec, 0);
    expect(row.writeLatencyMs.p99).toBeGreaterThan(row.writeLatencyMs.p50);
    expect(Object.keys(row.utilization)).toContain('leader.nic');
    expect(json.cost.fsyncMs).toBeGreaterThan(0);
    // Numbers carry six significant digits.
    expect(
      String(row.throughputOpsPerSec).replace(/[.-]/g, '').replace(/^0+/, '').length,
    ).toBeLessThanOrEqual(6);
  });

  it('prints its usage with --help', () => {
    const r = run('--help');
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toContain('Usage: npm run --silent plan -- FILE');
  });

  it('refuses unusable input with one line naming it', () => {
    expect(unusable()).toBe('plan: expected one planner file, got 0 (see --help)');
    expect(unusable(GRID, GRID)).toBe('plan: expected one planner file, got 2 (see --help)');
    expect(unusable('--grid', GRID)).toBe('plan: unknown option --grid (see --help)');
    expect(unusable(join(DIR, 'nope.json'))).toBe(`plan: ${join(DIR, 'nope.json')}: no such file`);
    expect(unusable(DIR)).toBe(`plan: ${DIR}: a directory, not a file`);
    const big = file('big.json', ' '.repeat(PLAN_FILE_BYTES_MAX + 1));
    expect(unusable(big)).toBe(`plan: ${big}: larger than ${PLAN_FILE_BYTES_MAX} bytes`);
    const bad = file('bad.json', '{ "voters": [3,');
    expect(unusable(bad)).toMatch(new RegExp(`^plan: ${bad}: malformed JSON: `));
    const empty = file('empty.json', '');
    expect(unusable(empty)).toMatch(/malformed JSON/);
    const field = file('field.json', JSON.stringify({ voters: [3], readRatios: [2] }));
    expect(unusable(field)).toBe(
      `plan: ${field}: readRatios[0]: expected a number from 0 to 1, got 2`,
    );
    const cost = file(
      'cost.json',
      JSON.stringify({ voters: [3], readRatios: [0], cost: { linkMbps: 1 } }),
    );
    expect(unusable(cost)).toBe(
      `plan: ${cost}: cost.linkMbps: expected a number from 10 to 400000 (Mbit/s), got 1`,
    );
  });

  it('adds the simulated figures beside each row when the file asks for them', () => {
    const sim = file(
      'simulate.json',
      JSON.stringify({
        voters: [3],
        readRatios: [0, 1],
        simulate: { seeds: 2, warmupMs: 10, measureMs: 40 },
      }),
    );
    const r = run(sim);
    expect([r.code, r.err]).toEqual([EXIT_OK, '']);
    const rows = JSON.parse(r.out).rows;
    for (const row of rows) {
      const s = row.simulated;
      expect(s).toMatchObject({ seeds: 2, warmupMs: 10, measureMs: 40 });
      expect(s.throughputOpsPerSec.min).toBeLessThanOrEqual(s.throughputOpsPerSec.mean);
      expect(s.throughputOpsPerSec.mean).toBeLessThanOrEqual(s.throughputOpsPerSec.max);
      // The Plan view's seed statistics: n and the mean's 95 % t interval around the mean.
      expect(s.throughputOpsPerSec.n).toBe(2);
      expect(s.throughputOpsPerSec.ci95.lo).toBeLessThanOrEqual(s.throughputOpsPerSec.mean);
      expect(s.throughputOpsPerSec.ci95.hi).toBeGreaterThanOrEqual(s.throughputOpsPerSec.mean);
      // Pure mixes: the simulation is within 15% of the model even on a 40 ms window.
      expect(Math.abs(s.throughputOpsPerSec.mean / row.throughputOpsPerSec - 1)).toBeLessThan(0.15);
      expect(s.utilization['leader.cpu']).toBeGreaterThan(0.3);
      expect(s.utilization['leader.cpu']).toBeLessThan(0.7);
    }
    expect(rows[0].simulated.readLatencyMs).toBeNull();
    expect(rows[0].simulated.writeLatencyMs.p99).toBeGreaterThanOrEqual(
      rows[0].simulated.writeLatencyMs.p50,
    );
    expect(rows[1].simulated.writeLatencyMs).toBeNull();
    expect(JSON.parse(run(GRID).out).rows[0].simulated).toBeUndefined();
  });

  it('refuses a bad simulate section naming the field', () => {
    const seeds = file(
      'seeds.json',
      JSON.stringify({ voters: [3], readRatios: [0], simulate: { seeds: 0 } }),
    );
    expect(unusable(seeds)).toBe(
      `plan: ${seeds}: simulate.seeds: expected an integer from 1 to 10, got 0`,
    );
    const many = file(
      'many.json',
      JSON.stringify({
        voters: [3, 5, 7],
        readRatios: [0, 0.25, 0.5, 0.75, 1],
        simulate: { seeds: 10 },
      }),
    );
    expect(unusable(many)).toBe(
      `plan: ${many}: simulate.seeds: 15 rows x 10 seeds = 150 points, more than the 100 allowed`,
    );
    const key = file(
      'key.json',
      JSON.stringify({ voters: [3], readRatios: [0], simulate: { seeds: 1, runs: 2 } }),
    );
    expect(unusable(key)).toMatch(new RegExp(`^plan: ${key}: simulate.runs`));
  });

  describe('the entry point', () => {
    const node = (...argv: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/plan.ts'), ...argv], {
        encoding: 'utf8',
        cwd: ROOT,
      });

    it('exits 0 with the JSON on stdout', () => {
      const r = node(GRID);
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(JSON.parse(r.stdout).rows).toHaveLength(6);
    });

    it('exits 2 with one line on stderr', () => {
      const r = node(join(DIR, 'missing.json'));
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  });
});

// The figures of docs/CAPACITY.md come from running the model: each table is recomputed here.
describe('docs/CAPACITY.md', () => {
  const docs = readFileSync(join(ROOT, 'docs/CAPACITY.md'), 'utf8');
  /** The body rows of the first table after `heading`, as trimmed cells. */
  const table = (heading: string): string[][] => {
    const from = docs.indexOf(heading);
    expect(from, `no heading ${heading}`).toBeGreaterThan(-1);
    const lines = docs.slice(from).split('\n');
    const start = lines.findIndex((l) => l.startsWith('| '));
    const rows: string[][] = [];
    for (const line of lines.slice(start + 2)) {
      if (!line.startsWith('| ')) break;
      rows.push(
        line
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    }
    return rows;
  };
  const num = (cell: string): number => Number(cell.replace(/[,`+%]/g, ''));
  const hundreds = (x: number): number => Math.round(x / 100) * 100;
  /** A whole percentage; + 0 turns the -0 of a tiny negative difference into the 0 printed. */
  const percent = (ratio: number): number => Math.round((ratio - 1) * 100) + 0;
  const P = DEFAULT_COST_PARAMS;

  it('states Table 1 and the model beside it', () => {
    const rows = table('### Table 1 beside the model');
    const ours = calibrationTable(P);
    expect(rows).toHaveLength(ours.length);
    rows.forEach((cells, i) => {
      const row = ours[i]!;
      expect(cells.slice(0, 7).map(num)).toEqual([
        row.servers,
        row.paperReadOnly,
        hundreds(row.oursReadOnly),
        percent(row.oursReadOnly / row.paperReadOnly),
        row.paperWriteOnly,
        hundreds(row.oursWriteOnly),
        percent(row.oursWriteOnly / row.paperWriteOnly),
      ]);
      const e = { voters: row.servers, observers: 0 };
      expect(cells[7]).toBe(`\`${saturation(e, 0, P).bottleneck}\``);
    });
  });

  it('states the whole grid', () => {
    const rows = table('### The whole grid');
    expect(rows.length).toBeGreaterThan(5);
    for (const cells of rows) {
      const readRatio = num(cells[0]!);
      const sizes = [3, 5, 7, 9, 13];
      expect(cells.slice(1).map(num)).toEqual(
        sizes.map((voters) =>
          hundreds(saturation({ voters, observers: 0 }, readRatio, P).opsPerSec),
        ),
      );
    }
  });

  it('states Table 2 and the model beside it', () => {
    const rows = table('### Latency: Table 2');
    expect(rows.map((r) => r.map(num))).toEqual(
      PAPER_TABLE_2_ONE_WORKER.map((row) => {
        const ours = oneWorkerCreatesPerSec(row.servers, P);
        return [
          row.servers,
          row.createsPerSec,
          Math.round(100_000 / row.createsPerSec) / 100,
          Math.round(ours),
          Math.round(100_000 / ours) / 100,
        ];
      }),
    );
  });

  it('states the crossovers and the latency under load', () => {
    const three = { voters: 3, observers: 0 };
    const at = (voters: number) =>
      Math.round(crossoverReadRatio(three, { voters, observers: 0 }, P)! * 100);
    expect(docs.replace(/\s+/g, ' ')).toContain(
      `overtaken by 5 at ${at(5)}% reads, by 7 at ${at(7)}%, by 9 at ${at(9)}% and by 13 at ${at(13)}%`,
    );
    const limit = saturation(three, 0, P).opsPerSec;
    const rows = table('Writes under load, 3 voters');
    expect(rows.map((r) => r.map(num))).toEqual(
      [0.05, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99].map((share) => {
        const r = analyze({ ...three, readRatio: 0, offeredOpsPerSec: share * limit }, P);
        const two = (x: number) => Math.round(x * 100) / 100;
        return [
          Math.round(share * limit),
          two(r.utilization['leader.cpu']),
          two(r.latency!.write!.p50Ms),
          two(r.latency!.write!.p99Ms),
        ];
      }),
    );
  });

  it('states every parameter with its default and bounds', () => {
    const rows = table('## Parameters');
    expect(rows.map((r) => r[0])).toEqual(
      expect.arrayContaining(COST_PARAM_NAMES.map((name) => `\`${name}\``)),
    );
    expect(rows).toHaveLength(COST_PARAM_NAMES.length);
    for (const name of COST_PARAM_NAMES) {
      const cells = rows.find((r) => r[0] === `\`${name}\``)!;
      const spec = PARAM_SPECS[name];
      expect(num(cells[1]!), name).toBe(P[name]);
      expect(cells[2]!.split(' to ').map(num), name).toEqual([spec.min, spec.max]);
      expect(cells[3], name).toBe(spec.unit);
    }
  });

  it("states the planner's bounds", () => {
    expect(docs).toContain(`at most ${PLAN_ROWS_MAX} rows`);
    expect(docs).toContain(`at most ${PLAN_FILE_BYTES_MAX / 1024} KiB`);
    expect(docs).toContain(`1 to ${READ_RATIOS_MAX} values, each from 0 to 1`);
  });
});
