/**
 * Seeded pseudo-random numbers as plain data.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Chaotic PRNG): four 32-bit words of
 * state, good statistical quality, trivially cloneable and JSON-safe. One seed is forked into
 * named streams ("net", "faults", "workload", "lb", ...) so that a new draw in one subsystem never
 * shifts the numbers another subsystem sees (DESIGN.md section 4).
 */
export interface Prng {
  /** The four state words; mutated in place by every draw. */
  s: [number, number, number, number];
}

/** splitmix32 step: spreads a 32-bit input over the whole word (used only for seeding). */
function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a over the UTF-16 code units of a stream name. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator for one named stream of one seed. Same (seed, stream), same numbers, everywhere. */
export function prngFor(seed: number, stream: string): Prng {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 0x100000000) >>> 0;
  const n = hashName(stream);
  const a = splitmix32(lo ^ n);
  const b = splitmix32(hi ^ a);
  const c = splitmix32(n ^ b);
  const d = splitmix32(a ^ c ^ 0x5bd1e995);
  const p: Prng = { s: [a, b, c, d] };
  for (let i = 0; i < 12; i++) nextUint32(p); // warm up: the first outputs of sfc32 are weak
  return p;
}

/** The next 32-bit unsigned integer. */
export function nextUint32(p: Prng): number {
  const s = p.s;
  let a = s[0],
    b = s[1],
    c = s[2],
    d = s[3];
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  s[0] = a;
  s[1] = b;
  s[2] = c;
  s[3] = d;
  return t >>> 0;
}

/** A float in [0, 1). */
export function nextFloat(p: Prng): number {
  return nextUint32(p) / 0x100000000;
}

/** An integer in [lo, hi], both inclusive. */
export function nextInt(p: Prng, lo: number, hi: number): number {
  if (hi <= lo) return lo;
  return lo + Math.floor(nextFloat(p) * (hi - lo + 1));
}

/** An exponentially distributed sample with the given mean (inverse transform). */
export function nextExponential(p: Prng, mean: number): number {
  return -mean * Math.log(1 - nextFloat(p));
}

/** A new shuffled copy of the items (Fisher-Yates). */
export function shuffled<T>(p: Prng, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(nextFloat(p) * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/** A copy that evolves independently of the original. */
export function clonePrng(p: Prng): Prng {
  return { s: [p.s[0], p.s[1], p.s[2], p.s[3]] };
}
