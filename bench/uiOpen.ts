/**
 * How every UI bench starts, as a person would: open the app, wait for the first server, and
 * import the bench's scenario through the Import control.
 */
import type { Page } from '@playwright/test';

export async function importScenario(
  page: Page,
  url: string,
  name: string,
  scenario: object,
): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: /^Server 1,/ }).waitFor();
  await page.getByLabel('Scenario file to import').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
}
