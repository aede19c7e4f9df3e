/**
 * Session ids as plain data. ZooKeeper's session id is a signed 64-bit long whose top byte is the
 * sid of the server that created it (SessionTrackerImpl.initializeNextSessionId: `(time << 24)
 * >>> 8 | sid << 56`, then +1 per new session). A JS number would lose the low bits, so a
 * session id is a string: "0x" + the id's unsigned 64-bit value in lowercase hex with no leading
 * zeros, exactly as ZooKeeper logs it (Long.toHexString), e.g. "0x100000abc0000". That form is
 * canonical, so two ids are the same session iff the strings are equal. "0x0" is "no session":
 * the ephemeralOwner of every non-ephemeral znode (StatPersisted.ephemeralOwner == 0).
 *
 * BigInt is used only inside these functions; it never enters the state (it is not JSON-safe).
 */
import { assert } from '../kernel/assert';

export type SessionId = string;

/** ephemeralOwner of persistent znodes. */
export const NO_SESSION: SessionId = '0x0';

const MASK64 = (1n << 64n) - 1n;
const CANONICAL = /^0x(0|[1-9a-f][0-9a-f]{0,15})$/;

export function isSessionId(text: string): boolean {
  return CANONICAL.test(text);
}

/**
 * The id of the n-th session (n = 0, 1, ...) created by server `sid` whose tracker started at
 * `startMs` (simulated). The 40 low bits of the start time fill bits 16..55, as in ZooKeeper.
 */
export function makeSessionId(sid: number, startMs: number, n: number): SessionId {
  assert(
    Number.isInteger(sid) && sid >= 0 && sid <= 255,
    `session id: sid ${sid} does not fit the top byte`,
  );
  assert(Number.isSafeInteger(startMs) && startMs >= 0, `session id: bad start time ${startMs}`);
  assert(Number.isSafeInteger(n) && n >= 0, `session id: bad sequence number ${n}`);
  const base = (BigInt(sid) << 56n) | ((BigInt(startMs) & 0xffffffffffn) << 16n);
  return '0x' + ((base + BigInt(n)) & MASK64).toString(16);
}

/** The sid in the top byte: the server that created the session. */
export function serverOfSession(id: SessionId): number {
  assert(isSessionId(id), `not a canonical session id: ${JSON.stringify(id)}`);
  return Number(BigInt(id) >> 56n);
}
