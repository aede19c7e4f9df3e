// Locators a person would use: servers and controls by their accessible names (the contract the
// app's accessibility promises), plus small waits that read what the page says.
import { expect, type Page } from '@playwright/test';

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

/** Opens the app at the default scenario and waits for the first frame (every server DOWN). */
export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, DOWN/);
}

/** Waits until the event index shown differs from `before` (checked every 10 ms). */
export async function waitForEventChange(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (b) => Number(document.querySelector('[data-testid="event"]')?.textContent) !== b,
    before,
    { polling: 10 },
  );
}

/** Presses a control until a server's name matches, checking after each press (at most `max`). */
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
