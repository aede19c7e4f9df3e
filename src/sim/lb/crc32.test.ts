// Proves crc32 is the IEEE CRC-32 of the catalogue (check value 0xCBF43926 for "123456789", plus
// a few published values), that it hashes the UTF-8 bytes of non-ASCII text, and that the
// allocation-free integer path of crc32Key agrees with hashing the key's decimal text.
import { describe, expect, it } from 'vitest';
import { crc32, crc32Key, hex32, mix32 } from './crc32';

describe('crc32', () => {
  it('has the standard check value', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
  });

  it('matches published values', () => {
    expect(crc32('')).toBe(0);
    expect(crc32('a')).toBe(0xe8b7be43);
    expect(crc32('The quick brown fox jumps over the lazy dog')).toBe(0x414fa339);
  });

  it('hashes UTF-8 bytes: "é" is C3 A9, "€" is E2 82 AC, U+1F600 is four bytes', () => {
    expect(crc32('é')).toBe(reference(new Uint8Array([0xc3, 0xa9])));
    expect(crc32('€')).toBe(reference(new Uint8Array([0xe2, 0x82, 0xac])));
    expect(crc32('\u{1f600}')).toBe(reference(new TextEncoder().encode('\u{1f600}')));
    expect(crc32('\ud800x')).toBe(reference(new TextEncoder().encode('\ud800x'))); // lone surrogate
  });

  it('crc32Key of an integer equals crc32 of its decimal text', () => {
    for (const k of [0, 7, 42, 9999, 123456789, -5, -0, 2 ** 53 - 1, 1.5, 1e21, NaN]) {
      expect(crc32Key(k)).toBe(crc32(String(k)));
    }
    expect(crc32Key('b1')).toBe(crc32('b1'));
  });

  it('mix32 is the MurmurHash3 finalizer and hex32 pads to 8 digits', () => {
    expect(mix32(0)).toBe(0);
    expect(mix32(1)).toBe(0x514e28b7);
    expect(hex32(0xab)).toBe('0x000000ab');
  });
});

/** Bit-by-bit CRC-32 over bytes: the slow textbook definition the table must reproduce. */
function reference(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
