// Proves that src has no import cycle and keeps its layering (issue 14): the import graph of every
// .ts and .tsx file under src, type-only imports included (scripts/importGraph.ts says why), has
// no cyclic component; nothing in src/sim imports the worker or the UI; the pure load-balancing
// code (src/sim/lb) imports nothing of the engine, the timeline or the lab; the engine imports
// neither its extensions nor the timeline. The checker itself is shown to find cycles, on small
// graphs and on a small tree of real files with a deliberate cycle.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cyclicComponents,
  cyclesIn,
  describeCycles,
  edgesBetween,
  importsOf,
  readImportGraph,
  type ImportGraph,
} from '../scripts/importGraph';

const SRC = fileURLToPath(new URL('.', import.meta.url));

/** A graph from "a>b" strings; a "~" instead of ">" makes the edge type-only. */
function graphOf(...edges: string[]): ImportGraph {
  const g: ImportGraph = new Map();
  for (const e of edges) {
    const typeOnly = e.includes('~');
    const [from, to] = e.split(/[>~]/) as [string, string];
    if (!g.has(to)) g.set(to, []);
    g.set(from, [...(g.get(from) ?? []), { to, typeOnly }]);
  }
  return g;
}

describe('the cycle finder', () => {
  it('finds nothing in a graph without cycles, however it branches', () => {
    expect(describeCycles(graphOf('a>b', 'a>c', 'b>d', 'c>d', 'd>e'))).toEqual([]);
  });

  it('finds a deliberately introduced cycle, and names each import in it', () => {
    const g = graphOf('a>b', 'b>c', 'c>a', 'c>d');
    expect(cyclicComponents(g)).toEqual([['a', 'b', 'c']]);
    expect(describeCycles(g)).toEqual(['a -> b -> c -> a']);
  });

  it('lists a cycle through every edge of a component, and separate components apart', () => {
    const g = graphOf('a>b', 'b>a', 'b>c', 'c>a', 'x>y', 'y>x', 'self>self');
    expect(cyclicComponents(g)).toEqual([['a', 'b', 'c'], ['self'], ['x', 'y']]);
    expect(describeCycles(g)).toEqual([
      'a -> b -> a',
      'a -> b -> c -> a',
      'self -> self',
      'x -> y -> x',
    ]);
    expect(cyclesIn(g, ['a', 'b', 'c']).flat()).toContain('c');
  });

  it('marks a cycle closed only by type imports, and still reports it', () => {
    expect(describeCycles(graphOf('a~b', 'b~a'))).toEqual(['a -> b -> a (type-only)']);
    expect(describeCycles(graphOf('a>b', 'b~a'))).toEqual(['a -> b -> a']);
  });
});

describe('reading imports', () => {
  it('reads every form of reference to another module, and which are type-only', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "import { type C } from './c';",
      "import './d';",
      "export { e } from '../e';",
      "export type { F } from './f';",
      "export * from './g';",
      "type H = import('./h').H;",
      "const i = () => import('./i');",
      "import react from 'react';",
    ].join('\n');
    expect(importsOf('x.ts', text)).toEqual([
      { spec: './a', typeOnly: false },
      { spec: './b', typeOnly: true },
      { spec: './c', typeOnly: true },
      { spec: './d', typeOnly: false },
      { spec: '../e', typeOnly: false },
      { spec: './f', typeOnly: true },
      { spec: './g', typeOnly: false },
      { spec: './h', typeOnly: true },
      { spec: './i', typeOnly: false },
    ]);
  });

  describe('a small tree of real files', () => {
    const root = mkdtempSync(join(tmpdir(), 'import-graph-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(join(root, 'low'));
    mkdirSync(join(root, 'high'));
    writeFileSync(join(root, 'low', 'index.ts'), "export * from './base';\n");
    writeFileSync(join(root, 'low', 'base.ts'), 'export const base = 1;\n');
    writeFileSync(join(root, 'high', 'top.tsx'), "import { base } from '../low';\n");

    it('resolves folders to their index and finds no cycle in a layered tree', () => {
      const g = readImportGraph(root);
      expect(g.get('high/top.tsx')).toEqual([{ to: 'low/index.ts', typeOnly: false }]);
      expect(describeCycles(g)).toEqual([]);
      expect(edgesBetween(g, 'low/', 'high/')).toEqual([]);
    });

    it('fails the same tree once a lower file imports a type back from the higher one', () => {
      writeFileSync(join(root, 'low', 'base.ts'), "import type { T } from '../high/top';\n");
      const g = readImportGraph(root);
      expect(describeCycles(g)).toEqual([
        'high/top.tsx -> low/index.ts -> low/base.ts -> high/top.tsx',
      ]);
      expect(edgesBetween(g, 'low/', 'high/')).toEqual(['low/base.ts -> high/top.tsx']);
    });
  });
});

describe('src', () => {
  const graph = readImportGraph(SRC);

  it('is read whole: the lab imports the engine, the worker imports the simulation', () => {
    expect(graph.size).toBeGreaterThan(300);
    expect(edgesBetween(graph, 'sim/lab/', 'sim/engine/').length).toBeGreaterThan(0);
    expect(edgesBetween(graph, 'worker/', 'sim/').length).toBeGreaterThan(0);
  });

  it('has no import cycle, type-only ones included', () => {
    expect(describeCycles(graph)).toEqual([]);
  });

  it.each([
    ['sim/', 'worker/'],
    ['sim/', 'ui/'],
    ['sim/lb/', 'sim/engine/'],
    ['sim/lb/', 'sim/timeline/'],
    ['sim/lb/', 'sim/lab/'],
    ['sim/engine/', 'sim/lab/'],
    ['sim/engine/', 'sim/timeline/'],
    ['sim/engine/', 'sim/extensions.ts'],
  ])('nothing in src/%s imports src/%s', (from, to) => {
    expect(edgesBetween(graph, from, to)).toEqual([]);
  });
});
