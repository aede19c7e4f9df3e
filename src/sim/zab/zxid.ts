/**
 * ZooKeeper's 64-bit transaction id: the high 32 bits are the epoch, the low 32 bits a counter
 * (server/util/ZxidUtils: makeZxid, getEpochFromZxid, getCounterFromZxid). A JS number cannot
 * hold 64 bits exactly, so a zxid is the pair {epoch, counter}; numeric order on the 64-bit value
 * is lexicographic order on the pair (ZAB.md section 2).
 */
export interface Zxid {
  readonly epoch: number;
  readonly counter: number;
}

export const ZXID_ZERO: Zxid = Object.freeze({ epoch: 0, counter: 0 });

/** The largest counter; Leader.propose refuses to use it and steps down (ZOOKEEPER-1277). */
export const COUNTER_MAX = 0xffffffff;
/** The largest epoch (the high 32 bits); a leader never forms a larger one. */
export const EPOCH_MAX = 0xffffffff;

export function makeZxid(epoch: number, counter: number): Zxid {
  return { epoch, counter };
}

/** Negative, zero or positive as a is before, equal to or after b. */
export function compareZxid(a: Zxid, b: Zxid): number {
  return a.epoch !== b.epoch ? a.epoch - b.epoch : a.counter - b.counter;
}

export function zxidEquals(a: Zxid, b: Zxid): boolean {
  return a.epoch === b.epoch && a.counter === b.counter;
}

export function zxidMax(a: Zxid, b: Zxid): Zxid {
  return compareZxid(a, b) >= 0 ? a : b;
}

/**
 * The form ZooKeeper logs (Long.toHexString): "0x" + epoch in hex with no padding + counter as
 * 8 hex digits; the empty log is "0x0". Example: epoch 1, counter 3 is "0x100000003".
 */
export function formatZxid(z: Zxid): string {
  if (z.epoch === 0) return '0x' + z.counter.toString(16);
  return '0x' + z.epoch.toString(16) + z.counter.toString(16).padStart(8, '0');
}

/** Short form for the UI: "epoch:counter", e.g. "1:3". */
export function shortZxid(z: Zxid): string {
  return `${z.epoch}:${z.counter}`;
}

const HEX = /^0x[0-9a-fA-F]{1,16}$/;

/** Parses "0x100000003"; returns undefined for anything that is not a 64-bit hex zxid. */
export function parseZxid(text: string): Zxid | undefined {
  if (!HEX.test(text)) return undefined;
  const digits = text.slice(2);
  const counterHex = digits.slice(-8);
  const epochHex = digits.length > 8 ? digits.slice(0, -8) : '0';
  return { epoch: parseInt(epochHex, 16), counter: parseInt(counterHex, 16) };
}
