// Proves that no regular expression or string search outside the simulation reads its English:
// a syntax-tree scan (proseScanTestKit.ts) of every source file of each folder above src/sim (the
// app, the worker, the protocol, the CLI, the e2e specs, the benchmarks, the scripts) finds no
// string or regex method applied to a trace entry's `text`, a violation's `detail` or a reason's
// `why`, and the same scan fires on planted examples of each form and stays quiet on the forms
// that read codes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { proseReads } from './proseScanTestKit';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Every .ts and .tsx file under `dir`, tests included (a test may not parse prose either). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return /\.tsx?$/.test(d.name) && path !== fileURLToPath(import.meta.url) ? [path] : [];
  });
}

/**
 * Every folder whose code runs above the simulation and could read what it writes: a new folder
 * of that kind belongs here too (the test below fails for a folder that has gone or is empty, so
 * the list cannot silently cover nothing).
 */
const ABOVE_SIM = [
  'src/ui',
  'src/worker',
  'src/protocol',
  'src/learn',
  'src/logs',
  'src/cli',
  'e2e',
  'bench',
  'scripts',
];

describe('no reader of simulation prose', () => {
  it.each(ABOVE_SIM)('finds none in %s', (folder) => {
    const files = sources(join(root, folder));
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((f) =>
      proseReads(f, readFileSync(f, 'utf8')).map((r) => `${relative(root, f)}:${r.line} ${r.code}`),
    );
    expect(found).toEqual([]);
  });

  it('covers every folder of TypeScript beside src/sim', () => {
    // src holds the simulation and the layers above it; anything new at its top is one of those.
    const top = readdirSync(join(root, 'src'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'sim')
      .map((d) => `src/${d.name}`);
    expect(top.filter((d) => !ABOVE_SIM.includes(d))).toEqual([]);
  });

  it('fires on every planted form', () => {
    const planted = [
      "if (ev.text.startsWith('action')) done();",
      'const m = ev.text.match(/Expiring session (\\S+)/);',
      "const s = entry.ev.text.replace(/S(\\d)/g, 'server $1');",
      'if (/SyncConnected/.test(ev.text)) count++;',
      'const m = RE.exec(e.text!);',
      "const p = ev['text'].split(' ');",
      'const v = violation.detail.includes("server 3");',
      'const re = new RegExp(ev.text);',
      'const i = (ev.text as string).indexOf("x");',
      'const m = /^(\\S+) is next in the rotation/.exec(pick.why);',
      'const { text } = ev; const m = /^crash S(\\d+)$/.exec(text);',
      "const line = entry.ev.text; const ok = line.startsWith('heal');",
    ];
    for (const code of planted) expect(proseReads('planted.ts', code), code).toHaveLength(1);
  });

  it('stays quiet on code reads, comments and rendered strings', () => {
    const clean = [
      "if (ev.data?.kind === 'expire') mark();",
      '// ev.text.match(/x/) would be wrong',
      'const s = \'ev.text.startsWith("x")\';',
      "const label = t('ex.heal').replace(/x/, 'y');",
      "const ok = ev.label.startsWith('ZK_');",
      'const shown = ev.text;',
    ];
    for (const code of clean) expect(proseReads('clean.ts', code), code).toEqual([]);
  });
});
