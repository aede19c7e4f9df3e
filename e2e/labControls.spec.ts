// The comparison's own controls as a person uses them: the traffic and backends form (all
// backends alike), then one backend slowed by clicking it, and least connections' p99 beats round
// robin's on the identical traffic; and the decision log, stepped one event at a time, says in the
// reader's language why each strategy chose its backend; and a spare added beside the membership
// line joins every pool at once, but reaches the balancer only through ZooKeeper.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, scrubTo } from './helpers';
import { metric, openComparison, panel } from './compareHelpers';

async function p99(region: Locator): Promise<number> {
  return parseFloat(await metric(region, 'p99'));
}

/** Moves the comparison along its timeline to `seconds` (exactly, however slow the machine). */
async function goTo(page: Page, seconds: number): Promise<void> {
  await scrubTo(page, seconds * 1000);
}

test('slow one backend: least connections keeps p99 low, round robin does not', async ({
  page,
}) => {
  await openComparison(page);
  await page.getByText('Traffic and backends', { exact: true }).click();
  await page.getByRole('slider', { name: 'Last backend slower by' }).fill('1');
  await button(page, 'Apply and restart').click();
  await expect(page.locator('.lb-settings summary')).toContainText(
    '4 backends at 20 ms per request, all alike',
  );

  const rr = panel(page, 'Round robin');
  const lc = panel(page, 'Least connections');
  await rr.getByRole('button', { name: /^Backend b3,/ }).click();
  await button(page, 'Slow backend b3 down 4×').click();
  await expect(page.getByRole('group', { name: 'Actions on backend b3' })).toContainText(
    '80 ms per request',
  );
  await expect(button(page, 'Backend b3 at normal speed')).toBeVisible();

  await goTo(page, 15);
  const [slowRr, slowLc] = [await p99(rr), await p99(lc)];
  expect(slowLc).toBeLessThan(slowRr);
  // Round robin keeps sending b3 a quarter of the traffic it can serve only a quarter as fast.
  expect(slowRr).toBeGreaterThan(2 * slowLc);
});

test('the decision log says why, in Chinese too, one event at a time', async ({ page }) => {
  await openComparison(page);
  await goTo(page, 2);
  const log = page.getByRole('region', { name: 'Recent decisions' });
  const rows = log.getByRole('row');
  await expect(rows.nth(1)).toContainText(/is next in the rotation \(\d of \d\)/);
  await expect(rows.nth(1)).toContainText(/has the fewest outstanding requests/);

  await page.getByLabel('Language').selectOption('zh-CN');
  const logZh = page.getByRole('region', { name: '最近的决策' });
  const first = async () => (await logZh.getByRole('row').nth(1).textContent()) ?? '';
  const before = await first();
  // Step until the next arrival: a new request takes the top row.
  for (let i = 0; i < 40 && (await first()) === before; i++)
    await page.getByRole('button', { name: '单步', exact: true }).click();
  expect(await first()).not.toBe(before);
  await expect(logZh.getByRole('row').nth(1)).toContainText(/轮到 b\d（第 \d 个，共 \d 个）/);
  await expect(logZh.getByRole('row').nth(1)).toContainText(/的未完成请求最少/);
});

test('add a backend beside the membership: every pool gets it once ZooKeeper says so', async ({
  page,
}) => {
  await openComparison(page);
  await goTo(page, 3);
  const membership = page.getByTestId('membership');
  await expect(membership).toHaveText('Balancer sees /services/api: b1, b2, b3, b4');
  const add = button(page, 'Add backend b5');
  await expect(add).toHaveAccessibleDescription(/registers; the balancer sees it once its watch/);
  await add.click();
  await expect(button(page, 'Add backend b6')).toBeVisible();

  // Both pools hold b5 at once, but no balancer sends it anything before the watch fires.
  const panels = [panel(page, 'Round robin'), panel(page, 'Least connections')];
  for (const region of panels)
    await expect(region.getByRole('button', { name: /^Backend b5,/ })).toHaveAccessibleName(
      /^Backend b5, alive, not registered yet,/,
    );
  await expect(membership).not.toContainText('b5');

  await goTo(page, 5);
  await expect(membership).toHaveText('Balancer sees /services/api: b1, b2, b3, b4, b5');
  for (const region of panels)
    await expect(region.getByRole('button', { name: /^Backend b5,/ })).toHaveAccessibleName(
      /^Backend b5, alive,(?! not registered)/,
    );
  await expect(
    page.getByRole('figure', { name: /^Requests served per backend:/ }),
  ).toHaveAccessibleName(/Round robin: .*b5 [1-9]\d* \(/);
});
