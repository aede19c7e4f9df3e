// Proves, for arbitrary traces of arbitrary UTF-16 records, that the trace hash is a pure function
// of the record sequence, that a JSON checkpoint taken anywhere resumes to the same hash, that two
// traces with the same record lengths but any different content never collide (every step of the
// hash is a bijection of its state, so this must hold exactly), and that moving a record boundary
// changes the hash. fast-check prints the seed of any failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTraceHash, traceHashHex, updateTraceHash, type TraceHash } from './traceHash';

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));
const recordArb = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: anyUnit, maxLength: 12 }),
  fc.json(),
);
const traceArb = fc.array(recordArb, { maxLength: 20 });

function run(records: readonly string[], h: TraceHash = createTraceHash()): string {
  for (const r of records) updateTraceHash(h, r);
  return traceHashHex(h);
}

describe('trace hash properties', () => {
  it('is a pure function of the records and always 16 hex digits', () => {
    fc.assert(
      fc.property(traceArb, (t) => {
        const a = run(t);
        expect(run(t.slice())).toBe(a);
        expect(a).toMatch(/^[0-9a-f]{16}$/);
      }),
      { numRuns: 500 },
    );
  });

  it('a JSON checkpoint taken after any prefix resumes to the same hash', () => {
    fc.assert(
      fc.property(traceArb, fc.nat(), (t, k) => {
        const cut = t.length === 0 ? 0 : k % (t.length + 1);
        const h = createTraceHash();
        for (const r of t.slice(0, cut)) updateTraceHash(h, r);
        const restored = JSON.parse(JSON.stringify(h)) as TraceHash;
        expect(run(t.slice(cut), restored)).toBe(run(t));
      }),
      { numRuns: 500 },
    );
  });

  it('same record lengths, different content: different hash', () => {
    const sameShape = traceArb.chain((t) =>
      fc.tuple(
        fc.constant(t),
        fc.tuple(
          ...t.map((r) =>
            fc.array(anyUnit, { minLength: r.length, maxLength: r.length }).map((u) => u.join('')),
          ),
        ),
      ),
    );
    fc.assert(
      fc.property(sameShape, ([a, b]) => {
        fc.pre(a.join('\u0000') !== b.join('\u0000'));
        expect(run(a)).not.toBe(run(b));
      }),
      { numRuns: 1000 },
    );
  });

  it('one changed code unit changes the hash', () => {
    fc.assert(
      fc.property(
        traceArb,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 0xffff }),
        (t, ri, ci, delta) => {
          fc.pre(t.some((r) => r.length > 0));
          const nonEmpty = t.map((r, i) => [r, i] as const).filter(([r]) => r.length > 0);
          const [rec, idx] = nonEmpty[ri % nonEmpty.length] as readonly [string, number];
          const pos = ci % rec.length;
          const changed = t.slice();
          changed[idx] =
            rec.slice(0, pos) +
            String.fromCharCode(rec.charCodeAt(pos) ^ delta) +
            rec.slice(pos + 1);
          expect(run(changed)).not.toBe(run(t));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('moving a record boundary changes the hash', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: anyUnit, minLength: 2, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (s, i, j) => {
          const a = 1 + (i % (s.length - 1));
          const b = 1 + (j % (s.length - 1));
          fc.pre(a !== b);
          expect(run([s.slice(0, a), s.slice(a)])).not.toBe(run([s.slice(0, b), s.slice(b)]));
          expect(run([s.slice(0, a), s.slice(a)])).not.toBe(run([s]));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reordering two different records changes the hash', () => {
    fc.assert(
      fc.property(traceArb, recordArb, recordArb, (t, x, y) => {
        fc.pre(x !== y);
        expect(run([...t, x, y])).not.toBe(run([...t, y, x]));
      }),
      { numRuns: 500 },
    );
  });
});
