// The consistent-hashing ring as a person uses it: open the comparison, move along the timeline
// until the balancer sees its backends, add a spare from the ring section and move on. The ring grows only once
// ZooKeeper's watch tells the balancer, and the section then says how many keys the change moved:
// about 1/N under consistent hashing, most of them under hash mod N. Removing a backend is
// explained the same way.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { scrubTo } from './helpers';
import { openComparison } from './compareHelpers';

/** The backend count the ring figure's accessible name states. */
async function members(ring: Locator): Promise<number> {
  const name = (await ring.getByTestId('ring-figure').getAttribute('aria-label')) ?? '';
  const m = /of (\d+) backends with 100 virtual nodes each/.exec(name);
  return m ? Number(m[1]) : 0;
}

/** The moved fractions the section states, as numbers (percent). */
async function movedText(ring: Locator): Promise<{ ch: number; mod: number; n: number }> {
  const text = (await ring.getByText(/^Keys moved:/).textContent()) ?? '';
  const m =
    /^Keys moved: consistent hashing ([\d.]+)% · hash mod N ([\d.]+)% · ideal 1\/(\d+) = [\d.]+%$/.exec(
      text,
    );
  expect(m, `unexpected text: ${text}`).not.toBeNull();
  return { ch: Number(m![1]), mod: Number(m![2]), n: Number(m![3]) };
}

/** The simulated time the transport bar shows, in ms. */
async function shownMs(page: Page): Promise<number> {
  return Math.round(parseFloat((await page.getByTestId('time').textContent()) ?? '0') * 1000);
}

test('adding and removing a backend in the ring view shows which keys move', async ({ page }) => {
  await openComparison(page);
  const ring = page.getByRole('region', { name: 'Consistent hashing ring' });
  await expect(ring).toBeVisible();

  // The balancer learns its backends through ZooKeeper; traffic starts once it sees one.
  await scrubTo(page, 3000);
  await expect.poll(() => members(ring)).toBeGreaterThanOrEqual(4);
  const before = await members(ring);
  await expect(ring).toContainText('No membership change since startup');

  const add = ring.getByRole('button', { name: 'Add a backend' });
  await expect(add).toBeEnabled();
  await expect(add).toHaveAccessibleDescription(/^Adds spare b\d+ to every strategy's pool\.$/);
  const spare = /spare (b\d+)/.exec((await ring.getByText(/^Adds spare/).textContent()) ?? '')![1]!;
  await add.click();

  // The ring changes only once the new backend's znode reaches the balancer's watch.
  expect(await members(ring)).toBe(before);
  await scrubTo(page, (await shownMs(page)) + 2000);
  await expect.poll(() => members(ring)).toBe(before + 1);
  await expect(ring).toContainText(`${spare} joined at`);
  const added = await movedText(ring);
  expect(added.n).toBe(before + 1);
  expect(added.ch).toBeGreaterThan(0);
  expect(added.ch).toBeLessThan(added.mod);
  // About 1/N for consistent hashing, most keys for hash mod N.
  expect(added.ch).toBeLessThan((2 * 100) / added.n);
  expect(added.mod).toBeGreaterThan(50);
  await expect(ring.getByText(/^Consistent hashing: \d+ of 120 shown keys moved$/)).toBeVisible();
  await expect(ring.getByText(/^Hash mod N: \d+ of 120 shown keys moved$/)).toBeVisible();

  // Removing is a timeline command too: the ring shrinks when the balancer's watch fires.
  await ring.getByRole('button', { name: 'Remove b3' }).click();
  await scrubTo(page, (await shownMs(page)) + 2000);
  await expect.poll(() => members(ring)).toBe(before);
  await expect(ring).toContainText('b3 left at');
  await expect(ring.getByRole('button', { name: 'Remove b3' })).toHaveCount(0);
  const removed = await movedText(ring);
  expect(removed.n).toBe(before + 1);
  expect(removed.ch).toBeLessThan(removed.mod);
});
