// The ZooKeeper side of a backend kill, as a person follows it in the comparison with the
// Timeline slider: every backend's ephemeral znode under /services/api; after b2's scripted kill
// at 20 s, its session counting down on the leader (lower later on, higher again after going
// back), then its znode gone, the watch fired at the balancer, the balancer's view without b2, and
// b2's failed requests frozen; the timeline's expiry marker goes back to the moment the leader
// expired the session.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { scrubTo } from './helpers';
import { openComparison } from './compareHelpers';

const COUNTDOWN = /session 0x[0-9a-f]+ expires in (\d+\.\d) s/;

function strip(page: Page): Locator {
  return page.getByRole('region', { name: 'ZooKeeper side of /services/api' });
}

function chip(page: Page, id: string): Locator {
  return strip(page)
    .getByRole('list', { name: 'Children of /services/api' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${id}`) });
}

async function secondsLeft(page: Page): Promise<number> {
  const text = (await strip(page).getByText(COUNTDOWN).textContent()) ?? '';
  return parseFloat(COUNTDOWN.exec(text)?.[1] ?? 'NaN');
}

test('a killed backend: session countdown, znode deleted, watch fired, view updated', async ({
  page,
}) => {
  await openComparison(page);
  await expect(strip(page)).toBeVisible();

  // Registered: every backend's znode, owned by its session.
  await scrubTo(page, 10_000);
  for (const id of ['b1', 'b2', 'b3', 'b4'])
    await expect(chip(page, id)).toContainText(/owner 0x[0-9a-f]+/);

  // Just after the kill: the box names the countdown, the strip draws it.
  await scrubTo(page, 21_000);
  const rr = page.getByRole('region', { name: 'Strategy: Round robin' });
  await expect(rr.getByRole('button', { name: /^Backend b2,/ })).toHaveAccessibleName(
    /^Backend b2, dead, still registered, session expires in \d+ s,/,
  );
  await expect(chip(page, 'b2')).toContainText('process dead');
  await expect(chip(page, 'b2')).toContainText(/owner 0x/);
  const first = await secondsLeft(page);
  expect(first).toBeGreaterThan(1.5);

  // Later, the countdown is lower by the time that passed; going back a second counts it back
  // up by that second: it is drawn from the display time.
  await scrubTo(page, 22_500);
  await expect.poll(() => secondsLeft(page)).toBeCloseTo(first - 1.5, 0);
  await scrubTo(page, 21_500);
  await expect.poll(() => secondsLeft(page)).toBeCloseTo(first - 0.5, 0);

  // Expired: the znode is gone, the watch fired, the balancer's view dropped b2.
  await scrubTo(page, 32_000);
  await expect(chip(page, 'b2')).toContainText('no znode');
  const events = strip(page).getByRole('list', { name: 'Membership events' });
  await expect(events).toContainText('b2 killed');
  await expect(events).toContainText(/expired session 0x[0-9a-f]+ of b2/);
  await expect(events).toContainText('znode b2 deleted');
  await expect(events).toContainText('watch fired');
  await expect(events).toContainText('balancer view b1, b3, b4');
  await expect(page.getByTestId('membership')).not.toContainText('b2');
  await expect(strip(page)).toContainText(/session 0x[0-9a-f]+ expired; znode deleted/);

  // b2's failed requests stop growing once the balancer no longer sees it.
  const failed = strip(page).getByText(/^failed on b2:/);
  const frozen = await failed.textContent();
  expect(frozen).toMatch(/Round robin [1-9]\d* · Least connections \d+/);
  // Least connections failed far more there: the strip says why.
  await expect(strip(page)).toContainText(
    'Least connections sends b2 the most: a dead backend fails at once, so it always looks idle',
  );
  await scrubTo(page, 40_000);
  await expect(failed).toHaveText(frozen ?? '');

  // The timeline marks the expiry, named after b2; choosing it goes back to that event, when the
  // leader has expired the session but closeSession has not committed: the znode is still there.
  const expiry = page.getByRole('button', {
    name: /^backend b2's session expires at S\d \((\d+\.\d{3}) s\)$/,
  });
  const expiredAt = /\((\d+\.\d{3}) s\)$/.exec((await expiry.getAttribute('aria-label')) ?? '')![1];
  await expiry.click();
  await expect(page.getByTestId('time')).toHaveText(`${expiredAt} s`);
  await expect(chip(page, 'b2')).toContainText(/owner 0x/);
});
