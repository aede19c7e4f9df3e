// Proves that no regular expression or string search in the app (src/ui) or the worker
// (src/worker) reads the simulation's English: a syntax-tree scan (proseScanTestKit.ts) of every source
// file finds no string or regex method applied to a trace entry's `text` or a violation's
// `detail`, and the same scan fires on planted examples of each form and stays quiet on the forms
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

describe('no reader of simulation prose', () => {
  it('finds none in src/ui and src/worker', () => {
    const files = [...sources(join(root, 'src/ui')), ...sources(join(root, 'src/worker'))];
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) =>
      proseReads(f, readFileSync(f, 'utf8')).map((r) => `${relative(root, f)}:${r.line} ${r.code}`),
    );
    expect(found).toEqual([]);
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
