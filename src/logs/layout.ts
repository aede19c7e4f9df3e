/**
 * The line layouts of ZooKeeper's logs: log4j 1.2 (3.4 to 3.7) and logback (3.8+) with the
 * layout ZooKeeper ships, `%d{ISO8601} [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m%n`, and the
 * variants seen in the field: without the myid MDC (Debian's `%d{ISO8601} - %-5p [%t:%C{1}@%L] -
 * %m%n`), with a dot or no millis, a `T` between date and time, a zone offset, and without the
 * `:Class@line` location. One regular expression reads them all; a line that does not match is a
 * continuation of the previous record (a stack trace) or not ZooKeeper's at all.
 */

export interface LogRecord {
  /** 1-based line number of the record's first line. */
  line: number;
  /** ISO 8601 as printed, normalized: `2026-12-03T18:26:14.955`, plus `Z` or `+01:00` if given. */
  at: string;
  ms: number;
  /**
   * The myid MDC: a number, null when the layout has it but it is empty (`[myid:]`), undefined
   * without.
   */
  myid: number | null | undefined;
  level: string;
  thread: string;
  /** The simple class name of `%C{1}`, or null when the layout has no location. */
  className: string | null;
  message: string;
  /**
   * The first line after the record that is not a record itself: usually `java.net.SomeException:
   * why`.
   */
  exception: string | null;
}

const LEVELS = 'TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL';

/**
 * date, time, fraction, zone; then an optional `[myid:N]`; an optional ` - `; the level; the
 * bracketed `thread:Class@line`; an optional ` - `; the message. The bracket is matched lazily up
 * to `] ` so thread names that hold brackets (`QuorumPeer[myid=3](plain=...)`) survive.
 */
const LINE = new RegExp(
  '^(\\d{4})-(\\d\\d)-(\\d\\d)[ T](\\d\\d):(\\d\\d):(\\d\\d)(?:[,.](\\d{1,9}))?' +
    '(Z|[+-]\\d\\d:?\\d\\d)?' +
    '\\s+(?:\\[myid:(\\d*)\\]\\s*)?(?:-\\s+)?' +
    `(${LEVELS})\\s+` +
    '\\[(.*?)\\](?:\\s+-)?\\s(.*)$',
);

/** `:Class@123`, `:Class$Inner@123` or log4j's `:?@?` when location info is off. */
const LOCATION = /:([\w$]+|\?)@(\d+|\?)$/;

/** Reads one line; null when it is not a record in any supported layout. */
export function parseRecordLine(text: string, line: number): LogRecord | null {
  const m = LINE.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone, myid, level, where, message] = m;
  const fraction = (frac ?? '').padEnd(3, '0').slice(0, 3);
  const fields = [y, mo, d, h, mi, s].map(Number);
  if (!validCalendar(fields)) return null;
  const base = Date.UTC(fields[0]!, fields[1]! - 1, fields[2]!, fields[3]!, fields[4]!, fields[5]!);
  // A TRACEFILE layout adds the NDC right after the location: `[thread:Class@12][ndc]`.
  const bracket = where!.replace(/\]\[[^\]]*$/, '');
  const loc = LOCATION.exec(bracket);
  const className = loc && loc[1] !== '?' ? loc[1]! : null;
  return {
    line,
    at: `${y}-${mo}-${d}T${h}:${mi}:${s}.${fraction}${normalizeZone(zone)}`,
    ms: base + Number(fraction) - zoneOffsetMs(zone),
    myid: myid === undefined ? undefined : myid === '' ? null : Number(myid),
    level: level === 'WARNING' ? 'WARN' : level!,
    thread: loc ? bracket.slice(0, loc.index) : bracket,
    className,
    message: message!.trimEnd(),
    exception: null,
  };
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/[+:-]/g, '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

function normalizeZone(zone: string | undefined): string {
  if (zone === undefined) return '';
  if (zone === 'Z') return 'Z';
  const digits = zone.replace(/[+:-]/g, '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4)}`;
}

/** Date.UTC silently rolls 2026-02-31 over into March: such a line is not a timestamp. */
function validCalendar(fields: readonly number[]): boolean {
  const [y, mo, d, h, mi, s] = fields as [number, number, number, number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days && h < 24 && mi < 60 && s < 60;
}

/**
 * `java.net.SocketTimeoutException: Read timed out`, `EndOfStreamException: Unable to read ...`.
 */
const EXCEPTION_LINE = /^(?:Caused by: )?[\w$.]*(?:Exception|Error|Throwable)\b/;

export function isExceptionLine(text: string): boolean {
  return EXCEPTION_LINE.test(text);
}
