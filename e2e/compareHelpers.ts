// Locators and small reads for the strategy comparison, by the accessible names the view promises
// (issue 7's contract): a panel is the region "Strategy: <name>", a backend the button whose name
// starts with "Backend <id>,", a metric the dd after its dt.
import { expect, type Locator, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** Opens the app and then the comparison, as a person does: through the header's tab. */
export async function openComparison(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('tab', { name: 'Load balancing' }).click();
  await expect(page.getByRole('region', { name: /^Strategy: / }).first()).toBeVisible();
}

export function panel(page: Page, name: string): Locator {
  return page.getByRole('region', { name: `Strategy: ${name}` });
}

export function backend(region: Locator, id: string): Locator {
  return region.getByRole('button', { name: new RegExp(`^Backend ${id},`) });
}

/** A panel's metric as shown ("1197 ms", "0"): p50, p95, p99, dropped, failed. */
export async function metric(region: Locator, name: string): Promise<string> {
  return (
    (await region
      .locator('dt', { hasText: new RegExp(`^${name}$`) })
      .locator('+ dd')
      .textContent()) ?? ''
  );
}

/** The simulated time the transport bar shows, in seconds. */
export async function simSeconds(page: Page): Promise<number> {
  return parseFloat((await page.getByTestId('time').textContent()) ?? '0');
}
