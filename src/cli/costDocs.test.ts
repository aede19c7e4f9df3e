// Proves that docs/SCENARIO-EXTENSIONS.md ("The cost model") states the cost section's fields as
// the validator enforces them: one row per field, naming its default (the calibrated value of
// src/sim/cost/params.ts) and its bounds. (Here because reading a file needs Node.)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_PARAMS, PARAM_SPECS } from '../sim/cost/params';
import { COST_WORKLOAD_SPECS, ENGINE_COST_PARAMS } from '../sim/scenario/costSection';

const docs = readFileSync(
  fileURLToPath(new URL('../../docs/SCENARIO-EXTENSIONS.md', import.meta.url)),
  'utf8',
);
const section = docs.slice(docs.indexOf('## The cost model (`cost`)'));
const rowOf = (name: string) =>
  section
    .split('\n')
    .find((l) => l.startsWith(`| \`cost.${name}\` |`))
    ?.split('|')
    .map((c) => c.trim());
const text = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

describe('docs/SCENARIO-EXTENSIONS.md, the cost section', () => {
  it.each(ENGINE_COST_PARAMS.map((n) => [n]))('states %s: default and bounds', (name) => {
    const row = rowOf(name);
    expect(row, `no row for cost.${name}`).toBeDefined();
    expect(row![2]).toBe(text(DEFAULT_COST_PARAMS[name]));
    const { min, max } = PARAM_SPECS[name];
    expect(row![3]).toContain(`${text(min)} to ${text(max)}`);
  });

  it.each(Object.keys(COST_WORKLOAD_SPECS).map((n) => [n]))('states %s: bounds', (name) => {
    const row = rowOf(name);
    expect(row, `no row for cost.${name}`).toBeDefined();
    const { min, max } = COST_WORKLOAD_SPECS[name as keyof typeof COST_WORKLOAD_SPECS];
    expect(row![3]).toContain(`${text(min)} to ${text(max)}`);
  });
});
