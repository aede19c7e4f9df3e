// Locators a person would use: servers and controls by their accessible names (the contract the
// app's accessibility promises), plus small waits that read what the page says. Simulated time is
// moved by controls that land exactly (Step, Next change, the Timeline slider), never by playing
// and hoping: how fast this machine plays must not matter.
import { expect, type Locator, type Page } from '@playwright/test';

/** Long work in the worker (a seek far ahead) may take this long on a loaded machine. */
export const SETTLE_MS = 60_000;

/** A server card: its accessible name starts with "Server <sid>," and holds its state word. */
export function server(page: Page, sid: number) {
  return page.getByRole('button', { name: new RegExp(`^Server ${sid},`) });
}

export function button(page: Page, name: string) {
  return page.getByRole('button', { name, exact: true });
}

/** The event index shown in the transport bar. */
export async function eventIndex(page: Page): Promise<number> {
  return Number(await page.getByTestId('event').textContent());
}

/** Types each value into the spin button of that name inside `region`, and leaves the field. */
export async function fillSpinbuttons(
  region: Locator,
  values: Record<string, string>,
): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const field = region.getByRole('spinbutton', { name });
    await field.fill(value);
    await field.blur();
    await expect(field).toHaveValue(value);
  }
}

/** Opens the app at the default scenario and waits for the first frame (every server DOWN). */
export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, DOWN/);
}

/** Waits until the stage shows the answer to the last request (it is aria-busy until then). */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('main')).not.toHaveAttribute('aria-busy', 'true', {
    timeout: SETTLE_MS,
  });
}

/** Simulated time as the transport bar writes it: "21.000 s". */
export function timeText(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`;
}

/** Moves the Timeline slider to `ms` and waits until the stage shows that exact moment. */
export async function scrubTo(page: Page, ms: number): Promise<void> {
  await page.getByRole('slider', { name: 'Timeline' }).fill(String(ms));
  await expect(page.getByTestId('time')).toHaveText(timeText(ms));
  await settled(page);
}

/** Sets the Speed slider to the step whose value text starts with `rate` ("1×", "0.1×", "Events"). */
export async function setSpeed(page: Page, rate: string): Promise<void> {
  const speed = page.getByRole('slider', { name: 'Speed' });
  const max = Number(await speed.getAttribute('max'));
  for (let i = 0; i <= max; i++) {
    await speed.fill(String(i));
    if ((await speed.getAttribute('aria-valuetext'))?.startsWith(rate)) return;
  }
  throw new Error(`no speed ${rate}`);
}

/** Waits until the event index shown differs from `before`, and the stage has settled. */
export async function waitForEventChange(page: Page, before: number): Promise<void> {
  await expect.poll(() => eventIndex(page), { timeout: SETTLE_MS }).not.toBe(before);
  await settled(page);
}

/** Presses a control (Step, Next change) until a server's name matches (at most `max` presses). */
export async function pressUntil(
  page: Page,
  press: () => Promise<void>,
  sid: number,
  name: RegExp,
  max: number,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    const before = await eventIndex(page);
    await press();
    await waitForEventChange(page, before);
    if (name.test((await server(page, sid).getAttribute('aria-label')) ?? '')) return;
  }
  throw new Error(`server ${sid} never matched ${name} after ${max} presses`);
}
