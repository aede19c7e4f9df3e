/**
 * Splits a log's text into records: a line in a supported layout opens a record, and the lines
 * after it that are not records (a stack trace, a multi-line message) belong to it. Only the first
 * of them is kept, as the record's `exception`, because that is where ZooKeeper's meaning is
 * (`java.net.SocketTimeoutException: Read timed out`); the rest are counted.
 */
import { isExceptionLine, parseRecordLine, type LogRecord } from './layout';

export interface SplitText {
  records: LogRecord[];
  /** Non-blank lines before the first record: not in any layout (JVM output in zookeeper.out). */
  strayLines: number;
  /** Lines that continue a record: stack frames, exception lines, multi-line messages. */
  continuationLines: number;
  /** Every line, blank ones included. */
  totalLines: number;
}

export function splitRecords(text: string): SplitText {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  // A final newline leaves one empty string that is not a line of the file.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const records: LogRecord[] = [];
  let strayLines = 0;
  let continuationLines = 0;
  let current: LogRecord | null = null;
  let continued = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const rec = parseRecordLine(text, i + 1);
    if (rec) {
      records.push(rec);
      current = rec;
      continued = 0;
      continue;
    }
    if (text.trim() === '') continue;
    if (current === null) {
      strayLines++;
      continue;
    }
    continuationLines++;
    continued++;
    if (continued === 1 && isExceptionLine(text.trim())) current.exception = text.trim();
  }
  return { records, strayLines, continuationLines, totalLines: lines.length };
}
