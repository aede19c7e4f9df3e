// A lesson drives the load-balancing lab (issue 16): chapter 8 goes from its story on the ensemble
// to steps shown on the lab, each on the lab's own run at its moment, with the panels the step is
// about kept and the rest dimmed, and the backend it is about selected (its actions shown), as a
// person sees them. The black-hole claim of the narration is read off the panels' failed counts.
// Back to a story step shows the ensemble again. Screenshots go to /tmp/shots/h-learn16.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, settled } from './helpers';

const SHOTS = '/tmp/shots/h-learn16';

async function stepShown(page: Page, n: number, total: number) {
  await expect(page.getByText(`Step ${n} of ${total}`)).toBeVisible({ timeout: 60_000 });
  await settled(page);
  await expect(page.getByText('Finding the moment…')).toHaveCount(0, { timeout: 60_000 });
}

function panel(page: Page, name: string) {
  return page.getByRole('region', { name: `Strategy: ${name}` });
}

/** A strategy panel's metric, as the panel prints it. */
async function metric(page: Page, name: string, label: string): Promise<number> {
  const value = await panel(page, name)
    .locator('.lb-metrics > div', { has: page.locator('dt', { hasText: label }) })
    .locator('dd')
    .textContent();
  return Number(value);
}

function opacity(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => getComputedStyle(el).opacity);
}

test('chapter 8 drives the lab: identical traffic, the black hole, the hash ring', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./#lesson=8&step=5');
  await stepShown(page, 5, 8);
  await expect(page.getByRole('button', { name: /^Server 1,/ })).toBeVisible();

  await button(page, 'Next →').click();
  await stepShown(page, 6, 8);
  await expect(
    page.getByRole('heading', { name: 'Load-balancing strategies side by side' }),
  ).toBeVisible();
  for (const name of ['Round robin', 'Least connections', 'Consistent hashing'])
    await expect(panel(page, name)).toBeVisible();
  await expect(page.getByTestId('time')).toHaveText(/^15\.000 s/);
  // The step is about the strategies and their latencies: those stay, the rest dims.
  expect(await opacity(page, '.learn-stage .lb-main-panels')).toBe('1');
  expect(await opacity(page, '.learn-stage .lb-latency')).toBe('1');
  expect(await opacity(page, '.learn-stage .zk-strip')).toBe('0.45');
  expect(await opacity(page, '.learn-stage .compare-head')).toBe('0.45');
  // The lab scrolls in its box, above the transport bar, with the step's panel in view.
  await expect(page.locator('.learn-stage .lb-main-panels')).toBeInViewport();
  const stage = await page.locator('.learn-stage').boundingBox();
  const bar = await page.getByRole('toolbar', { name: 'Playback' }).boundingBox();
  expect((stage?.y ?? 0) + (stage?.height ?? 0)).toBeLessThanOrEqual(bar?.y ?? 0);
  await page.screenshot({ path: `${SHOTS}/lab-step6-1440-en.png` });

  await button(page, 'Next →').click();
  await stepShown(page, 7, 8);
  await expect(page.getByTestId('time')).toHaveText(/^20\.000 s/);
  // b2, the backend the step is about, is selected: its actions are offered.
  await expect(page.getByRole('group', { name: 'Actions on backend b2' })).toBeVisible();
  await expect(page.getByTestId('membership')).toContainText('b1, b2, b3, b4');

  await button(page, 'Next →').click();
  await stepShown(page, 8, 8);
  await expect(page.getByTestId('membership')).toContainText('b1, b3, b4');
  expect(await opacity(page, '.learn-stage section.ring')).toBe('1');
  await expect(page.locator('.learn-stage section.ring')).toBeInViewport();
  expect(await opacity(page, '.learn-stage .lb-main-panels')).toBe('0.45');
  // The black hole: least connections lost more requests to the dead b2 than round robin did.
  const rr = await metric(page, 'Round robin', 'failed');
  const lc = await metric(page, 'Least connections', 'failed');
  expect(rr).toBeGreaterThan(0);
  expect(lc).toBeGreaterThan(rr);
  await page.screenshot({ path: `${SHOTS}/lab-step8-1440-en.png` });

  // Back to the story: the ensemble and the lesson's own run again.
  await button(page, '← Back').click();
  await stepShown(page, 7, 8);
  await button(page, '← Back').click();
  await button(page, '← Back').click();
  await stepShown(page, 5, 8);
  await expect(page.getByRole('button', { name: /^Server 1,/ })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Load-balancing strategies side by side' }),
  ).toHaveCount(0);
});

test('a lab step at 1024x768: the lab scrolls in its box, the page stays put', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./?lang=zh-CN#lesson=8&step=7');
  await expect(page.getByText('第 7 步，共 8 步')).toBeVisible({ timeout: 60_000 });
  await settled(page);
  await expect(page.getByText(/正在寻找/)).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByRole('region', { name: '策略：最少连接' })).toBeVisible();
  await expect(page.locator('.learn-stage .lb-main-panels')).toBeInViewport();
  // Nothing but the lab's box scrolled: the tabs and the transport bar are where they were.
  await expect(page.getByRole('tablist')).toBeInViewport();
  const scrolled = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.scrollTop > 0 && !el.matches('.learn-stage.learn-lab'))
      .map((el) => el.className),
  );
  expect(scrolled).toEqual([]);
  const stage = await page.locator('.learn-stage').boundingBox();
  const bar = await page.getByRole('toolbar', { name: '播放控制' }).boundingBox();
  expect((stage?.y ?? 0) + (stage?.height ?? 0)).toBeLessThanOrEqual(bar?.y ?? 0);
  await page.screenshot({ path: `${SHOTS}/lab-step7-1024-zh.png` });
});
