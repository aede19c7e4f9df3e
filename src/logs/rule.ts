/**
 * What a message rule is, and the small readers the rules share: ZooKeeper prints zxids and
 * epochs with `Long.toHexString` (no padding, two's complement for negative values) and sids in
 * decimal, so each is read one way here.
 */
import type { Extracted, SessionId, Zxid } from './kinds';
import type { LogRecord } from './layout';

/** Per-file state that some lines need: 3.4 leaders name the learner only once per thread. */
export interface MatchContext {
  /**
   * LearnerHandler thread name -> the learner's sid, from "Follower sid: N" / "Synchronizing with
   * ... sid: N".
   */
  peerByThread: Map<string, number>;
}

export interface MessageRule {
  /** A cheap test on the message (prefixes, or a substring) before the regular expression runs. */
  quick: string | readonly string[];
  /** Where `quick` must occur: at the start of the message, or anywhere in it. */
  anywhere?: boolean;
  re: RegExp;
  build(m: RegExpExecArray, rec: LogRecord, ctx: MatchContext): Extracted | null;
}

export function rule(
  quick: string | readonly string[],
  re: RegExp,
  build: MessageRule['build'],
  anywhere = false,
): MessageRule {
  return { quick, re, build, anywhere };
}

const TWO_64 = 1n << 64n;
const TWO_63 = 1n << 63n;

/** A hex long as printed by Long.toHexString, as a signed 64-bit value. */
function signedLong(hex: string): bigint {
  const v = BigInt(`0x${hex}`) % TWO_64;
  return v >= TWO_63 ? v - TWO_64 : v;
}

/** `0x00A` and `a` both become `0xa`: one spelling per zxid so events compare as text. */
export function zxid(hex: string): Zxid {
  const digits = hex.replace(/^0x/i, '').toLowerCase();
  return `0x${(BigInt(`0x${digits}`) % TWO_64).toString(16)}`;
}

export function sessionId(hex: string): SessionId {
  return zxid(hex);
}

/** The epoch of a zxid: its high 32 bits. */
export function epochOf(z: Zxid): number {
  return Number((BigInt(z) >> 32n) & 0xffffffffn);
}

/** A hex number ZooKeeper printed (peerEpoch); `ffffffffffffffff` is -1. */
export function hexNumber(hex: string): number {
  return Number(signedLong(hex.replace(/^0x/i, '').toLowerCase()));
}

/** A decimal sid or count; null beyond what a JSON number holds exactly. */
export function int(text: string): number | null {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

/** Every integer in a list as ZooKeeper prints sets: `[1, 3]`, `[[1, 3]]`, `[ 1,3 ]`. */
export function intList(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\d+/g)) {
    const n = int(m[0]);
    if (n !== null && !out.includes(n)) out.push(n);
  }
  return out.sort((a, b) => a - b);
}
