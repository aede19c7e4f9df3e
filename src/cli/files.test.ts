// Proves the runner's file helpers on real files: reading stops one byte past the bound (so an
// endless file costs at most the bound), a file of exactly the bound is read whole, UTF-8 text is
// decoded, two paths to one file are recognised, and a trace write error is kept, not thrown,
// until the trace is closed.
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTraceFile, readBounded, sameFile, TooLargeError } from './files';

const dir = mkdtempSync(join(tmpdir(), 'zabscope-files-'));

describe('readBounded', () => {
  it('reads a file of exactly the bound, and refuses one byte more', () => {
    const exact = join(dir, 'exact.json');
    writeFileSync(exact, 'x'.repeat(64));
    expect(readBounded(exact, 64)).toBe('x'.repeat(64));
    const over = join(dir, 'over.json');
    writeFileSync(over, 'x'.repeat(65));
    expect(() => readBounded(over, 64)).toThrow(TooLargeError);
  });

  it('decodes UTF-8 and stops reading an endless device at the bound', () => {
    const text = join(dir, 'utf8.json');
    writeFileSync(text, '{"title":"选举"}');
    expect(readBounded(text, 1024)).toBe('{"title":"选举"}');
    expect(() => readBounded('/dev/zero', 1 << 20)).toThrow('larger than 1048576 bytes');
  });
});

describe('sameFile', () => {
  it('recognises one file by resolved path, by symlink, and not a different file', () => {
    const a = join(dir, 'a.json');
    writeFileSync(a, '{}');
    symlinkSync(a, join(dir, 'link.json'));
    writeFileSync(join(dir, 'b.json'), '{}');
    expect(sameFile(a, join(dir, '..', dir.split('/').pop()!, 'a.json'))).toBe(true);
    expect(sameFile(a, join(dir, 'link.json'))).toBe(true);
    expect(sameFile(a, join(dir, 'b.json'))).toBe(false);
    expect(sameFile(a, join(dir, 'not-yet.jsonl'))).toBe(false);
  });
});

describe('openTraceFile', () => {
  it('keeps the first write error (a full disk) and throws it on close', () => {
    const trace = openTraceFile('/dev/full');
    trace.write('x'.repeat(1 << 20)); // past the buffer: written now, and refused
    expect(trace.failure()).toMatchObject({ code: 'ENOSPC' });
    trace.write('more'); // dropped, not thrown
    expect(() => trace.close()).toThrow(/ENOSPC/);
  });
});
