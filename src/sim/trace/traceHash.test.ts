// Proves on concrete traces that the streaming trace hash is deterministic, depends on record order
// and on record boundaries (["ab","c"] vs ["a","bc"]), prints as 16 lower-case hex digits, and
// that its two-number state survives a JSON checkpoint and continues to the same hash.
import { describe, expect, it } from 'vitest';
import { createTraceHash, traceHashHex, updateTraceHash, type TraceHash } from './traceHash';

function hashOf(records: readonly string[], start: TraceHash = createTraceHash()): string {
  const h = { ...start };
  for (const r of records) updateTraceHash(h, r);
  return traceHashHex(h);
}

const TRACE = [
  '{"t":0,"kind":"start","sid":1}',
  '{"t":0,"kind":"start","sid":2}',
  '{"t":200,"kind":"vote","from":1,"to":2,"zxid":"0x0"}',
  '{"t":412,"kind":"leading","sid":2,"epoch":1}',
];

describe('trace hash', () => {
  it('is deterministic', () => {
    expect(hashOf(TRACE)).toBe(hashOf(TRACE));
    expect(hashOf(['a', 'b'])).toBe(hashOf(['a', 'b']));
  });

  it('starts from a fixed state', () => {
    expect(createTraceHash()).toEqual(createTraceHash());
    expect(createTraceHash()).not.toBe(createTraceHash());
    expect(traceHashHex(createTraceHash())).toBe(traceHashHex(createTraceHash()));
  });

  it('is sensitive to order', () => {
    expect(hashOf(['a', 'b'])).not.toBe(hashOf(['b', 'a']));
    expect(hashOf(TRACE)).not.toBe(hashOf([...TRACE].reverse()));
    expect(hashOf(['ab'])).not.toBe(hashOf(['ba']));
  });

  it('is sensitive to record boundaries', () => {
    expect(hashOf(['ab', 'c'])).not.toBe(hashOf(['a', 'bc']));
    expect(hashOf(['abc'])).not.toBe(hashOf(['ab', 'c']));
    expect(hashOf(['a', 'b', 'c'])).not.toBe(hashOf(['abc']));
    expect(hashOf([TRACE.join('')])).not.toBe(hashOf(TRACE));
  });

  it('counts empty records', () => {
    const all = [
      hashOf([]),
      hashOf(['']),
      hashOf(['', '']),
      hashOf(['a']),
      hashOf(['a', '']),
      hashOf(['', 'a']),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  it('is sensitive to a single code unit anywhere', () => {
    const base = hashOf(TRACE);
    const seen = new Set([base]);
    for (let r = 0; r < TRACE.length; r++) {
      const rec = TRACE[r] as string;
      for (let i = 0; i < rec.length; i++) {
        const changed = [...TRACE];
        changed[r] =
          rec.slice(0, i) + String.fromCharCode(rec.charCodeAt(i) ^ 1) + rec.slice(i + 1);
        seen.add(hashOf(changed));
      }
    }
    const edits = TRACE.reduce((n, r) => n + r.length, 0);
    expect(seen.size).toBe(edits + 1);
  });

  it('distinguishes characters above 0xff and lone surrogates', () => {
    const hs = [
      '\u0100',
      '\u0000',
      '\u00ff',
      '\uffff',
      '\ud800',
      '\udc00',
      '😀',
      'é',
      'e\u0301',
    ].map((s) => hashOf([s]));
    expect(new Set(hs).size).toBe(hs.length);
  });

  it('hex is 16 lower-case hex digits, zero-padded', () => {
    const samples = [[], [''], ['a'], TRACE, ...Array.from({ length: 200 }, (_, i) => [String(i)])];
    for (const s of samples) expect(hashOf(s)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('traceHashHex does not change the state', () => {
    const h = createTraceHash();
    updateTraceHash(h, 'x');
    const before = { ...h };
    traceHashHex(h);
    traceHashHex(h);
    expect(h).toEqual(before);
  });

  it('the state is two 32-bit integers and survives a JSON round trip', () => {
    const h = createTraceHash();
    for (const r of TRACE.slice(0, 2)) updateTraceHash(h, r);
    expect(Object.keys(h).sort()).toEqual(['h1', 'h2']);
    for (const v of [h.h1, h.h2]) {
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(-(2 ** 31));
      expect(v).toBeLessThan(2 ** 32);
    }
    const restored = JSON.parse(JSON.stringify(h)) as TraceHash;
    expect(restored).toEqual(h);
    expect(traceHashHex(restored)).toBe(traceHashHex(h));
    // Resuming from the checkpoint gives the same final hash as the straight run.
    expect(hashOf(TRACE.slice(2), restored)).toBe(hashOf(TRACE));
  });
});
