/**
 * Assertions stay on in production (DESIGN.md section 6): a broken assumption in the simulation
 * must stop it loudly instead of teaching something false.
 */
export class SimAssertionError extends Error {
  override name = 'SimAssertionError';
}

/**
 * A message that costs something to build (formatted zxids, JSON) is passed as a function, so it
 * is built only when the assertion fails: hot paths such as applyTxn run it millions of times.
 */
export function assert(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new SimAssertionError(typeof message === 'string' ? message : message());
}

/** Exhaustiveness check for switches over tagged unions. */
export function assertNever(value: never, what = 'value'): never {
  throw new SimAssertionError(`unexpected ${what}: ${JSON.stringify(value)}`);
}
