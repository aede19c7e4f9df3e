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
      "import { nextInt, prngFor } from './kernel/prng';",
      '',
      "const prng = prngFor(42, 'net');",
      'export const delayMs = nextInt(prng, 1, 5);',
      '',
    ].join('\n');
    expect(await errorsFor(code, 'src/sim/x.ts')).toEqual([]);
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

  it('allows type-only imports from src/sim in src/protocol', async () => {
    const code = "import type { Prng } from '../sim/kernel/prng';\n\nexport type P = Prng;\n";
    expect(await errorsFor(code, 'src/protocol/x.ts')).toEqual([]);
  });
});

describe('src/ui is not bound by the simulation bans', () => {
  it('accepts Math.random()', async () => {
    expect(await errorsFor('export const r = Math.random();\n', 'src/ui/x.ts')).toEqual([]);
  });
});
