// "Your turn" in chapters 6, 7 and 8 (issue 16), done as a learner does them: select a client
// below the ring, press its button in the client inspector, move simulated time with the Timeline
// slider (never by playing), and read the task's status, which the app computes from the run's
// state (the leader's session tracker, the lock observation, the balancer's member list). Then
// back to the story. In English and, for one task, in Chinese.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { scrubTo, settled } from './helpers';

async function openStep(page: Page, hash: string, n: number, total: number) {
  await page.goto(`./${hash}`);
  await expect(page.getByText(`Step ${n} of ${total}`)).toBeVisible();
  await settled(page);
  await expect(page.getByText('Finding the moment…')).toHaveCount(0, { timeout: 60_000 });
}

function client(page: Page, id: string) {
  return page.getByRole('button', { name: new RegExp(`^Client ${id},`) });
}

function status(page: Page) {
  return page.getByRole('region', { name: /Your turn/ }).getByRole('status');
}

async function backToStory(page: Page) {
  await page.getByRole('button', { name: 'Back to the story' }).click();
  await settled(page);
  await expect(page.getByText('You have changed the run.')).toHaveCount(0);
}

test('chapter 6: freeze client a past its session timeout and its ephemeral znode goes', async ({
  page,
}) => {
  await openStep(page, '#lesson=6&step=3', 3, 8);
  await expect(status(page)).toHaveText(/Not done yet: select a client below the ring/);
  await client(page, 'a').click();
  await page.getByRole('button', { name: 'Freeze (GC pause)' }).click();
  await expect(status(page)).toHaveText(
    /a is silent, but its session lives: the leader expires it in about \d+ s/,
  );
  await scrubTo(page, 9000);
  await expect(status(page)).toHaveText(/^Done! The leader expired session 0x\w+ of a/);
  await backToStory(page);
  await expect(status(page)).toHaveText(/Not done yet: select a client below the ring/);
});

test('chapter 7: a frozen holder and the next waiter both believe they hold the lock', async ({
  page,
}) => {
  await openStep(page, '#lesson=7&step=4', 4, 11);
  await client(page, 'c3').click();
  await page.getByRole('button', { name: 'Freeze (GC pause)' }).click();
  // A waiter frozen is not the holder: the task says who holds the lock.
  await expect(status(page)).toHaveText(/c1 holds the lock now/);
  await backToStory(page);
  await client(page, 'c1').click();
  await page.getByRole('button', { name: 'Freeze (GC pause)' }).click();
  await scrubTo(page, 12000);
  await expect(status(page)).toHaveText(/^Done! c1 and c2 both believe they hold \/locks/);
});

test('chapter 8: a killed instance stays listed until its session expires', async ({ page }) => {
  await openStep(page, '#lesson=8&step=2', 2, 6);
  await client(page, 'i1').click();
  await page.getByRole('button', { name: 'Kill the process' }).click();
  await expect(status(page)).toHaveText(
    /i1 is dead, but its session lives about \d+ s more: its znode stays, and lb sends it requests/,
  );
  await scrubTo(page, 11000);
  await expect(status(page)).toHaveText(/^Done! i1 is gone from the balancer/);
});

test('chapter 6 task in Chinese', async ({ page }) => {
  await page.goto('./?lang=zh-CN#lesson=6&step=3');
  await expect(page.getByText('第 3 步，共 8 步')).toBeVisible();
  await settled(page);
  await expect(page.getByRole('combobox', { name: '场景' })).toContainText('课程第 6 章');
  await page.getByRole('button', { name: /^客户端 a[,，]/ }).click();
  await page.getByRole('button', { name: '冻结（GC 停顿）' }).click();
  await expect(page.getByText(/a 没有任何动静，但它的会话仍然存在/)).toBeVisible();
});
