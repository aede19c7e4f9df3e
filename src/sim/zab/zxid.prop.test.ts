// Proves, for arbitrary epochs and counters in [0, 2^32), that formatZxid agrees with BigInt's
// hex of (epoch << 32) + counter (what Long.toHexString prints), that parseZxid inverts it, and that
// compareZxid / zxidEquals / zxidMax agree with BigInt comparison of the 64-bit value.
// fast-check prints the seed and the shrunk counterexample of any failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareZxid,
  formatZxid,
  makeZxid,
  parseZxid,
  zxidEquals,
  zxidMax,
  type Zxid,
} from './zxid';

const u32 = fc.oneof(
  fc.integer({ min: 0, max: 0xffffffff }),
  fc.constantFrom(0, 1, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff),
);
const zxidArb: fc.Arbitrary<Zxid> = fc.tuple(u32, u32).map(([e, c]) => makeZxid(e, c));
/** Pairs that often share an epoch, so the counter comparison is exercised too. */
const zxidPair = fc.oneof(
  fc.tuple(zxidArb, zxidArb),
  fc.tuple(u32, u32, u32).map(([e, c1, c2]) => [makeZxid(e, c1), makeZxid(e, c2)] as const),
  zxidArb.map((z) => [z, makeZxid(z.epoch, z.counter)] as const),
);

const big = (z: Zxid): bigint => (BigInt(z.epoch) << 32n) + BigInt(z.counter);

describe('zxid properties', () => {
  it('formatZxid is "0x" + BigInt hex of the 64-bit value', () => {
    fc.assert(
      fc.property(zxidArb, (z) => {
        expect(formatZxid(z)).toBe('0x' + big(z).toString(16));
      }),
      { numRuns: 2000 },
    );
  });

  it('parse(format(z)) == z', () => {
    fc.assert(
      fc.property(zxidArb, (z) => {
        expect(parseZxid(formatZxid(z))).toEqual({ epoch: z.epoch, counter: z.counter });
      }),
      { numRuns: 2000 },
    );
  });

  it('parseZxid reads any 1..16-digit hex string as its BigInt value', () => {
    const hexDigit = fc.constantFrom(...'0123456789abcdefABCDEF'.split(''));
    fc.assert(
      fc.property(fc.array(hexDigit, { minLength: 1, maxLength: 16 }), (digits) => {
        const text = '0x' + digits.join('');
        const z = parseZxid(text);
        expect(z).toBeDefined();
        expect(big(z as Zxid)).toBe(BigInt(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('parseZxid rejects anything longer than 16 hex digits', () => {
    const hexDigit = fc.constantFrom(...'0123456789abcdef'.split(''));
    fc.assert(
      fc.property(fc.array(hexDigit, { minLength: 17, maxLength: 40 }), (digits) => {
        expect(parseZxid('0x' + digits.join(''))).toBeUndefined();
      }),
    );
  });

  it('compareZxid has the sign of the BigInt comparison', () => {
    fc.assert(
      fc.property(zxidPair, ([a, b]) => {
        const expected = big(a) < big(b) ? -1 : big(a) > big(b) ? 1 : 0;
        expect(Math.sign(compareZxid(a, b)) + 0).toBe(expected);
        expect(Math.sign(compareZxid(b, a)) + 0).toBe(expected === 0 ? 0 : -expected);
        expect(zxidEquals(a, b)).toBe(expected === 0);
        expect(big(zxidMax(a, b))).toBe(big(a) >= big(b) ? big(a) : big(b));
      }),
      { numRuns: 3000 },
    );
  });

  it('sorting with compareZxid equals sorting the BigInt values', () => {
    fc.assert(
      fc.property(fc.array(zxidArb, { maxLength: 30 }), (zs) => {
        const sorted = zs.slice().sort(compareZxid).map(big);
        const expected = zs.map(big).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
        expect(sorted).toEqual(expected);
      }),
    );
  });
});
