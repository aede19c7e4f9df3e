// `npm run sim` accepts the cost model (issue 17 item 6): the real entry point, spawned on a
// scenario file with a cost section, prints one report whose `cost` block has the figures, and
// refuses a bad cost field with one line naming it (exit 2, nothing on stdout).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Report } from '../sim/scenario/types';

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], {
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
  });

function file(scenario: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'zabscope-cost-')), 's.json');
  writeFileSync(path, JSON.stringify(scenario));
  return path;
}

const base = { version: 1, seed: 5, untilMs: 650, ensemble: { servers: 3 } };

describe('npm run sim with a cost section', () => {
  it('prints the report with its cost block', () => {
    const r = cli(
      file({ ...base, cost: { clients: 10, clientsMaxOutstanding: 2, readRatio: 0.5 } }),
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    const cost = report.cost!;
    expect(cost.measureFromMs).toBe(600);
    expect(cost.readOpsPerSec).toBeGreaterThan(0);
    expect(cost.writeOpsPerSec).toBeGreaterThan(0);
    expect(cost.writeLatencyMs!.p99).toBeGreaterThanOrEqual(cost.writeLatencyMs!.p50);
    expect(cost.servers.map((s) => s.sid)).toEqual([1, 2, 3]);
    expect(cost.bottleneck).not.toBeNull();
  });

  it('refuses a bad cost field with one line naming it', () => {
    const path = file({ ...base, cost: { oneWayMs: 0 } });
    const r = cli(path);
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
      status: 2,
      stdout: '',
      stderr: `sim: ${path}: cost.oneWayMs: expected a number from 0.01 to 1000 (ms), got 0\n`,
    });
  });

  it('prints no cost block without the section', () => {
    const r = cli(file(base));
    expect(r.status).toBe(0);
    expect('cost' in (JSON.parse(r.stdout) as Report)).toBe(false);
  });
});
