// Proves that the event log follows the newest line while the reader is at its bottom and stays
// put once they scroll up to read (issue 15 item 6 moved the follow out of a layout effect that
// read scrollHeight into observers; the behaviour must not change). Time moves by the Timeline
// slider; the reader scrolls with the mouse wheel over the list, as a person does.
import { expect, test } from './fixtures';
import { openApp, scrubTo } from './helpers';

test('the event log follows the newest line at the bottom and stays put when scrolled up', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  const log = page.getByRole('list', { name: /^Events/ });
  const entries = log.getByRole('button');
  await scrubTo(page, 3000);
  // More lines than the panel shows: the first is out of sight, the newest in sight.
  await expect(entries.last()).toBeInViewport({ timeout: 60_000 });
  await expect(entries.first()).not.toBeInViewport();

  // New lines while at the bottom: the newest is shown.
  await scrubTo(page, 5000);
  const atFive = await entries.count();
  await expect(entries.last()).toBeInViewport({ timeout: 60_000 });

  // Scrolled up to read: new lines arrive below, the lines being read stay where they are.
  await log.hover();
  await page.mouse.wheel(0, -100_000);
  await expect(entries.first()).toBeInViewport({ timeout: 60_000 });
  const reading = await entries.first().textContent();
  await scrubTo(page, 8000);
  await expect.poll(() => entries.count(), { timeout: 60_000 }).toBeGreaterThan(atFive);
  await expect(entries.first()).toHaveText(reading ?? '');
  await expect(entries.first()).toBeInViewport();
  await expect(entries.last()).not.toBeInViewport();

  // Back at the bottom: the log follows again.
  await page.mouse.wheel(0, 100_000);
  await expect(entries.last()).toBeInViewport({ timeout: 60_000 });
  const atEight = await entries.count();
  await scrubTo(page, 12000);
  await expect.poll(() => entries.count(), { timeout: 60_000 }).toBeGreaterThan(atEight);
  await expect(entries.last()).toBeInViewport({ timeout: 60_000 });
});
