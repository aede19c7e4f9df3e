/**
 * The runner's file handling, apart so that each refusal can be tested on real files: reading a
 * scenario stops at a size bound (`sim /dev/zero` or an endless pipe would otherwise read
 * forever), the trace must not be the scenario itself, and a trace write that fails (a full disk)
 * is remembered rather than thrown into the middle of the simulation.
 */
import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';

/** Thrown when a file is larger than the bound; `code` lets the runner phrase it like the rest. */
export class TooLargeError extends Error {
  readonly code = 'TOO_LARGE';
  constructor(readonly maxBytes: number) {
    super(`larger than ${maxBytes} bytes`);
  }
}

/** Reads a UTF-8 file of at most `maxBytes` bytes; reading stops one byte past the bound. */
export function readBounded(path: string, maxBytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length <= maxBytes) {
      const n = readSync(fd, buffer, length, maxBytes + 1 - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) throw new TooLargeError(maxBytes);
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether two paths name the same file: the same path once resolved, or the same device and
 * inode (a hard link, a symbolic link, "./s.json" and "s.json"). A path that does not exist yet
 * is the same as another only if it resolves to the same place.
 */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Receives trace lines; `close` flushes and throws the first write error, if any. */
export interface TraceWriter {
  write(line: string): void;
  /** The first write error, once one happened; later lines are dropped. */
  failure(): unknown;
  close(): void;
}

/**
 * Buffers lines and writes them in large chunks: a trace can hold millions of events. A failed
 * write (ENOSPC on a full disk, EIO, EFBIG, ...) is kept, not thrown: the write happens inside a
 * simulation step, which must not be torn in half. The runner asks `failure()` between events.
 */
export function openTraceFile(path: string): TraceWriter {
  const fd = openSync(path, 'w');
  let chunk: string[] = [];
  let size = 0;
  let error: unknown = null;
  const flush = (): void => {
    if (error === null && chunk.length > 0) {
      try {
        writeSync(fd, chunk.join(''));
      } catch (e) {
        error = e;
      }
    }
    chunk = [];
    size = 0;
  };
  return {
    write(line) {
      if (error !== null) return;
      chunk.push(line, '\n');
      size += line.length + 1;
      if (size >= 1 << 20) flush();
    },
    failure: () => error,
    close() {
      flush();
      closeSync(fd);
      if (error !== null) throw error;
    },
  };
}
