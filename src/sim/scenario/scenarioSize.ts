/**
 * The size bound of a whole scenario (bounds.ts, SCENARIO_CHARS_MAX), checked on the parsed value
 * before anything else: the runner caps the file it reads, and this cap holds for every other way
 * in (an import in the app, a URL, a test), comments included, whatever their nesting. The walk
 * uses its own stack and stops as soon as the count passes the bound, so a huge or deeply nested
 * value costs no more than the bound to refuse.
 */
import { SCENARIO_CHARS_MAX } from './bounds';
import { why, type FieldProblem } from './why';

/** Roughly the length of the value's JSON text (escapes not counted), or more once past `limit`. */
export function jsonCharsAtLeast(value: unknown, limit: number): number {
  let chars = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && chars <= limit) {
    const v = stack.pop();
    if (typeof v === 'string') chars += v.length + 2;
    else if (typeof v === 'number' || typeof v === 'boolean') chars += String(v).length;
    else if (v === null || typeof v !== 'object') chars += 4;
    else if (Array.isArray(v)) {
      chars += 2 + v.length;
      for (let i = 0; i < v.length && chars <= limit; i++) stack.push(v[i]);
    } else {
      for (const key of Object.keys(v)) {
        chars += key.length + 4;
        stack.push((v as Record<string, unknown>)[key]);
        if (chars > limit) break;
      }
      chars += 2;
    }
  }
  return chars;
}

/** The problem when the scenario is larger than the bound, else null. */
export function scenarioSizeProblem(value: unknown): FieldProblem | null {
  if (jsonCharsAtLeast(value, SCENARIO_CHARS_MAX) <= SCENARIO_CHARS_MAX) return null;
  return { path: 'scenario', why: why('tooLarge', { max: SCENARIO_CHARS_MAX }) };
}
