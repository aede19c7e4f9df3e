// Proves the kernel's determinism building blocks on concrete examples (DESIGN.md section 4): seeded
// PRNG streams are reproducible, independent and JSON-checkpointable; the event queue pops by
// (timeMs, seq) with ties in insertion order; the chunked list behaves like an array across chunk
// boundaries and its clones share no mutable state; assertions throw SimAssertionError.
import { describe, expect, it } from 'vitest';
import { SimAssertionError, assert, assertNever } from './assert';
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
import {
  clonePrng,
  nextExponential,
  nextFloat,
  nextInt,
  nextUint32,
  prngFor,
  shuffled,
  type Prng,
} from './prng';

const draws = (p: Prng, n: number): number[] => Array.from({ length: n }, () => nextUint32(p));
const range = (n: number, from = 0): number[] => Array.from({ length: n }, (_, i) => from + i);

describe('prng', () => {
  it('same seed and stream give the same sequence', () => {
    expect(draws(prngFor(42, 'net'), 100)).toEqual(draws(prngFor(42, 'net'), 100));
    expect(draws(prngFor(0, ''), 20)).toEqual(draws(prngFor(0, ''), 20));
  });

  it('different streams of one seed differ', () => {
    const names = ['net', 'faults', 'workload', 'lb', 'Net', 'net2', ''];
    const firsts = names.map((n) => draws(prngFor(7, n), 4).join(','));
    expect(new Set(firsts).size).toBe(names.length);
  });

  it('different seeds of one stream differ, including seeds above 2^32 and negative seeds', () => {
    const seeds = [0, 1, 2, 42, 0xffffffff, 0x100000000, 0x100000001, 2 ** 52 + 3, -1, -42];
    const firsts = seeds.map((s) => draws(prngFor(s, 'net'), 4).join(','));
    expect(new Set(firsts).size).toBe(seeds.length);
  });

  it("prngFor(seed, 'net') is unaffected by draws on other streams", () => {
    const reference = draws(prngFor(99, 'net'), 50);
    const faults = prngFor(99, 'faults');
    const lb = prngFor(99, 'lb');
    draws(faults, 1000);
    const net = prngFor(99, 'net');
    draws(lb, 17);
    const interleaved: number[] = [];
    for (let i = 0; i < 50; i++) {
      interleaved.push(nextUint32(net));
      nextFloat(faults);
      nextInt(lb, 0, 9);
    }
    expect(interleaved).toEqual(reference);
  });

  it('nextUint32 returns 32-bit unsigned integers', () => {
    const p = prngFor(5, 'u32');
    for (let i = 0; i < 2000; i++) {
      const x = nextUint32(p);
      expect(Number.isInteger(x)).toBe(true);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(0xffffffff);
    }
  });

  it('nextFloat is in [0, 1)', () => {
    const p = prngFor(11, 'float');
    for (let i = 0; i < 5000; i++) {
      const f = nextFloat(p);
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
    }
  });

  it('nextFloat of the largest uint32 is still below 1', () => {
    // nextFloat = nextUint32 / 2^32, so the maximum is (2^32 - 1) / 2^32.
    expect(0xffffffff / 0x100000000).toBeLessThan(1);
  });

  it('nextInt bounds are inclusive and both ends are reached', () => {
    const p = prngFor(3, 'int');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = nextInt(p, 1, 3);
      expect([1, 2, 3]).toContain(x);
      seen.add(x);
    }
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it('nextInt with negative bounds and a single value', () => {
    const p = prngFor(3, 'neg');
    for (let i = 0; i < 500; i++) {
      const x = nextInt(p, -5, -2);
      expect(x).toBeGreaterThanOrEqual(-5);
      expect(x).toBeLessThanOrEqual(-2);
    }
    expect(nextInt(p, 4, 4)).toBe(4);
  });

  it('nextInt with hi < lo returns lo without drawing', () => {
    const p = prngFor(8, 'x');
    const before = clonePrng(p);
    expect(nextInt(p, 5, 2)).toBe(5);
    expect(nextInt(p, 5, 5)).toBe(5);
    expect(p).toEqual(before);
  });

  it('nextInt is roughly uniform', () => {
    const p = prngFor(1234, 'uniform');
    const counts = [0, 0, 0, 0, 0, 0];
    const n = 60000;
    for (let i = 0; i < n; i++) counts[nextInt(p, 0, 5)]!++;
    for (const c of counts) expect(Math.abs(c - n / 6)).toBeLessThan(n / 6 / 10);
  });

  it('nextExponential is positive with roughly the requested mean', () => {
    const p = prngFor(77, 'exp');
    let sum = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const x = nextExponential(p, 50);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(x)).toBe(true);
      sum += x;
    }
    expect(Math.abs(sum / n - 50)).toBeLessThan(2.5);
  });

  it('shuffled is a deterministic permutation and leaves its input alone', () => {
    const items = range(20);
    const a = shuffled(prngFor(5, 's'), items);
    const b = shuffled(prngFor(5, 's'), items);
    expect(a).toEqual(b);
    expect(a.slice().sort((x, y) => x - y)).toEqual(items);
    expect(items).toEqual(range(20));
    expect(a).not.toEqual(items);
    expect(shuffled(prngFor(5, 's'), [])).toEqual([]);
  });

  it('a clone continues like the original, independently', () => {
    const p = prngFor(21, 'clone');
    draws(p, 10);
    const c = clonePrng(p);
    expect(c).not.toBe(p);
    expect(c.s).not.toBe(p.s);
    const fromOriginal = draws(p, 30);
    const fromClone = draws(c, 30);
    expect(fromClone).toEqual(fromOriginal);
    // Drawing more from one does not move the other.
    draws(p, 5);
    const c2 = clonePrng(c);
    expect(draws(c, 5)).toEqual(draws(c2, 5));
  });

  it('a JSON round trip continues identically', () => {
    const p = prngFor(2024, 'json');
    draws(p, 37);
    const restored = JSON.parse(JSON.stringify(p)) as Prng;
    expect(restored).toEqual(p);
    expect(draws(restored, 100)).toEqual(draws(p, 100));
  });

  it('state is four 32-bit words (plain data)', () => {
    const p = prngFor(1, 'net');
    expect(Object.keys(p)).toEqual(['s']);
    expect(p.s).toHaveLength(4);
    for (const w of p.s) expect(Number.isInteger(w)).toBe(true);
  });
});

interface Ev {
  timeMs: number;
  seq: number;
  id: string;
}

function drain(q: EventQueue<Ev>): string[] {
  const out: string[] = [];
  for (let e = pop(q); e !== undefined; e = pop(q)) out.push(e.id);
  return out;
}

describe('eventQueue', () => {
  it('an empty queue pops and peeks undefined', () => {
    const q = createQueue<Ev>();
    expect(pop(q)).toBeUndefined();
    expect(peek(q)).toBeUndefined();
    expect(size(q)).toBe(0);
  });

  it('pops by time, ties by insertion order', () => {
    const q = createQueue<Ev>();
    push(q, { timeMs: 10, id: 'a' });
    push(q, { timeMs: 5, id: 'b' });
    push(q, { timeMs: 10, id: 'c' });
    push(q, { timeMs: 0, id: 'd' });
    push(q, { timeMs: 5, id: 'e' });
    push(q, { timeMs: 10, id: 'f' });
    expect(size(q)).toBe(6);
    expect(peek(q)?.id).toBe('d');
    expect(drain(q)).toEqual(['d', 'b', 'e', 'a', 'c', 'f']);
    expect(size(q)).toBe(0);
  });

  it('many events at one time pop in insertion order', () => {
    const q = createQueue<Ev>();
    for (let i = 0; i < 200; i++) push(q, { timeMs: 7, id: String(i) });
    expect(drain(q)).toEqual(range(200).map(String));
  });

  it('push assigns increasing seqs that are never reused after pops', () => {
    const q = createQueue<Ev>();
    const a = push(q, { timeMs: 1, id: 'a' });
    const b = push(q, { timeMs: 1, id: 'b' });
    expect([a.seq, b.seq]).toEqual([0, 1]);
    pop(q);
    pop(q);
    const c = push(q, { timeMs: 0, id: 'c' });
    expect(c.seq).toBe(2);
    expect(q.nextSeq).toBe(3);
  });

  it('an event pushed later at the same time as a queued one pops after it', () => {
    const q = createQueue<Ev>();
    push(q, { timeMs: 3, id: 'x' });
    push(q, { timeMs: 1, id: 'y' });
    expect(pop(q)?.id).toBe('y');
    push(q, { timeMs: 3, id: 'z' });
    push(q, { timeMs: 2, id: 'w' });
    expect(drain(q)).toEqual(['w', 'x', 'z']);
  });

  it('peek does not remove', () => {
    const q = createQueue<Ev>();
    push(q, { timeMs: 2, id: 'a' });
    push(q, { timeMs: 1, id: 'b' });
    expect(peek(q)?.id).toBe('b');
    expect(peek(q)?.id).toBe('b');
    expect(size(q)).toBe(2);
  });

  it('a clone pops independently of the original', () => {
    const q = createQueue<Ev>();
    for (const [t, id] of [
      [5, 'a'],
      [1, 'b'],
      [5, 'c'],
      [3, 'd'],
    ] as const)
      push(q, { timeMs: t, id });
    const c = cloneQueue(q);
    expect(drain(q)).toEqual(['b', 'd', 'a', 'c']);
    push(q, { timeMs: 0, id: 'late' });
    expect(size(c)).toBe(4);
    push(c, { timeMs: 4, id: 'e' });
    expect(drain(c)).toEqual(['b', 'd', 'e', 'a', 'c']);
    expect(drain(q)).toEqual(['late']);
  });

  it('a clone continues the seq counter, so clone and original assign the same seqs', () => {
    const q = createQueue<Ev>();
    push(q, { timeMs: 1, id: 'a' });
    const c = cloneQueue(q);
    expect(push(c, { timeMs: 1, id: 'b' }).seq).toBe(push(q, { timeMs: 1, id: 'b' }).seq);
  });

  it('survives a JSON round trip', () => {
    const q = createQueue<Ev>();
    for (let i = 0; i < 50; i++) push(q, { timeMs: (i * 37) % 11, id: `e${i}` });
    for (let i = 0; i < 7; i++) pop(q);
    const r = JSON.parse(JSON.stringify(q)) as EventQueue<Ev>;
    expect(r).toEqual(q);
    push(q, { timeMs: 4, id: 'n' });
    push(r, { timeMs: 4, id: 'n' });
    expect(drain(r)).toEqual(drain(q));
  });
});

/** A list of n numbers 0..n-1. */
const listOf = (n: number): ChunkedList<number> => listFrom(range(n));

describe('chunkedList', () => {
  it('CHUNK is 256', () => {
    expect(CHUNK).toBe(256);
  });

  it('empty list', () => {
    const l = emptyList<number>();
    expect(l).toEqual({ chunks: [], length: 0 });
    expect(at(l, 0)).toBeUndefined();
    expect(lastItem(l)).toBeUndefined();
    expect(toArray(l)).toEqual([]);
    expect(lastIndexWhere(l, () => true)).toBe(-1);
  });

  it.each([1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 3, 5 * CHUNK - 1])(
    'append and at across chunk boundaries (length %d)',
    (n) => {
      const l = listOf(n);
      expect(l.length).toBe(n);
      expect(l.chunks.length).toBe(Math.ceil(n / CHUNK));
      for (const c of l.chunks.slice(0, -1)) expect(c.length).toBe(CHUNK);
      expect(toArray(l)).toEqual(range(n));
      expect(at(l, 0)).toBe(0);
      expect(at(l, n - 1)).toBe(n - 1);
      expect(lastItem(l)).toBe(n - 1);
      expect(at(l, n)).toBeUndefined();
      expect(at(l, -1)).toBeUndefined();
    },
  );

  it.each([
    [2 * CHUNK + 10, 0],
    [2 * CHUNK + 10, 1],
    [2 * CHUNK + 10, CHUNK - 1],
    [2 * CHUNK + 10, CHUNK],
    [2 * CHUNK + 10, CHUNK + 1],
    [2 * CHUNK + 10, 2 * CHUNK],
    [2 * CHUNK + 10, 2 * CHUNK + 9],
    [2 * CHUNK + 10, 2 * CHUNK + 10],
    [2 * CHUNK + 10, 5 * CHUNK],
  ])('truncate(list of %d, %d) then append', (n, keep) => {
    const l = listOf(n);
    truncate(l, keep);
    const kept = Math.min(n, keep);
    expect(l.length).toBe(kept);
    expect(l.chunks.length).toBe(Math.ceil(kept / CHUNK));
    expect(toArray(l)).toEqual(range(kept));
    for (let i = 0; i < CHUNK + 5; i++) append(l, -i);
    expect(toArray(l)).toEqual([...range(kept), ...range(CHUNK + 5).map((i) => -i)]);
  });

  it('truncate copies the chunk it cuts, so a clone sharing it is untouched', () => {
    const l = listOf(3 * CHUNK); // three full chunks, all shared by a clone
    const c = cloneList(l);
    expect(c.chunks[1]).toBe(l.chunks[1]);
    truncate(l, CHUNK + 10);
    append(l, -1);
    expect(toArray(c)).toEqual(range(3 * CHUNK));
    expect(toArray(l)).toEqual([...range(CHUNK + 10), -1]);
  });

  it('setAt replaces one item, copying its chunk', () => {
    const l = listOf(2 * CHUNK + 5);
    const c = cloneList(l);
    const sharedBefore = l.chunks[0];
    setAt(l, 3, 999);
    setAt(l, CHUNK, 1000);
    setAt(l, 2 * CHUNK + 4, 1001);
    expect(at(l, 3)).toBe(999);
    expect(at(l, CHUNK)).toBe(1000);
    expect(lastItem(l)).toBe(1001);
    expect(l.length).toBe(2 * CHUNK + 5);
    expect(l.chunks[0]).not.toBe(sharedBefore);
    expect(toArray(c)).toEqual(range(2 * CHUNK + 5));
  });

  it('a clone shares full chunks and copies the partial last one', () => {
    const l = listOf(CHUNK + 3);
    const c = cloneList(l);
    expect(c.chunks).not.toBe(l.chunks);
    expect(c.chunks[0]).toBe(l.chunks[0]);
    expect(c.chunks[1]).not.toBe(l.chunks[1]);
    append(l, 1);
    append(c, 2);
    expect(lastItem(l)).toBe(1);
    expect(lastItem(c)).toBe(2);
    expect(at(l, CHUNK + 3)).toBe(1);
    expect(at(c, CHUNK + 3)).toBe(2);
  });

  it('appending to a clone whose last chunk is full does not touch the original', () => {
    const l = listOf(CHUNK);
    const c = cloneList(l);
    expect(c.chunks[0]).toBe(l.chunks[0]); // full, so shared
    append(c, -1);
    append(l, -2);
    expect(toArray(l)).toEqual([...range(CHUNK), -2]);
    expect(toArray(c)).toEqual([...range(CHUNK), -1]);
  });

  it('lastIndexWhere finds the last item of a sorted prefix', () => {
    const l = listFrom(range(3 * CHUNK).map((i) => i * 2)); // 0, 2, 4, ...
    expect(lastIndexWhere(l, (x) => x <= 0)).toBe(0);
    expect(lastIndexWhere(l, (x) => x <= 1)).toBe(0);
    expect(lastIndexWhere(l, (x) => x <= 2)).toBe(1);
    expect(lastIndexWhere(l, (x) => x <= 2 * CHUNK)).toBe(CHUNK);
    expect(lastIndexWhere(l, (x) => x < 0)).toBe(-1);
    expect(lastIndexWhere(l, () => true)).toBe(3 * CHUNK - 1);
  });

  it('toArray returns a fresh array and keeps array items whole', () => {
    const l = listFrom([[1, 2], [3]]);
    const a = toArray(l);
    expect(a).toEqual([[1, 2], [3]]);
    a.push([4]);
    expect(l.length).toBe(2);
  });

  it('listFrom does not alias its input', () => {
    const src = range(10);
    const l = listFrom(src);
    src[0] = 99;
    expect(at(l, 0)).toBe(0);
  });

  it('survives a JSON round trip and keeps working', () => {
    const l = listOf(2 * CHUNK + 7);
    setAt(l, 5, -5);
    truncate(l, CHUNK + 100);
    const r = JSON.parse(JSON.stringify(l)) as ChunkedList<number>;
    expect(r).toEqual(l);
    append(r, 1);
    append(l, 1);
    expect(toArray(r)).toEqual(toArray(l));
  });
});

describe('assert', () => {
  it('passes on truthy values', () => {
    expect(() => assert(true, 'x')).not.toThrow();
    expect(() => assert(1, 'x')).not.toThrow();
    expect(() => assert('s', 'x')).not.toThrow();
    expect(() => assert({}, 'x')).not.toThrow();
  });

  it.each([false, 0, '', null, undefined, Number.NaN])('throws SimAssertionError on %j', (v) => {
    expect(() => assert(v, 'broken invariant')).toThrow(SimAssertionError);
    expect(() => assert(v, 'broken invariant')).toThrow('broken invariant');
  });

  it('the error is an Error named SimAssertionError', () => {
    try {
      assert(false, 'msg');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      expect(e).toBeInstanceOf(SimAssertionError);
      expect((e as Error).name).toBe('SimAssertionError');
      expect((e as Error).message).toBe('msg');
    }
  });

  it('narrows its argument', () => {
    const v: string | undefined = 'x' as string | undefined;
    assert(v !== undefined, 'defined');
    expect(v.length).toBe(1);
  });

  it('assertNever throws with the value as JSON and the label', () => {
    expect(() => assertNever({ kind: 'weird' } as never, 'event')).toThrow(SimAssertionError);
    expect(() => assertNever({ kind: 'weird' } as never, 'event')).toThrow(
      'unexpected event: {"kind":"weird"}',
    );
    expect(() => assertNever('x' as never)).toThrow('unexpected value: "x"');
  });
});
