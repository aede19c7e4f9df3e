/**
 * Small readers for validating untrusted JSON. Each one either returns a typed value or throws a
 * FieldError naming the field path and why (a code with parameters, why.ts), so the validators
 * read as a list of fields and the first problem stops the whole scenario (SCENARIO.md: nothing
 * runs half-way). The exception never leaves the scenario module: validateScenario turns it into
 * `{ ok: false, error, field }`.
 */
import {
  gotOf,
  gotText,
  why,
  whyText,
  type Expect,
  type FieldScope,
  type OneOfCode,
  type Why,
} from './why';

export class FieldError extends Error {
  constructor(
    readonly path: string,
    /** Why, as data (the message is its English, why.ts): every validator's reason is a code. */
    readonly why: Why,
  ) {
    super(`${path}: ${whyText(why)}`);
  }
}

export function fail(path: string, reason: Why): never {
  throw new FieldError(path, reason);
}

export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

export function at(path: string, index: number): string {
  return `${path}[${index}]`;
}

/**
 * The inverse of `at` for the item of list `list` that `path` lies in: `actions[3].sid` in list
 * `actions` is item 3 with `rest` ".sid". Null when the path is not inside an item of that list.
 * Callers that merge their own items into a list (the worker's commands) re-base an error's path
 * with it, reading the validator's structured path rather than its message.
 */
export function listItemOf(path: string, list: string): { index: number; rest: string } | null {
  const open = `${list}[`;
  if (!path.startsWith(open)) return null;
  const close = path.indexOf(']', open.length);
  const digits = close < 0 ? '' : path.slice(open.length, close);
  if (digits === '' || ![...digits].every((c) => c >= '0' && c <= '9')) return null;
  return { index: Number(digits), rest: path.slice(close + 1) };
}

/** A short, one-line description of a value for "got ..." in messages (why.ts gotOf). */
export function describe(value: unknown): string {
  return gotText(gotOf(value));
}

/** Refuses `value` at `path`: it is not what `expect` says. */
export function failExpected(path: string, expect: Expect, value: unknown): never {
  fail(path, why('expected', { expect, got: gotOf(value) }));
}

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own keys only: a JSON key such as "constructor" must not be found on Object.prototype. */
export function has(obj: Obj, key: string): boolean {
  return Object.hasOwn(obj, key);
}

export function expectObject(value: unknown, path: string): Obj {
  if (!isObject(value)) failExpected(path, { code: 'object' }, value);
  return value;
}

/**
 * Unknown fields are errors everywhere: a misspelt field ("sidd", "tickTime") would otherwise
 * silently do nothing and the learner would trust a run that is not the one they wrote. A key
 * "//" is allowed anywhere as a comment, since JSON has no comments.
 */
export function checkKeys(
  obj: Obj,
  path: string,
  allowed: readonly string[],
  scope: FieldScope | null = null,
): void {
  for (const key of Object.keys(obj)) {
    if (key === '//' || allowed.includes(key)) continue;
    fail(join(path, key), why('unknownField', { scope, allowed: [...allowed] }));
  }
}

export interface IntRange {
  min?: number;
  max?: number;
}

function intExpect(range: IntRange): Expect {
  return { code: 'int', min: range.min ?? null, max: range.max ?? null };
}

export function checkInt(value: unknown, path: string, range: IntRange): number {
  const ok =
    typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    (range.min === undefined || value >= range.min) &&
    (range.max === undefined || value <= range.max);
  if (!ok) failExpected(path, intExpect(range), value);
  return value as number;
}

export function requireInt(obj: Obj, key: string, path: string, range: IntRange): number {
  const p = join(path, key);
  if (!has(obj, key)) fail(p, why('missing', { expect: intExpect(range) }));
  return checkInt(obj[key], p, range);
}

export function optionalInt(
  obj: Obj,
  key: string,
  path: string,
  range: IntRange,
  fallback: number,
): number {
  return has(obj, key) ? checkInt(obj[key], join(path, key), range) : fallback;
}

/** A finite number from `min` to `max`, both inclusive: rates, factors, times of service. */
export interface NumberRange {
  min: number;
  max: number;
}

export function requireNumber(obj: Obj, key: string, path: string, range: NumberRange): number {
  const p = join(path, key);
  const expect: Expect = { code: 'number', min: range.min, max: range.max };
  if (!has(obj, key)) fail(p, why('missing', { expect }));
  const value = obj[key];
  const ok =
    typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max;
  if (!ok) failExpected(p, expect, value);
  return value as number;
}

export function optionalNumber(
  obj: Obj,
  key: string,
  path: string,
  range: NumberRange,
  fallback: number,
): number {
  return has(obj, key) ? requireNumber(obj, key, path, range) : fallback;
}

/** A string of at most `maxChars` UTF-16 code units (JavaScript's length). */
export interface StringRule {
  maxChars: number;
  nonEmpty?: boolean;
}

export function checkString(value: unknown, p: string, rule: StringRule): string {
  if (typeof value !== 'string') failExpected(p, { code: 'string' }, value);
  if (rule.nonEmpty === true && value === '') fail(p, why('notEmpty', {}));
  if (value.length > rule.maxChars)
    fail(p, why('tooLong', { length: value.length, max: rule.maxChars }));
  return value;
}

export function requireString(obj: Obj, key: string, path: string, rule: StringRule): string {
  const p = join(path, key);
  if (!has(obj, key)) fail(p, why('missing', { expect: { code: 'string' } }));
  return checkString(obj[key], p, rule);
}

export function optionalString(
  obj: Obj,
  key: string,
  path: string,
  rule: StringRule,
  fallback: string,
): string {
  return has(obj, key) ? requireString(obj, key, path, rule) : fallback;
}

/** A list of at most `max` items, with the bound in the message. */
export function checkLength<T>(
  items: T[],
  p: string,
  max: number,
  what: 'clients' | 'actions' | 'balancerActions',
): T[] {
  if (items.length > max) fail(p, why('tooMany', { count: items.length, what, max }));
  return items;
}

export function optionalBool(obj: Obj, key: string, path: string, fallback: boolean): boolean {
  if (!has(obj, key)) return fallback;
  const value = obj[key];
  if (typeof value !== 'boolean') failExpected(join(path, key), { code: 'bool' }, value);
  return value;
}

export function requireArray(obj: Obj, key: string, path: string): unknown[] {
  const p = join(path, key);
  if (!has(obj, key)) fail(p, why('missing', { expect: { code: 'list' } }));
  const value = obj[key];
  if (!Array.isArray(value)) failExpected(p, { code: 'list' }, value);
  return value;
}

export function optionalArray(obj: Obj, key: string, path: string): unknown[] {
  return has(obj, key) ? requireArray(obj, key, path) : [];
}

/** One of a fixed set of string ids, with the set in the message. */
export function checkOneOf<T extends string>(
  value: unknown,
  path: string,
  allowed: readonly T[],
  what: OneOfCode,
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(path, why('unknownValue', { what, got: gotOf(value), allowed: [...allowed] }));
  }
  return value as T;
}

/** Indices of `items` ordered by atMs, ties in list order (Array.prototype.sort is stable). */
export function stableOrderByAtMs(items: readonly { atMs: number }[]): number[] {
  return items.map((_, i) => i).sort((a, b) => items[a]!.atMs - items[b]!.atMs);
}

/** The value of a required field, for checkers that take a value rather than a key. */
export function need(obj: Obj, key: string, path: string, expect: Expect): unknown {
  if (!has(obj, key)) fail(join(path, key), why('missing', { expect }));
  return obj[key];
}

/** A `<base>Min`/`<base>Max` pair of integers from 0 to `limit` with min <= max. */
export function msRange(
  obj: Obj,
  path: string,
  base: string,
  defaults: [number, number],
  limit: number,
): [number, number] {
  const minKey = `${base}Min`;
  const maxKey = `${base}Max`;
  const range = { min: 0, max: limit };
  const min = optionalInt(obj, minKey, path, range, defaults[0]);
  const max = optionalInt(obj, maxKey, path, range, defaults[1]);
  // Blame the field the author wrote; the other side may be a default they never saw.
  if (min > max && has(obj, minKey)) {
    const maxIsDefault = !has(obj, maxKey);
    fail(join(path, minKey), why('minAboveMax', { min, maxKey, max, maxIsDefault }));
  }
  if (min > max) fail(join(path, maxKey), why('maxBelowDefaultMin', { max, minKey, min }));
  return [min, max];
}
