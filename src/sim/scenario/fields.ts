/**
 * Small readers for validating untrusted JSON. Each one either returns a typed value or throws a
 * FieldError naming the field path and why, so the validators read as a list of fields and the
 * first problem stops the whole scenario (SCENARIO.md: nothing runs half-way). The exception
 * never leaves the scenario module: validateScenario turns it into `{ ok: false, error }`.
 */

export class FieldError extends Error {
  constructor(
    readonly path: string,
    readonly why: string,
  ) {
    super(`${path}: ${why}`);
  }
}

export function fail(path: string, why: string): never {
  throw new FieldError(path, why);
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

/** A short, one-line description of a value for "got ..." in messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string': {
      const text = JSON.stringify(value);
      return text.length > 40 ? `${text.slice(0, 37)}..."` : text;
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
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
  if (!isObject(value)) fail(path, `expected an object, got ${describe(value)}`);
  return value;
}

/**
 * Unknown fields are errors everywhere: a misspelt field ("sidd", "tickTime") would otherwise
 * silently do nothing and the learner would trust a run that is not the one they wrote. A key
 * "//" is allowed anywhere as a comment, since JSON has no comments.
 */
export function checkKeys(obj: Obj, path: string, allowed: readonly string[], what = ''): void {
  for (const key of Object.keys(obj)) {
    if (key === '//' || allowed.includes(key)) continue;
    const scope = what === '' ? '' : ` for ${what}`;
    fail(join(path, key), `unknown field${scope} (allowed: ${allowed.join(', ')})`);
  }
}

export interface IntRange {
  min?: number;
  max?: number;
}

function rangeText(range: IntRange): string {
  const { min, max } = range;
  if (min !== undefined && max !== undefined) return `an integer from ${min} to ${max}`;
  if (min !== undefined) return `an integer >= ${min}`;
  if (max !== undefined) return `an integer <= ${max}`;
  return 'an integer';
}

export function checkInt(value: unknown, path: string, range: IntRange): number {
  const ok =
    typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    (range.min === undefined || value >= range.min) &&
    (range.max === undefined || value <= range.max);
  if (!ok) fail(path, `expected ${rangeText(range)}, got ${describe(value)}`);
  return value as number;
}

export function requireInt(obj: Obj, key: string, path: string, range: IntRange): number {
  const p = join(path, key);
  if (!has(obj, key)) fail(p, `missing (${rangeText(range)})`);
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

function numberRangeText(range: NumberRange): string {
  return `a number from ${range.min} to ${range.max}`;
}

export function requireNumber(obj: Obj, key: string, path: string, range: NumberRange): number {
  const p = join(path, key);
  if (!has(obj, key)) fail(p, `missing (${numberRangeText(range)})`);
  const value = obj[key];
  const ok =
    typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max;
  if (!ok) fail(p, `expected ${numberRangeText(range)}, got ${describe(value)}`);
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
  if (typeof value !== 'string') fail(p, `expected a string, got ${describe(value)}`);
  if (rule.nonEmpty === true && value === '') fail(p, 'must not be empty');
  if (value.length > rule.maxChars)
    fail(p, `${value.length} characters, more than the ${rule.maxChars} allowed`);
  return value;
}

export function requireString(obj: Obj, key: string, path: string, rule: StringRule): string {
  const p = join(path, key);
  if (!has(obj, key)) fail(p, 'missing (a string)');
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
export function checkLength<T>(items: T[], p: string, max: number, what: string): T[] {
  if (items.length > max) fail(p, `${items.length} ${what}, more than the ${max} allowed`);
  return items;
}

export function optionalBool(obj: Obj, key: string, path: string, fallback: boolean): boolean {
  if (!has(obj, key)) return fallback;
  const value = obj[key];
  if (typeof value !== 'boolean')
    fail(join(path, key), `expected true or false, got ${describe(value)}`);
  return value;
}

export function requireArray(obj: Obj, key: string, path: string): unknown[] {
  const p = join(path, key);
  if (!has(obj, key)) fail(p, 'missing (a list)');
  const value = obj[key];
  if (!Array.isArray(value)) fail(p, `expected a list, got ${describe(value)}`);
  return value;
}

export function optionalArray(obj: Obj, key: string, path: string): unknown[] {
  return has(obj, key) ? requireArray(obj, key, path) : [];
}

/** One of a fixed set of string ids, with the set in the message. */
export function requireOneOf<T extends string>(
  obj: Obj,
  key: string,
  path: string,
  allowed: readonly T[],
  what: string,
): T {
  const p = join(path, key);
  if (!has(obj, key)) fail(p, `missing (${what}: ${allowed.join(', ')})`);
  return checkOneOf(obj[key], p, allowed, what);
}

export function checkOneOf<T extends string>(
  value: unknown,
  path: string,
  allowed: readonly T[],
  what: string,
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(path, `unknown ${what} ${describe(value)} (known: ${allowed.join(', ')})`);
  }
  return value as T;
}

/** Indices of `items` ordered by atMs, ties in list order (Array.prototype.sort is stable). */
export function stableOrderByAtMs(items: readonly { atMs: number }[]): number[] {
  return items.map((_, i) => i).sort((a, b) => items[a]!.atMs - items[b]!.atMs);
}

/** The value of a required field, for checkers that take a value rather than a key. */
export function need(obj: Obj, key: string, path: string, what: string): unknown {
  if (!has(obj, key)) fail(join(path, key), `missing (${what})`);
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
    const which = has(obj, maxKey) ? '' : ' (the default)';
    fail(join(path, minKey), `${min} is greater than ${maxKey} ${max}${which}`);
  }
  if (min > max) fail(join(path, maxKey), `${max} is less than ${minKey} ${min} (the default)`);
  return [min, max];
}
