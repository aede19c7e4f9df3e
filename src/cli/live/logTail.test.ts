/**
 * Proves that following a log as it grows gives exactly the events `npm run logs` reads from the
 * finished file: a real recorded log is appended in chunks cut anywhere (mid-line, mid-record,
 * between a record and its exception line) with a poll after each, and the events must equal
 * parseLogFile's, in order, with none twice and none lost.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLogFile } from '../../logs';
import { LogTail } from './logTail';

const dir = mkdtempSync(join(tmpdir(), 'zabscope-tail-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURES = [
  ['leader-kill-equal-logs', 1],
  ['frozen-leader', 2],
  ['session-expiry', 3],
] as const;

function expected(text: string, sid: number) {
  const parsed = parseLogFile('server.log', text, { sid });
  if (!parsed.ok) throw new Error(`fixture refused: ${parsed.error.code}`);
  return parsed.log.events;
}

describe('LogTail', () => {
  it.each(FIXTURES)('follows %s (server %i) in chunks like the whole-file parser', (name, sid) => {
    const text = readFileSync(`fixtures/real-zookeeper/logs/${name}/server${sid}.log`, 'utf8');
    const path = join(dir, `${name}-${sid}.log`);
    writeFileSync(path, '');
    const tail = new LogTail(sid, path, 'server.log');
    const got = [];
    // Chunk sizes from a fixed sequence, so the cut points fall everywhere and the test repeats.
    const sizes = [1, 7, 130, 4096, 33, 900, 2];
    for (let at = 0, i = 0; at < text.length; i++) {
      const size = sizes[i % sizes.length]!;
      appendFileSync(path, text.slice(at, at + size));
      at += size;
      got.push(...tail.poll());
    }
    got.push(...tail.poll(), ...tail.poll());
    const want = expected(text, sid);
    expect(want.length).toBeGreaterThan(10);
    expect(got).toEqual(want);
  });

  it('starts again from the beginning when the file is replaced by a shorter one', () => {
    const path = join(dir, 'replaced.log');
    const text = readFileSync('fixtures/real-zookeeper/logs/cold-start-3/server1.log', 'utf8');
    writeFileSync(path, text);
    const tail = new LogTail(1, path, 'server.log');
    const first = [...tail.poll(), ...tail.poll()];
    writeFileSync(path, text.slice(0, text.indexOf('\n', 2000) + 1));
    const again = [...tail.poll(), ...tail.poll()];
    expect(first.length).toBeGreaterThan(again.length);
    expect(again.length).toBeGreaterThan(0);
    expect(again[0]).toEqual(first[0]);
  });

  it('reads nothing from a file that does not exist yet', () => {
    expect(new LogTail(1, join(dir, 'absent.log'), 'x').poll()).toEqual([]);
  });
});
