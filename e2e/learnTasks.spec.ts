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
  await openStep(page, '#lesson=8&step=2', 2, 8);
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

test('chapter 4: a write logged but never committed, by dropping its PROPOSAL and crashing the leader', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openStep(page, '#lesson=4&step=8', 8, 8);
  await expect(status(page)).toHaveText(/^Not done yet/);
  await expect(page.getByRole('button', { name: /^Server 2, LEADING/ })).toBeVisible();
  // A write through the leader, server 2.
  await page.getByLabel('Write via').selectOption('2');
  await page.getByRole('button', { name: 'Send write', exact: true }).click();
  await settled(page);
  // Step, event by event, until the leader's PROPOSAL to server 1 is in flight.
  const proposal = page.getByRole('button', { name: /^PROPOSAL 0x\w+ from S2 to S1$/ });
  for (let i = 0; i < 40 && (await proposal.count()) === 0; i++) {
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await settled(page);
  }
  await expect(proposal).toBeVisible();
  await proposal.click();
  const popover = page.getByRole('dialog', { name: /^PROPOSAL 0x\w+ from S2 to S1$/ });
  await popover.getByRole('button', { name: 'Drop', exact: true }).click();
  await expect(proposal).toHaveCount(0);
  // Logged by the leader only; ZAB could still commit it (server 1 rejoins and is synced).
  await expect(status(page)).toHaveText(
    /Server 2 logged a write that a quorum can still acknowledge: it may yet commit/,
  );
  await page.getByRole('button', { name: 'Crash server 2' }).first().click();
  await settled(page);
  await expect(status(page)).toHaveText(
    /^Done! Server 2 logged 0x2\w+, but no quorum can acknowledge it: it is not committed/,
  );
  await backToStory(page);
  await expect(status(page)).toHaveText(/^Not done yet/);
});
