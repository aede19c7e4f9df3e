// A person's first minute with the wiring check, in real Chromium: the page loads, the worker
// reports running and ticks advance; Pause stops them; Play resumes. The shared fixture fails
// the test on any page or console error.
import { expect, test } from './fixtures';

async function ticks(page: import('@playwright/test').Page): Promise<number> {
  return Number(await page.getByTestId('ticks').textContent());
}

test('runs, pauses and resumes the worker', async ({ page }, testInfo) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ZabScope');
  await expect(page.getByTestId('state')).toHaveText('running');
  await expect.poll(() => ticks(page)).toBeGreaterThan(5);
  await expect(page.getByRole('img', { name: /picked on the latest tick/ })).toHaveCount(1);

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('state')).toHaveText('paused');
  const frozen = await ticks(page);
  await page.waitForTimeout(500); // several tick intervals: nothing may move while paused
  expect(await ticks(page)).toBe(frozen);

  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('state')).toHaveText('running');
  await expect.poll(() => ticks(page)).toBeGreaterThan(frozen);

  await testInfo.attach('app', { body: await page.screenshot(), contentType: 'image/png' });
});

test('speaks Simplified Chinese with ?lang=zh-CN', async ({ page }) => {
  await page.goto('./?lang=zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('state')).toHaveText('运行中');
  await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
});
