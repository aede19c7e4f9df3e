/**
 * Follows one server's log file as the JVM writes it and turns each new record into typed events
 * with the same layout reader and message rules as `npm run logs` (src/logs), incrementally: only
 * the bytes added since the last poll are read. A record is held until the next record starts or
 * a poll brings nothing new, because its first continuation line (an exception) belongs to it.
 * The server id is known (the bridge started the server), so no id detection is needed.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import type { LogEvent } from '../../logs/kinds';
import { isExceptionLine, parseRecordLine, type LogRecord } from '../../logs/layout';
import { matchRecord, newMatchContext } from '../../logs/messages';

/** The most bytes one poll reads, so a burst of logging cannot stall the bridge. */
const READ_BYTES_MAX = 4 * 1024 * 1024;

export class LogTail {
  private offset = 0;
  private partial = '';
  private lineNo = 0;
  private pending: LogRecord | null = null;
  private continued = 0;
  private readonly ctx = newMatchContext();
  /** Records no rule knows, counted as `npm run logs` counts them. */
  unknownCount = 0;

  constructor(
    readonly sid: number,
    readonly path: string,
    readonly name: string,
  ) {}

  /** The events completed since the last poll. */
  poll(): LogEvent[] {
    const text = this.read();
    const out: LogEvent[] = [];
    if (text === '') {
      this.flush(out);
      return out;
    }
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const raw of lines) this.line(raw.endsWith('\r') ? raw.slice(0, -1) : raw, out);
    return out;
  }

  private read(): string {
    if (!existsSync(this.path)) return '';
    const size = statSync(this.path).size;
    // A file that shrank was replaced: start again from its beginning.
    if (size < this.offset) {
      this.offset = 0;
      this.partial = '';
      this.lineNo = 0;
      this.pending = null;
      this.ctx.peerByThread.clear();
    }
    if (size === this.offset) return '';
    const length = Math.min(size - this.offset, READ_BYTES_MAX);
    const buf = Buffer.alloc(length);
    const fd = openSync(this.path, 'r');
    try {
      readSync(fd, buf, 0, length, this.offset);
    } finally {
      closeSync(fd);
    }
    // Cut at the last newline so a multi-byte character is never split between two reads.
    const end = buf.lastIndexOf(0x0a) + 1;
    if (end === 0 && length < READ_BYTES_MAX) return '';
    const used = end === 0 ? length : end;
    this.offset += used;
    return buf.subarray(0, used).toString('utf8');
  }

  private line(text: string, out: LogEvent[]): void {
    this.lineNo++;
    const rec = parseRecordLine(text, this.lineNo);
    if (rec) {
      this.flush(out);
      this.pending = rec;
      this.continued = 0;
      return;
    }
    if (this.pending === null || text.trim() === '') return;
    this.continued++;
    if (this.continued === 1 && isExceptionLine(text.trim())) this.pending.exception = text.trim();
  }

  private flush(out: LogEvent[]): void {
    const rec = this.pending;
    if (rec === null) return;
    this.pending = null;
    const extracted = matchRecord(rec, this.ctx);
    if (extracted === null) {
      this.unknownCount++;
      return;
    }
    out.push({
      ...extracted,
      at: rec.at,
      ms: rec.ms,
      sid: this.sid,
      file: this.name,
      line: rec.line,
    });
  }
}
