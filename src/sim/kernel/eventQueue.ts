/**
 * The kernel's event queue: a binary min-heap ordered by (timeMs, seq), where seq is an insertion
 * counter. Ties are broken by insertion order only, never by object identity, so the pop order is
 * a pure function of the pushes (DESIGN.md section 4). The heap is a plain array of plain objects,
 * so the whole queue can be cloned or written as JSON.
 */
export interface Timed {
  timeMs: number;
  seq: number;
}

export interface EventQueue<E extends Timed> {
  heap: E[];
  nextSeq: number;
}

export function createQueue<E extends Timed>(): EventQueue<E> {
  return { heap: [], nextSeq: 0 };
}

function before(a: Timed, b: Timed): boolean {
  return a.timeMs < b.timeMs || (a.timeMs === b.timeMs && a.seq < b.seq);
}

/** Inserts an event; assigns its seq. */
export function push<E extends Timed>(q: EventQueue<E>, event: Omit<E, 'seq'>): E {
  const e = event as E;
  e.seq = q.nextSeq++;
  const h = q.heap;
  h.push(e);
  let i = h.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = h[parent] as E;
    if (!before(e, p)) break;
    h[i] = p;
    i = parent;
  }
  h[i] = e;
  return e;
}

export function peek<E extends Timed>(q: EventQueue<E>): E | undefined {
  return q.heap[0];
}

/** Removes and returns the earliest event. */
export function pop<E extends Timed>(q: EventQueue<E>): E | undefined {
  const h = q.heap;
  const top = h[0];
  if (top === undefined) return undefined;
  const last = h.pop() as E;
  if (h.length > 0) {
    let i = 0;
    const n = h.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && before(h[r] as E, h[l] as E) ? r : l;
      if (!before(h[c] as E, last)) break;
      h[i] = h[c] as E;
      i = c;
    }
    h[i] = last;
  }
  return top;
}

export function size<E extends Timed>(q: EventQueue<E>): number {
  return q.heap.length;
}

/** A deep-enough copy: events are treated as immutable once queued. */
export function cloneQueue<E extends Timed>(q: EventQueue<E>): EventQueue<E> {
  return { heap: q.heap.slice(), nextSeq: q.nextSeq };
}
