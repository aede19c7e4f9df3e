// What a reader sees, checked on a laptop (1440x900) and a projector (1024x768), in English and
// Chinese: no text under 12 px or under 4.5:1 contrast, in the ensemble (at time 0 with the first
// votes in flight, mid-run with writes, during a partition) and in the load-balancing view; no two
// message labels on top of each other or on a card; no card under the transport bar; nothing of
// a card's text running into its log column; the comparison's panels and its latency chart
// visible together at 1440x900; in the Plan view, no chart label on another and no card on
// another, with an even ensemble's findings shown.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { intersections, unreadable } from './audit';
import { button, openApp, scrubTo, server, settled } from './helpers';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
];

async function open(page: Page, lang: string) {
  await page.goto(lang === 'en' ? './' : `./?lang=${lang}`);
  await expect(page.locator('[data-sid="1"]')).toBeVisible();
}

/** The Timeline slider in any language (the second slider, after Speed). */
async function moveTo(page: Page, ms: number) {
  await page.getByRole('slider').nth(1).fill(String(ms));
  await settled(page);
}

/** Every message label shown is clear of the others and of every card. */
async function labelsClear(page: Page) {
  expect(await intersections(page, '.msg-label')).toEqual([]);
  expect(await intersections(page, '.msg-label', '.server .card')).toEqual([]);
  expect(await intersections(page, '.drop-label')).toEqual([]);
}

for (const size of SIZES)
  for (const lang of ['en', 'zh-CN'])
    test(`the ensemble at ${size.width}x${size.height} (${lang}) is readable`, async ({ page }) => {
      await page.setViewportSize(size);
      await open(page, lang);
      expect(await unreadable(page)).toEqual([]);
      // Time 0, after the first event: the first votes leave S1.
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('[data-sid="1"] .server-body')).toHaveAttribute(
        'aria-label',
        /LOOKING/,
      );
      await moveTo(page, 3);
      await labelsClear(page);
      expect(await unreadable(page)).toEqual([]);
      // Mid-run: writes being proposed and acknowledged, the leader crashed at 8 s.
      await moveTo(page, 9002);
      await labelsClear(page);
      expect(await unreadable(page)).toEqual([]);
      // No card's text runs into its log column, and no card sits under the transport bar.
      expect(await intersections(page, '.server .card-phase', '.server .log-column')).toEqual([]);
      expect(await intersections(page, '.server .card-main', '.server .log-column')).toEqual([]);
      expect(await intersections(page, '.server .card-badge', '.server .card-state')).toEqual([]);
      expect(await intersections(page, '.transport', '.server')).toEqual([]);
      // A selected server's inspector, and the settings dialog.
      await page.locator('[data-sid="4"] .server-body').click();
      await expect(page.locator('.inspector-actions')).toBeVisible();
      expect(await unreadable(page)).toEqual([]);
      await page.locator('.header-tools button').first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await unreadable(page)).toEqual([]);
    });

test('an observer is named above its card, clear of its state and of other cards', async ({
  page,
}) => {
  await page.setViewportSize(SIZES[1]!);
  await openApp(page);
  await button(page, 'Settings').click();
  await page.getByLabel('Observers', { exact: true }).fill('2');
  await button(page, 'Apply').click();
  await expect(server(page, 7)).toHaveAccessibleName(/^Server 7, DOWN/);
  await scrubTo(page, 3);
  await expect(server(page, 7)).toHaveAccessibleName(/^Server 7, LOOKING/);
  await expect(page.locator('[data-sid="7"] .card-badge')).toHaveText('observer');
  expect(await intersections(page, '.card-badge', '.card-state')).toEqual([]);
  expect(await intersections(page, '.card-badge', '.server .card')).toEqual([]);
  expect(await intersections(page, '.server .card')).toEqual([]);
  await labelsClear(page);
  expect(await unreadable(page)).toEqual([]);
});

test('partition labels and lost messages stay off the cards', async ({ page }) => {
  await page.setViewportSize(SIZES[1]!);
  await openApp(page);
  await scrubTo(page, 2000);
  await button(page, 'Partition…').click();
  await server(page, 4).click();
  await server(page, 5).click();
  await button(page, 'Apply partition').click();
  await scrubTo(page, 2600);
  expect(await intersections(page, '.group-tag', '.server .card')).toEqual([]);
  expect(await intersections(page, '.group-tag')).toEqual([]);
  await labelsClear(page);
  expect(await intersections(page, '.drop-label', '.server .card')).toEqual([]);
  expect(await unreadable(page)).toEqual([]);
});

for (const lang of ['en', 'zh-CN'])
  test(`the load-balancing view at 1440x900 (${lang}) shows panels and chart together`, async ({
    page,
  }) => {
    await page.setViewportSize(SIZES[0]!);
    await open(page, lang);
    await page.getByRole('tab').nth(1).click();
    await expect(page.locator('.lb-panels')).toBeVisible();
    await moveTo(page, 24_000);
    await expect(page.locator('.lb-panel').first()).toBeInViewport();
    await expect(page.locator('.lb-chart').first()).toBeInViewport();
    expect(await unreadable(page)).toEqual([]);
  });

test('the load-balancing view at 1024x768 is readable', async ({ page }) => {
  await page.setViewportSize(SIZES[1]!);
  await open(page, 'en');
  await page.getByRole('tab', { name: 'Load balancing' }).click();
  await scrubTo(page, 24_000);
  expect(await unreadable(page)).toEqual([]);
  expect(await intersections(page, '.transport', '.lb-backend')).toEqual([]);
});

for (const size of SIZES)
  for (const lang of ['en', 'zh-CN'])
    test(`the Plan view at ${size.width}x${size.height} (${lang}) is readable`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(`./?lang=${lang}#plan`);
      await expect(page.locator('.plan-chart svg').nth(1)).toBeVisible();
      // An even ensemble and a short session timeout: findings and warnings are on screen too.
      await page.locator('.plan-input input[type="range"]').first().fill('4');
      await page.locator('.plan-input input[type="number"]').last().fill('3000');
      await expect(page.locator('.plan-findings li')).toHaveCount(3);
      expect(await unreadable(page)).toEqual([]);
      expect(await intersections(page, '.plan-card, .plan-chart, .plan-inputs')).toEqual([]);
      expect(await intersections(page, '.plan-chart-svg text')).toEqual([]);
      expect(await intersections(page, '.plan-input-head label', '.plan-input-value')).toEqual([]);
    });
