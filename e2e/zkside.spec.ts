// The ZooKeeper side of a backend kill, as a person watches it in the comparison: every backend's
// ephemeral znode under /services/api; after b2's scripted kill at 20 s, its session counting down
// on the leader (lower while playing, higher again after stepping back), then its znode gone, the
// watch fired at the balancer, the balancer's view without b2, and b2's failed requests frozen;
// the timeline's expiry marker goes back to the moment the leader expired the session.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button } from './helpers';
import { openComparison, simSeconds } from './compareHelpers';

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

async function setSpeed(page: Page, rate: string | 'max'): Promise<void> {
  const speed = page.getByLabel('Speed');
  if (rate === 'max') return speed.fill((await speed.getAttribute('max')) ?? '0');
  // The slider's value text names the rate ("1×"); step down from the top until it does.
  await speed.fill((await speed.getAttribute('max')) ?? '0');
  for (let i = 0; i < 12; i++) {
    if ((await speed.getAttribute('aria-valuetext'))?.startsWith(`${rate}×`)) return;
    await speed.press('ArrowLeft');
  }
  throw new Error(`no speed ${rate}`);
}

test('a killed backend: session countdown, znode deleted, watch fired, view updated', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openComparison(page);
  await expect(strip(page)).toBeVisible();
  await setSpeed(page, 'max');
  await button(page, 'Play').click();

  // Registered: every backend's znode, owned by its session.
  for (const id of ['b1', 'b2', 'b3', 'b4'])
    await expect(chip(page, id)).toContainText(/owner 0x[0-9a-f]+/, { timeout: 15_000 });

  await expect.poll(() => simSeconds(page), { timeout: 20_000 }).toBeGreaterThan(10);
  await button(page, 'Pause').click();

  // Just after the kill (scrubbed to 21 s): the box names the countdown, the strip draws it.
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await timeline.fill('21000');
  const rr = page.getByRole('region', { name: 'Strategy: Round robin' });
  await expect(rr.getByRole('button', { name: /^Backend b2,/ })).toHaveAccessibleName(
    /^Backend b2, dead, still registered, session expires in \d+ s,/,
    { timeout: 10_000 },
  );
  await expect(chip(page, 'b2')).toContainText('process dead');
  await expect(chip(page, 'b2')).toContainText(/owner 0x/);
  const first = await secondsLeft(page);
  expect(first).toBeGreaterThan(1);

  // Playing at 1x, the countdown goes down.
  await setSpeed(page, '1');
  await button(page, 'Play').click();
  await expect.poll(() => secondsLeft(page), { timeout: 10_000 }).toBeLessThan(first - 0.3);
  await button(page, 'Pause').click();
  // The last frames of play may still be arriving: read once the countdown holds still.
  await expect
    .poll(async () => {
      const a = await secondsLeft(page);
      await page.waitForTimeout(250);
      return a === (await secondsLeft(page));
    })
    .toBe(true);
  const later = await secondsLeft(page);

  // Stepping back a second counts it back up by that second: it is drawn from the display time.
  const now = Number(await timeline.inputValue());
  await timeline.fill(String(now - 1000));
  await expect.poll(() => secondsLeft(page)).toBeCloseTo(later + 1, 0);

  // Expired: the znode is gone, the watch fired, the balancer's view dropped b2.
  await setSpeed(page, 'max');
  await button(page, 'Play').click();
  await expect(chip(page, 'b2')).toContainText('no znode', { timeout: 30_000 });
  const events = strip(page).getByRole('list', { name: 'Membership events' });
  await expect(events).toContainText('b2 killed');
  await expect(events).toContainText(/expired session 0x[0-9a-f]+ of b2/);
  await expect(events).toContainText('znode b2 deleted');
  await expect(events).toContainText('watch fired', { timeout: 10_000 });
  await expect(events).toContainText('balancer view b1, b3, b4', { timeout: 10_000 });
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
  const at = await simSeconds(page);
  await expect.poll(() => simSeconds(page), { timeout: 20_000 }).toBeGreaterThan(at + 5);
  await button(page, 'Pause').click();
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
