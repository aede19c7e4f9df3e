// Proves, for arbitrary strings (any UTF-16 code units, lone surrogates included) and arbitrary
// numbers, that the table-driven, allocation-free crc32 equals the bit-by-bit CRC-32 of the bytes
// TextEncoder produces, and that crc32Key(n) equals crc32(String(n)). fast-check prints the seed
// and the shrunk counterexample of any failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Key } from './crc32';

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));

describe('crc32 properties', () => {
  it('equals the bitwise CRC of the UTF-8 encoding', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: anyCodeUnit })),
        (s) => {
          expect(crc32(s)).toBe(reference(new TextEncoder().encode(s)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('crc32Key(n) === crc32(String(n)) for every number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double()), (n) => {
        expect(crc32Key(n)).toBe(crc32(String(n)));
      }),
      { numRuns: 1000 },
    );
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
