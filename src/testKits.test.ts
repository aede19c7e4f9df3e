// Proves that test kits live beside the tests and stay out of production code (issue 14): every
// module under src named as a kit (`*TestKit.ts`, or the scenario harness) is imported only by
// tests and other kits, and production modules are never named that way by accident. The check
// is shown to catch a production module that imports a kit, on a small graph.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readImportGraph, type ImportGraph } from '../scripts/importGraph';

const SRC = fileURLToPath(new URL('.', import.meta.url));

/** Test kits: shared set-up and fixtures for tests, kept beside the tests that use them. */
const isKit = (path: string) => /TestKit\.tsx?$/.test(path) || path === 'sim/scenarios/harness.ts';
const isTest = (path: string) => /\.test\.tsx?$/.test(path);

/** Each import of a kit by a module that is neither a test nor a kit, as "importer -> kit". */
function kitLeaks(graph: ImportGraph): string[] {
  const leaks: string[] = [];
  for (const [from, edges] of graph) {
    if (isTest(from) || isKit(from)) continue;
    for (const e of edges) if (isKit(e.to)) leaks.push(`${from} -> ${e.to}`);
  }
  return leaks.sort();
}

describe('test kits', () => {
  const graph = readImportGraph(SRC);

  it('are found (the naming rule matches real files)', () => {
    const kits = [...graph.keys()].filter(isKit).sort();
    expect(kits).toEqual(
      expect.arrayContaining([
        'cli/cliTestKit.ts',
        'sim/check/ghostTestKit.ts',
        'sim/lab/labTestKit.ts',
        'sim/scenarios/harness.ts',
        'sim/zk/zkTestKit.ts',
        'worker/labTestKit.ts',
      ]),
    );
  });

  it('are imported only by tests and other kits', () => {
    expect(kitLeaks(graph)).toEqual([]);
  });

  it('are all still used by a test (a kit nobody imports is dead code)', () => {
    const used = new Set([...graph.values()].flat().map((e) => e.to));
    const unused = [...graph.keys()].filter((m) => isKit(m) && !used.has(m));
    expect(unused).toEqual([]);
  });

  it('a production module importing a kit is reported', () => {
    const g: ImportGraph = new Map([
      ['sim/engine/x.ts', [{ to: 'sim/zk/zkTestKit.ts', typeOnly: true }]],
      ['sim/zk/zk.test.ts', [{ to: 'sim/zk/zkTestKit.ts', typeOnly: false }]],
      ['sim/zk/zkTestKit.ts', []],
    ]);
    expect(kitLeaks(g)).toEqual(['sim/engine/x.ts -> sim/zk/zkTestKit.ts']);
  });
});
