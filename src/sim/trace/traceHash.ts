/**
 * A streaming 64-bit hash of the trace (two 32-bit lanes, each a multiply-xorshift mix of every
 * UTF-16 code unit, in the spirit of cyrb53). It is not cryptographic; it only has to make "same
 * trace" checkable across Node and browsers, with plain integer arithmetic both run identically.
 * The state is two numbers, so it checkpoints as plain data.
 */
export interface TraceHash {
  h1: number;
  h2: number;
}

export function createTraceHash(): TraceHash {
  return { h1: 0xdeadbeef, h2: 0x41c6ce57 };
}

export function updateTraceHash(h: TraceHash, text: string): void {
  let h1 = h.h1,
    h2 = h.h2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  // A record separator, so that ["ab","c"] and ["a","bc"] hash differently.
  h1 = Math.imul(h1 ^ 0x1e, 2654435761);
  h2 = Math.imul(h2 ^ 0x1e, 1597334677);
  h.h1 = h1 ^ (h2 >>> 15);
  h.h2 = h2 ^ (h1 >>> 13);
}

export function traceHashHex(h: TraceHash): string {
  let h1 = h.h1,
    h2 = h.h2;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
