/**
 * Assertions stay on in production (DESIGN.md section 6): a broken assumption in the simulation
 * must stop it loudly instead of teaching something false.
 */
export class SimAssertionError extends Error {
  override name = 'SimAssertionError';
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new SimAssertionError(message);
}

/** Exhaustiveness check for switches over tagged unions. */
export function assertNever(value: never, what = 'value'): never {
  throw new SimAssertionError(`unexpected ${what}: ${JSON.stringify(value)}`);
}
