/**
 * Predict, then see (issue 16): a prediction's right answer is read from what the simulation did
 * at the next step's target (a parameter of the matched event, or whether it happened at all),
 * never written in the lesson.
 */
import type { FoundTarget } from '../protocol/lessonTarget';
import type { AnswerSource } from './lesson';

/** A parameter by a dotted name ("reason.code"), or undefined. */
function paramAt(params: Record<string, unknown>, name: string): unknown {
  let value: unknown = params;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * The answer the simulation gave, as a string to compare with an option's value; null when the
 * target was not searched yet or the parameter is missing (the lesson says it cannot tell).
 */
export function answerOf(
  source: AnswerSource,
  found: FoundTarget | null | undefined,
): string | null {
  if (found === undefined) return null;
  if (source.from === 'happens') return found === null ? 'no' : 'yes';
  if (found === null) return null;
  const value = paramAt(found.params, source.name);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}
