// Chapters 6, 7 and 8 of the Learn mode, on the client-side presets (issue 16): each prediction
// is answered through visible controls and checked against what the simulation then did (the
// client's read timeout, the leader that expires a session, the waiter a release wakes, when a
// dead backend leaves), and every step of the three chapters is shown in English and Chinese at
// 1440x900 with nothing overlapping and nothing unreadable (screenshots in /tmp/shots/h-chapters16).
import type { Page } from '@playwright/test';
import { intersections, unreadable } from './audit';
import { expect, test } from './fixtures';
import { button, settled } from './helpers';

const SHOTS = '/tmp/shots/h-chapters16';

async function stepShown(page: Page, n: number, total: number) {
  await expect(page.getByText(`Step ${n} of ${total}`)).toBeVisible();
  await settled(page);
  await expect(page.getByText('Finding the moment…')).toHaveCount(0, { timeout: 60_000 });
}

async function next(page: Page, n: number, total: number) {
  await button(page, 'Next →').click();
  await stepShown(page, n, total);
}

test('chapter 6: the client times out, and the leader, not its server, expires the session', async ({
  page,
}) => {
  await page.goto('./#lesson=6&step=4');
  await stepShown(page, 4, 8);
  await page.getByRole('button', { name: 'After a while without an answer' }).click();
  await next(page, 5, 8);
  await expect(page.getByText('Right: the simulation answered After a while')).toBeVisible();
  await page.getByRole('button', { name: 'Server 2', exact: true }).click();
  await next(page, 6, 8);
  await expect(
    page.getByText('Not this time: you said Server 2, the simulation answered Server 3.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^Server 3, LEADING/ })).toBeVisible();
});

test('chapter 7: the frozen holder loses its lock to the next in line', async ({ page }) => {
  await page.goto('./#lesson=7&step=5');
  await stepShown(page, 5, 11);
  await page.getByRole('button', { name: 'Server 3', exact: true }).click();
  await next(page, 6, 11);
  await expect(page.getByText('Right: the simulation answered Server 3.')).toBeVisible();
  await page.getByRole('button', { name: 'No, ZooKeeper waits for c1' }).click();
  await next(page, 7, 11);
  await expect(
    page.getByText('Not this time: you said No, ZooKeeper waits for c1, the simulation answered'),
  ).toBeVisible();
});

test('chapter 8: a killed backend stays listed until its session expires', async ({ page }) => {
  await page.goto('./#lesson=8&step=3');
  await stepShown(page, 3, 8);
  await page.getByRole('button', { name: 'At once' }).click();
  await next(page, 4, 8);
  await expect(
    page.getByText('Not this time: you said At once, the simulation answered After its session'),
  ).toBeVisible();
});

for (const lang of ['en', 'zh-CN'])
  test(`every step of chapters 6 to 8 at 1440x900 (${lang})`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const [chapter, steps] of [
      [6, 8],
      [7, 11],
      [8, 8],
    ] as const) {
      for (let step = 1; step <= steps; step++) {
        await page.goto(`./?lang=${lang}#lesson=${chapter}&step=${step}`);
        await settled(page);
        await expect(page.getByText(/Finding the moment|正在寻找/)).toHaveCount(0, {
          timeout: 60_000,
        });
        await expect(page.getByLabel(/^(Narration|讲解)$/)).not.toBeEmpty();
        expect(await intersections(page, '.learn-stage', '.learn-panel')).toEqual([]);
        expect(await unreadable(page)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/ch${chapter}-s${step}-${lang}.png` });
      }
    }
  });
