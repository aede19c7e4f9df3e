/**
 * Waiting on observed state, never on a fixed sleep alone: `waitFor` polls a condition until it
 * holds or a generous deadline passes (Java is slow on 2 busy cores), and says what it waited for.
 */
export const POLL_MS = 250;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class WaitTimeout extends Error {
  override name = 'WaitTimeout';
}

/** Polls `condition` (which may throw to abort) until it returns true. */
export async function waitFor(
  what: string,
  timeoutMs: number,
  condition: () => boolean | Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline)
      throw new WaitTimeout(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(POLL_MS);
  }
}
