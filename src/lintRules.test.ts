// Proves that the lint rules guarding DESIGN.md sections 3 and 4 really fire: the project's own
// eslint.config.js lints small snippets as if they lived in src/sim, src/ui and so on, through
// ESLint's Node API (the files need not exist), and we check which rules report.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd });
});

/** The ids of the error-level rules that report on `code` placed at `filePath`. */
async function errorsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? 'fatal');
}

describe('determinism bans in src/sim', () => {
  it.each([
    ['Math.random()', 'export const r = Math.random();\n', 'no-restricted-properties'],
    ['Date.now()', 'export const t = Date.now();\n', 'no-restricted-globals'],
    ['new Date()', 'export const d = new Date();\n', 'no-restricted-syntax'],
    ['setTimeout', 'setTimeout(() => undefined, 10);\n', 'no-restricted-globals'],
    ['setInterval', 'setInterval(() => undefined, 10);\n', 'no-restricted-globals'],
    ['queueMicrotask', 'queueMicrotask(() => undefined);\n', 'no-restricted-globals'],
    ['performance.now()', 'export const t = performance.now();\n', 'no-restricted-globals'],
    [
      'crypto.getRandomValues',
      'export const a = crypto.getRandomValues(new Uint32Array(1));\n',
      'no-restricted-properties',
    ],
    [
      'globalThis.setTimeout',
      'globalThis.setTimeout(() => undefined, 1);\n',
      'no-restricted-globals',
    ],
  ])('%s is an error', async (_name, code, rule) => {
    expect(await errorsFor(code, 'src/sim/x.ts')).toContain(rule);
  });

  it('applies in nested folders too', async () => {
    expect(await errorsFor('export const r = Math.random();\n', 'src/sim/zab/deep/x.ts')).toContain(
      'no-restricted-properties',
    );
  });

  it('lets clean simulation code through', async () => {
    const code = [
      "import { nextInt, prngFor } from '../kernel/prng';",
      '',
      "const prng = prngFor(42, 'net');",
      'export const delayMs = nextInt(prng, 1, 5);',
      '',
    ].join('\n');
    expect(await errorsFor(code, 'src/sim/zab/x.ts')).toEqual([]);
  });

  it('exempts test files', async () => {
    const code = 'export const r = Math.random() + Date.now();\n';
    expect(await errorsFor(code, 'src/sim/kernel/x.test.ts')).toEqual([]);
  });
});

describe('import boundaries', () => {
  const restricted = '@typescript-eslint/no-restricted-imports';

  it('forbids React in src/sim', async () => {
    const code = "import React from 'react';\n\nexport const r = React;\n";
    expect(await errorsFor(code, 'src/sim/x.ts')).toContain(restricted);
  });

  it.each([
    ["import * as d3 from 'd3';", 'src/sim/x.ts'],
    ["import { scaleLinear } from 'd3-scale';", 'src/sim/x.ts'],
    ["import { createStore } from 'zustand/vanilla';", 'src/sim/x.ts'],
    ["import { t } from '../../ui/i18n/t';", 'src/sim/kernel/x.ts'],
    ["import { PROTOCOL_VERSION } from '../protocol/messages';", 'src/sim/x.ts'],
    ["import { x } from '../worker/sim.worker';", 'src/ui/x.ts'],
    ["import { createSimBridge } from '../ui/bridge/simBridge';", 'src/worker/x.ts'],
    ["import { prngFor } from '../sim/kernel/prng';", 'src/protocol/x.ts'],
    ["import { t } from '../ui/i18n/t';", 'src/cli/x.ts'],
    ["import { t } from '../src/ui/i18n/t';", 'bench/x.ts'],
  ])('%s in %s is an error', async (line, filePath) => {
    // An unused import also trips no-unused-vars; only the boundary rule matters here.
    expect(await errorsFor(`${line}\n`, filePath)).toContain(restricted);
  });

  it("keeps the worker on the simulation's public surface (src/sim/index.ts)", async () => {
    const deep = "import { prngFor } from '../sim/kernel/prng';\n\nexport const p = prngFor;\n";
    expect(await errorsFor(deep, 'src/worker/x.ts')).toContain(restricted);
    const viaIndex = "import { Timeline } from '../sim/index';\n\nexport const t = Timeline;\n";
    expect(await errorsFor(viaIndex, 'src/worker/x.ts')).toEqual([]);
  });

  it.each([
    ["import { Timeline } from '../sim/timeline/timeline';", 'src/ui/x.ts'],
    ["import { runSeed } from '../sim/sweep/runSeed';", 'src/cli/x.ts'],
    ["import type { World } from '../sim/engine/world';", 'src/worker/x.ts'],
  ])('the deep import %s in %s is an error', async (line, filePath) => {
    expect(await errorsFor(`${line}\n`, filePath)).toContain(restricted);
  });

  it.each([
    ["import { formatZxid } from '../../sim/vocabulary';", 'src/ui/panels/x.ts'],
    ["import type { CostParams } from '../../sim/cost';", 'src/ui/plan/x.ts'],
    ["import { runScenario } from '../sim/index';", 'src/cli/x.ts'],
  ])('the public module import %s in %s is allowed', async (line, filePath) => {
    const code = `${line}\n\nexport const used = 1;\n`;
    expect(await errorsFor(code, filePath)).not.toContain(restricted);
  });

  it('lets UI and CLI tests reach into the simulation to set up what they prove', async () => {
    const code = "import { prngFor } from '../../sim/kernel/prng';\n\nexport const p = prngFor;\n";
    expect(await errorsFor(code, 'src/ui/explain/x.test.ts')).toEqual([]);
  });

  it("keeps the worker off the kernel queue's heap", async () => {
    const code = 'export const head = (w: { queue: { heap: number[] } }) => w.queue.heap[0];\n';
    expect(await errorsFor(code, 'src/worker/x.ts')).toContain('no-restricted-syntax');
  });

  it('allows type-only imports from src/sim in src/protocol', async () => {
    const code = "import type { Prng } from '../sim/kernel/prng';\n\nexport type P = Prng;\n";
    expect(await errorsFor(code, 'src/protocol/x.ts')).toEqual([]);
  });
});

describe('layering inside src/sim', () => {
  const layers = 'zabscope/sim-layers';

  it.each([
    ["import type { World } from '../engine/world';", 'src/sim/zab/x.ts'],
    ["import { labOf } from '../lab/labExtension';", 'src/sim/engine/x.ts'],
    ["import { Timeline } from '../timeline/timeline';", 'src/sim/lab/x.ts'],
    ["import { validateScenario } from '../scenario/validate';", 'src/sim/engine/x.ts'],
    ["export { createSimulation } from '../extensions';", 'src/sim/engine/x.ts'],
    ["import { append } from '../../kernel/chunkedList';", 'src/sim/unplaced/deep/x.ts'],
  ])('%s in %s is an error', async (line, filePath) => {
    expect(await errorsFor(`${line}\n`, filePath)).toContain(layers);
  });

  it.each([
    ["import { append } from '../kernel/chunkedList';", 'src/sim/zab/x.ts'],
    ["import type { World } from '../engine/world';", 'src/sim/lab/x.ts'],
    ["import type { ResolvedScenario } from '../scenario/types';", 'src/sim/zab/x.ts'],
    ["import { ZXID_ZERO } from '../zab/zxid';", 'src/sim/kernel/x.ts'],
    ["import { STRATEGY_IDS } from '../lb/kinds';", 'src/sim/kernel/x.ts'],
    ["import { createSimulation } from './extensions';", 'src/sim/index.ts'],
  ])('%s in %s is allowed (own layer, below, or a vocabulary leaf)', async (line, filePath) => {
    expect(await errorsFor(`${line}\n\nexport const used = 1;\n`, filePath)).not.toContain(layers);
  });

  it('lets tests set up from any layer', async () => {
    const code = "import { Timeline } from '../timeline/timeline';\n\nexport const t = Timeline;\n";
    expect(await errorsFor(code, 'src/sim/zab/x.test.ts')).not.toContain(layers);
  });
});

describe('src/ui is not bound by the simulation bans', () => {
  it('accepts Math.random()', async () => {
    expect(await errorsFor('export const r = Math.random();\n', 'src/ui/x.ts')).toEqual([]);
  });
});
