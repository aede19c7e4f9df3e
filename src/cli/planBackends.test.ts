// The "backends" block of `npm run plan -- FILE` (docs/CAPACITY.md, "Backends for the service"):
// backendRows per strategy with backendsNeeded, p99Ms, headroomAfterLoss and, unless
// "simulate": false, the lab's measurements; a bad field is one line naming it, exit 2.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_UNUSABLE, main, realIo } from './plan';
import { cliRunner, refusal } from './cliTestKit';

const DIR = mkdtempSync(join(tmpdir(), 'plan-backends-test-'));
function file(name: string, value: unknown): string {
  const path = join(DIR, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}
const run = cliRunner(main, realIo);
const BLOCK = {
  ratePerSec: 200,
  meanServiceMs: 20,
  targetP99Ms: 150,
  strategies: ['round-robin', 'random'],
};

describe('npm run plan with a backends block', () => {
  it('prints only backendRows for a file with only the block, measured by the lab', () => {
    const r = run('--', file('only.json', { backends: { ...BLOCK, seeds: 1 } }));
    expect([r.code, r.err]).toEqual([EXIT_OK, '']);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['backendRows']);
    const [rr, random] = json.backendRows;
    expect(rr).toMatchObject({ strategy: 'round-robin', backendsNeeded: 7 });
    expect(random).toMatchObject({ strategy: 'random', backendsNeeded: 11 });
    expect(rr.p99Ms).toBeLessThanOrEqual(150);
    expect(rr.headroomAfterLoss).toMatchObject({ extraBackends: 1, backendsForLoss: 8 });
    expect(rr.headroomAfterLoss.errorShare).toBeCloseTo(1 / 7, 5);
    expect(rr.simulated.agrees).toBe(true);
    expect(rr.simulated.windowMs.mean).toBeGreaterThan(4000);
    expect(rr.simulated.errorShare.mean).toBeGreaterThan(0.05);
  });

  it('adds backendRows beside the grid, and simulate: false gives the model alone', () => {
    const r = run(
      '--',
      file('both.json', { voters: [3], readRatios: [1], backends: { ...BLOCK, simulate: false } }),
    );
    expect([r.code, r.err]).toEqual([EXIT_OK, '']);
    const json = JSON.parse(r.out);
    expect(json.rows).toHaveLength(1);
    expect(json.backendRows.map((b: { simulated: unknown }) => b.simulated)).toEqual([null, null]);
  });

  it.each([
    [{ ...BLOCK, ratePerSec: 0 }, 'backends.ratePerSec: expected a number from 1 to 1000, got 0'],
    [
      { ...BLOCK, targetP99Ms: 'fast' },
      'backends.targetP99Ms: expected a number from 1 to 600000, got "fast"',
    ],
    [{ ...BLOCK, seeds: 9 }, 'backends.seeds: expected an integer from 1 to 5, got 9'],
    [{ ...BLOCK, extra: 1 }, 'backends.extra: unknown field'],
  ])('refuses %j with one line naming the field', (block, message) => {
    const path = file('bad.json', { backends: block });
    expect(refusal(run('--', path), EXIT_UNUSABLE)).toContain(message);
  });
});
