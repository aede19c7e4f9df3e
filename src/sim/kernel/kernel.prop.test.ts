// Proves, for random seeds, stream names and operation sequences, that the kernel's data
// structures match simple reference models: PRNG streams are reproducible, independent, in range
// and resumable from a clone or JSON; the event queue pops exactly like a stable sort by timeMs
// (ties in insertion order), clones included; the chunked list behaves like a plain array under
// append/truncate/setAt, and clones taken midway never change when either side is mutated later
// (the structural-sharing guarantee). fast-check prints the seed of any failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHUNK,
  append,
  at,
  cloneList,
  emptyList,
  lastIndexWhere,
  lastItem,
  listFrom,
  setAt,
  toArray,
  truncate,
  type ChunkedList,
} from './chunkedList';
import { cloneQueue, createQueue, peek, pop, push, size, type EventQueue } from './eventQueue';
import { clonePrng, nextFloat, nextInt, nextUint32, prngFor, type Prng } from './prng';

const seedArb = fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.maxSafeNat(), fc.integer());
const streamArb = fc.oneof(
  fc.constantFrom('net', 'faults', 'workload', 'lb'),
  fc.string({ maxLength: 8 }),
);
const draws = (p: Prng, n: number): number[] => Array.from({ length: n }, () => nextUint32(p));

describe('prng properties', () => {
  it('same (seed, stream) gives the same sequence', () => {
    fc.assert(
      fc.property(seedArb, streamArb, (seed, stream) => {
        expect(draws(prngFor(seed, stream), 16)).toEqual(draws(prngFor(seed, stream), 16));
      }),
    );
  });

  it('a stream is unaffected by any interleaving of draws on other streams', () => {
    fc.assert(
      fc.property(
        seedArb,
        fc.uniqueArray(streamArb, { minLength: 2, maxLength: 4 }),
        fc.array(fc.nat(3), { maxLength: 200 }),
        (seed, streams, schedule) => {
          const gens = streams.map((s) => prngFor(seed, s));
          const seen: number[][] = streams.map(() => []);
          for (const k of schedule) {
            const i = k % streams.length;
            (seen[i] as number[]).push(nextUint32(gens[i] as Prng));
          }
          streams.forEach((s, i) => {
            const got = seen[i] as number[];
            expect(got).toEqual(draws(prngFor(seed, s), got.length));
          });
        },
      ),
    );
  });

  it('distinct streams of one seed start differently', () => {
    fc.assert(
      fc.property(seedArb, streamArb, streamArb, (seed, a, b) => {
        fc.pre(a !== b);
        expect(draws(prngFor(seed, a), 3)).not.toEqual(draws(prngFor(seed, b), 3));
      }),
      { numRuns: 500 },
    );
  });

  it('nextInt is an integer in [lo, hi]; nextFloat is in [0, 1)', () => {
    fc.assert(
      fc.property(
        seedArb,
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        (seed, lo, span) => {
          const p = prngFor(seed, 'range');
          for (let i = 0; i < 50; i++) {
            const x = nextInt(p, lo, lo + span);
            expect(Number.isInteger(x)).toBe(true);
            expect(x).toBeGreaterThanOrEqual(lo);
            expect(x).toBeLessThanOrEqual(lo + span);
            const f = nextFloat(p);
            expect(f).toBeGreaterThanOrEqual(0);
            expect(f).toBeLessThan(1);
          }
        },
      ),
    );
  });

  it('a clone or a JSON copy taken after any number of draws continues identically', () => {
    fc.assert(
      fc.property(seedArb, streamArb, fc.nat(300), (seed, stream, before) => {
        const p = prngFor(seed, stream);
        draws(p, before);
        const c = clonePrng(p);
        const j = JSON.parse(JSON.stringify(p)) as Prng;
        const expected = draws(p, 20);
        draws(p, 5); // the original moving on changes neither copy
        expect(draws(c, 20)).toEqual(expected);
        expect(draws(j, 20)).toEqual(expected);
      }),
    );
  });
});

interface Ev {
  timeMs: number;
  seq: number;
  id: number;
}

type QOp = { kind: 'push'; timeMs: number } | { kind: 'pop' } | { kind: 'clone' };

const qOpArb: fc.Arbitrary<QOp> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.integer({ min: 0, max: 8 }).map((timeMs) => ({ kind: 'push' as const, timeMs })),
  },
  { weight: 3, arbitrary: fc.constant({ kind: 'pop' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'clone' as const }) },
);

/** The reference: pending events in insertion order; pop takes the first with the least time. */
function modelPop(model: { timeMs: number; id: number }[]): number | undefined {
  if (model.length === 0) return undefined;
  let best = 0;
  for (let i = 1; i < model.length; i++)
    if ((model[i] as Ev).timeMs < (model[best] as Ev).timeMs) best = i;
  return (model.splice(best, 1)[0] as Ev).id;
}

function drain(q: EventQueue<Ev>): number[] {
  const out: number[] = [];
  for (let e = pop(q); e !== undefined; e = pop(q)) out.push(e.id);
  return out;
}

describe('eventQueue properties', () => {
  it('draining equals a stable sort by timeMs', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), (times) => {
        const q = createQueue<Ev>();
        times.forEach((timeMs, id) => push(q, { timeMs, id }));
        const expected = times
          .map((timeMs, id) => ({ timeMs, id }))
          .sort((a, b) => a.timeMs - b.timeMs)
          .map((e) => e.id);
        expect(drain(q)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('interleaved pushes, pops and clones match the model; clones are unaffected by later ops', () => {
    fc.assert(
      fc.property(fc.array(qOpArb, { maxLength: 300 }), (ops) => {
        const q = createQueue<Ev>();
        const model: { timeMs: number; id: number }[] = [];
        const clones: { q: EventQueue<Ev>; model: { timeMs: number; id: number }[] }[] = [];
        let nextId = 0;
        for (const op of ops) {
          if (op.kind === 'push') {
            const id = nextId++;
            const e = push(q, { timeMs: op.timeMs, id });
            expect(e.seq).toBe(id);
            model.push({ timeMs: op.timeMs, id });
          } else if (op.kind === 'pop') {
            const expected = model.length > 0 ? modelPop(model.slice()) : undefined;
            expect(peek(q)?.id).toBe(expected);
            expect(pop(q)?.id).toBe(modelPop(model));
          } else {
            clones.push({ q: cloneQueue(q), model: model.slice() });
          }
          expect(size(q)).toBe(model.length);
        }
        const expectedRest: number[] = [];
        for (let id = modelPop(model); id !== undefined; id = modelPop(model))
          expectedRest.push(id);
        expect(drain(q)).toEqual(expectedRest);
        for (const c of clones) {
          const rest: number[] = [];
          for (let id = modelPop(c.model); id !== undefined; id = modelPop(c.model)) rest.push(id);
          expect(drain(c.q)).toEqual(rest);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a JSON copy drains like the original', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 100 }),
        fc.nat(50),
        (times, pops) => {
          const q = createQueue<Ev>();
          times.forEach((timeMs, id) => push(q, { timeMs, id }));
          for (let i = 0; i < pops; i++) pop(q);
          const j = JSON.parse(JSON.stringify(q)) as EventQueue<Ev>;
          push(q, { timeMs: 3, id: -1 });
          push(j, { timeMs: 3, id: -1 });
          expect(drain(j)).toEqual(drain(q));
        },
      ),
    );
  });
});

type LOp =
  | { kind: 'append'; v: number }
  | { kind: 'appendMany'; n: number }
  | { kind: 'truncate'; n: number }
  | { kind: 'setAt'; i: number; v: number }
  | { kind: 'clone' }
  | { kind: 'json' }
  | { kind: 'onClone'; which: number; op: Exclude<LOp, { kind: 'clone' | 'onClone' | 'json' }> };

const basicOp = fc.oneof(
  { weight: 4, arbitrary: fc.integer().map((v) => ({ kind: 'append' as const, v })) },
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: 1, max: 2 * CHUNK + 40 })
      .map((n) => ({ kind: 'appendMany' as const, n })),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof(fc.nat(4 * CHUNK), fc.constantFrom(0, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK))
      .map((n) => ({ kind: 'truncate' as const, n })),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.nat(), fc.integer()).map(([i, v]) => ({ kind: 'setAt' as const, i, v })),
  },
);
const lOpArb: fc.Arbitrary<LOp> = fc.oneof(
  { weight: 8, arbitrary: basicOp },
  { weight: 2, arbitrary: fc.constant({ kind: 'clone' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'json' as const }) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.nat(), basicOp)
      .map(([which, op]) => ({ kind: 'onClone' as const, which, op })),
  },
);

let counter = 0;

/** Applies one basic op to the list and to its array model alike (setAt only in range). */
function apply(
  list: ChunkedList<number>,
  model: number[],
  op: Exclude<LOp, { kind: 'clone' | 'onClone' | 'json' }>,
): void {
  switch (op.kind) {
    case 'append':
      append(list, op.v);
      model.push(op.v);
      return;
    case 'appendMany':
      for (let k = 0; k < op.n; k++) {
        const v = counter++;
        append(list, v);
        model.push(v);
      }
      return;
    case 'truncate':
      truncate(list, op.n);
      model.length = Math.min(model.length, op.n);
      return;
    case 'setAt':
      if (model.length === 0) return;
      setAt(list, op.i % model.length, op.v);
      model[op.i % model.length] = op.v;
      return;
  }
}

function checkSame(list: ChunkedList<number>, model: number[]): void {
  expect(list.length).toBe(model.length);
  expect(toArray(list)).toEqual(model);
  expect(lastItem(list)).toBe(model[model.length - 1]);
  expect(list.chunks.length).toBe(Math.ceil(model.length / CHUNK));
  for (const c of list.chunks.slice(0, -1)) expect(c.length).toBe(CHUNK);
}

describe('chunkedList properties', () => {
  it('matches an array model; clones taken midway never change when either side mutates', () => {
    fc.assert(
      fc.property(
        fc.array(lOpArb, { maxLength: 40 }),
        fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
        (ops, probes) => {
          let list = emptyList<number>();
          const model: number[] = [];
          const clones: { list: ChunkedList<number>; model: number[] }[] = [];
          for (const op of ops) {
            if (op.kind === 'clone') {
              clones.push({ list: cloneList(list), model: model.slice() });
            } else if (op.kind === 'json') {
              list = JSON.parse(JSON.stringify(list)) as ChunkedList<number>;
            } else if (op.kind === 'onClone') {
              const c = clones[op.which % Math.max(1, clones.length)];
              if (c) apply(c.list, c.model, op.op);
            } else {
              apply(list, model, op);
            }
            checkSame(list, model);
            for (const p of probes) {
              const i = model.length === 0 ? p % 3 : p % (model.length + 2);
              expect(at(list, i)).toBe(model[i]);
            }
          }
          for (const c of clones) checkSame(c.list, c.model);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a clone of a clone is independent of both', () => {
    fc.assert(
      fc.property(fc.nat(3 * CHUNK), fc.nat(3 * CHUNK), fc.nat(3 * CHUNK), (n, cut1, cut2) => {
        const base = Array.from({ length: n }, (_, i) => i);
        const a = listFrom(base);
        const b = cloneList(a);
        const c = cloneList(b);
        truncate(a, cut1);
        append(a, -1);
        if (b.length > 0) setAt(b, cut2 % b.length, -2);
        append(b, -3);
        truncate(c, cut2);
        const expectA = [...base.slice(0, cut1), -1];
        const expectB = base.slice();
        if (expectB.length > 0) expectB[cut2 % expectB.length] = -2;
        expectB.push(-3);
        checkSame(a, expectA);
        checkSame(b, expectB);
        checkSame(c, base.slice(0, cut2));
      }),
    );
  });

  it("lastIndexWhere equals the model's last index of the true prefix", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 3 * CHUNK }),
        fc.integer({ min: -1, max: 51 }),
        (xs, t) => {
          const sorted = xs.slice().sort((a, b) => a - b);
          const l = listFrom(sorted);
          let expected = -1;
          sorted.forEach((x, i) => {
            if (x <= t) expected = i;
          });
          expect(lastIndexWhere(l, (x) => x <= t)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a JSON round trip is equal and keeps behaving like the original', () => {
    fc.assert(
      fc.property(
        fc.array(basicOp, { maxLength: 15 }),
        fc.array(basicOp, { maxLength: 10 }),
        (before, after) => {
          const list = emptyList<number>();
          const model: number[] = [];
          for (const op of before) apply(list, model, op);
          const restored = JSON.parse(JSON.stringify(list)) as ChunkedList<number>;
          expect(restored).toEqual(list);
          const model2 = model.slice();
          const start = counter;
          for (const op of after) apply(list, model, op);
          counter = start; // appendMany draws the same values for the copy
          for (const op of after) apply(restored, model2, op);
          checkSame(restored, model2);
          expect(toArray(restored)).toEqual(toArray(list));
        },
      ),
    );
  });
});
