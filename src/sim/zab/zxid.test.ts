// Proves that zxids print exactly as ZooKeeper logs them (Long.toHexString of the 64-bit value:
// unpadded hex, "0x0" for the empty log), that parseZxid accepts exactly "0x" plus 1 to 16 hex
// digits, and that comparison, equality and max follow numeric order on (epoch << 32) + counter,
// by checking hand-computed examples at the edges (ZAB.md section 2).
import { describe, expect, it } from 'vitest';
import {
  COUNTER_MAX,
  ZXID_ZERO,
  compareZxid,
  formatZxid,
  makeZxid,
  parseZxid,
  shortZxid,
  zxidEquals,
  zxidMax,
} from './zxid';

describe('formatZxid (Long.toHexString)', () => {
  it.each([
    [0, 0, '0x0'],
    [0, 1, '0x1'],
    [0, 0xabc, '0xabc'],
    [0, COUNTER_MAX, '0xffffffff'],
    [1, 0, '0x100000000'],
    [1, 3, '0x100000003'],
    [1, COUNTER_MAX, '0x1ffffffff'],
    [0x1f, 0, '0x1f00000000'],
    [0x1f, 0x10, '0x1f00000010'],
    [0xabcdef, 0x12345678, '0xabcdef12345678'],
    [0x7fffffff, COUNTER_MAX, '0x7fffffffffffffff'],
    // A negative Java long prints as its 16-digit two's complement, which is the unsigned value.
    [0xffffffff, COUNTER_MAX, '0xffffffffffffffff'],
    [0x80000000, 0, '0x8000000000000000'],
  ])('epoch %d counter %d is %s', (epoch, counter, text) => {
    expect(formatZxid(makeZxid(epoch, counter))).toBe(text);
  });

  it('uses lower-case hex digits and never pads the epoch', () => {
    const s = formatZxid(makeZxid(0xa, 0xbcdef));
    expect(s).toBe('0xa000bcdef');
    expect(s).toBe(s.toLowerCase());
  });

  it('prints ZXID_ZERO as 0x0', () => {
    expect(formatZxid(ZXID_ZERO)).toBe('0x0');
  });
});

describe('parseZxid', () => {
  it.each([
    ['0x0', 0, 0],
    ['0x1', 0, 1],
    ['0xffffffff', 0, COUNTER_MAX],
    ['0x100000000', 1, 0],
    ['0x100000003', 1, 3],
    ['0x1f00000000', 0x1f, 0],
    ['0xffffffffffffffff', 0xffffffff, COUNTER_MAX],
    ['0x8000000000000000', 0x80000000, 0],
    // Leading zeros and upper-case digits are still a valid 64-bit hex number.
    ['0x0000000100000003', 1, 3],
    ['0x0000000000000000', 0, 0],
    ['0xABCDEF12345678', 0xabcdef, 0x12345678],
    ['0xAbC', 0, 0xabc],
  ])('%s is epoch %d counter %d', (text, epoch, counter) => {
    expect(parseZxid(text)).toEqual({ epoch, counter });
  });

  it.each([
    ['', 'empty'],
    ['0x', 'no digits'],
    ['0', 'no 0x prefix'],
    ['100000003', 'no 0x prefix'],
    ['x1', 'no leading 0'],
    ['0X1', 'upper-case X'],
    ['0x10000000000000000', '17 digits'],
    ['0x00000000000000001', '17 digits even with leading zeros'],
    ['0xg', 'non-hex digit'],
    ['0x1g', 'trailing non-hex'],
    ['0x-1', 'sign'],
    ['-0x1', 'sign before prefix'],
    ['0x1.5', 'fraction'],
    [' 0x1', 'leading space'],
    ['0x1 ', 'trailing space'],
    ['0x1\n', 'trailing newline'],
    ['0x 1', 'inner space'],
    ['1:3', 'the short UI form'],
  ])('rejects %j (%s)', (text) => {
    expect(parseZxid(text)).toBeUndefined();
  });

  it('reads what formatZxid writes at the edges', () => {
    for (const [e, c] of [
      [0, 0],
      [0, COUNTER_MAX],
      [1, 0],
      [0xffffffff, 0],
      [0xffffffff, COUNTER_MAX],
    ] as const) {
      expect(parseZxid(formatZxid(makeZxid(e, c)))).toEqual({ epoch: e, counter: c });
    }
  });
});

describe('compareZxid, zxidEquals, zxidMax', () => {
  it('orders by epoch before counter', () => {
    expect(compareZxid(makeZxid(1, COUNTER_MAX), makeZxid(2, 0))).toBeLessThan(0);
    expect(compareZxid(makeZxid(2, 0), makeZxid(1, COUNTER_MAX))).toBeGreaterThan(0);
    expect(compareZxid(makeZxid(3, 5), makeZxid(3, 7))).toBeLessThan(0);
    expect(compareZxid(makeZxid(3, 7), makeZxid(3, 5))).toBeGreaterThan(0);
    expect(compareZxid(makeZxid(3, 7), makeZxid(3, 7))).toBe(0);
  });

  it('has no overflow at the 32-bit extremes', () => {
    expect(compareZxid(makeZxid(0xffffffff, 0), makeZxid(0, COUNTER_MAX))).toBeGreaterThan(0);
    expect(compareZxid(makeZxid(0, 0), makeZxid(0xffffffff, COUNTER_MAX))).toBeLessThan(0);
    expect(compareZxid(makeZxid(0x80000000, 0), makeZxid(0x7fffffff, COUNTER_MAX))).toBeGreaterThan(
      0,
    );
  });

  it('zxidEquals compares both halves', () => {
    expect(zxidEquals(makeZxid(1, 3), makeZxid(1, 3))).toBe(true);
    expect(zxidEquals(makeZxid(1, 3), makeZxid(1, 4))).toBe(false);
    expect(zxidEquals(makeZxid(1, 3), makeZxid(2, 3))).toBe(false);
    expect(zxidEquals(ZXID_ZERO, makeZxid(0, 0))).toBe(true);
  });

  it('zxidMax returns the larger, and the first argument on a tie', () => {
    const a = makeZxid(1, 9);
    const b = makeZxid(2, 0);
    expect(zxidMax(a, b)).toBe(b);
    expect(zxidMax(b, a)).toBe(b);
    const a2 = makeZxid(1, 9);
    expect(zxidMax(a, a2)).toBe(a);
    expect(zxidMax(a2, a)).toBe(a2);
  });
});

describe('constants and the short form', () => {
  it('ZXID_ZERO is frozen (0,0)', () => {
    expect(ZXID_ZERO).toEqual({ epoch: 0, counter: 0 });
    expect(Object.isFrozen(ZXID_ZERO)).toBe(true);
  });

  it('COUNTER_MAX is 0xffffffff (ZOOKEEPER-1277)', () => {
    expect(COUNTER_MAX).toBe(4294967295);
  });

  it('makeZxid returns a fresh plain pair that survives JSON', () => {
    const z = makeZxid(4, 2);
    expect(JSON.parse(JSON.stringify(z))).toEqual(z);
    expect(makeZxid(4, 2)).not.toBe(z);
  });

  it('shortZxid is "epoch:counter" in decimal', () => {
    expect(shortZxid(makeZxid(1, 3))).toBe('1:3');
    expect(shortZxid(ZXID_ZERO)).toBe('0:0');
    expect(shortZxid(makeZxid(31, COUNTER_MAX))).toBe('31:4294967295');
  });
});
