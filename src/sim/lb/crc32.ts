/**
 * CRC-32 (IEEE 802.3; the polynomial 0xEDB88320 reflected, as in zlib, PNG and Java's
 * java.util.zip.CRC32) over the UTF-8 bytes of a string, table-driven (one lookup per byte).
 * The check value of the catalogue of CRC algorithms holds: crc32("123456789") === 0xCBF43926.
 *
 * The string is encoded to UTF-8 on the fly, without TextEncoder and without allocating: hashing
 * a request key is on the hot path of hash-mod and consistent-hash.
 */

const TABLE: Int32Array = makeTable();

function makeTable(): Int32Array {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
}

/** One byte into a running (pre-inverted) CRC. */
function step(c: number, byte: number): number {
  return (c >>> 8) ^ (TABLE[(c ^ byte) & 0xff] as number);
}

/** Feeds one Unicode code point as UTF-8 bytes. */
function feedCodePoint(c: number, cp: number): number {
  if (cp < 0x80) return step(c, cp);
  if (cp < 0x800) return step(step(c, 0xc0 | (cp >> 6)), 0x80 | (cp & 0x3f));
  if (cp < 0x10000) {
    c = step(c, 0xe0 | (cp >> 12));
    c = step(c, 0x80 | ((cp >> 6) & 0x3f));
    return step(c, 0x80 | (cp & 0x3f));
  }
  c = step(c, 0xf0 | (cp >> 18));
  c = step(c, 0x80 | ((cp >> 12) & 0x3f));
  c = step(c, 0x80 | ((cp >> 6) & 0x3f));
  return step(c, 0x80 | (cp & 0x3f));
}

/**
 * CRC-32 of the UTF-8 encoding of s, as an unsigned 32-bit integer. A lone surrogate is encoded as
 * U+FFFD, exactly as TextEncoder does, so the result equals the CRC-32 of
 * `new TextEncoder().encode(s)`.
 */
export function crc32(s: string): number {
  let c = -1;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const u = s.charCodeAt(i);
    if (u < 0x80) {
      c = (c >>> 8) ^ (TABLE[(c ^ u) & 0xff] as number);
    } else if (u >= 0xd800 && u <= 0xdbff && i + 1 < n) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        c = feedCodePoint(c, 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00));
        i++;
      } else {
        c = feedCodePoint(c, 0xfffd);
      }
    } else if (u >= 0xd800 && u <= 0xdfff) {
      c = feedCodePoint(c, 0xfffd);
    } else {
      c = feedCodePoint(c, u);
    }
  }
  return (c ^ -1) >>> 0;
}

/** Scratch digits for crc32Key; a cache, not state (it never outlives one call). */
const DIGITS = new Uint8Array(24);

/**
 * CRC-32 of a request key's text: crc32(String(key)), with a fast path for safe integers that
 * computes the decimal digits in place instead of allocating a string (the traffic generator's
 * keys are integers and hashing them is the hot path).
 */
export function crc32Key(key: number | string): number {
  if (typeof key === 'string') return crc32(key);
  if (!Number.isSafeInteger(key) || Object.is(key, -0)) return crc32(String(key));
  let c = -1;
  let v = key;
  if (v < 0) {
    c = step(c, 0x2d); // '-'
    v = -v;
  }
  let len = 0;
  do {
    DIGITS[len++] = 48 + (v % 10);
    v = Math.floor(v / 10);
  } while (v > 0);
  for (let k = len - 1; k >= 0; k--) c = step(c, DIGITS[k] as number);
  return (c ^ -1) >>> 0;
}

/**
 * MurmurHash3's 32-bit finalizer (fmix32, Austin Appleby). CRC-32 is linear over GF(2), so the
 * CRCs of "b1#0", "b1#1", ... differ by fixed bit patterns and cluster on a ring; the finalizer
 * spreads every input bit over the whole word (avalanche) and is a bijection, so it adds no
 * collisions. consistent-hash places both ring points and keys with mix32(crc32(...)).
 */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** "00".."ff": explanations are built on every pick, and four lookups beat toString + padStart. */
const HEX_BYTE: readonly string[] = Array.from({ length: 256 }, (_, b) =>
  b.toString(16).padStart(2, '0'),
);

/** An unsigned 32-bit value as "0x" and 8 hex digits, for explanations. */
export function hex32(h: number): string {
  return (
    '0x' +
    (HEX_BYTE[(h >>> 24) & 0xff] as string) +
    (HEX_BYTE[(h >>> 16) & 0xff] as string) +
    (HEX_BYTE[(h >>> 8) & 0xff] as string) +
    (HEX_BYTE[h & 0xff] as string)
  );
}
