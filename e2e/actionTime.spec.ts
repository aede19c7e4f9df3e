// An action happens at the time on screen, exactly: paused between two events (by the Timeline
// slider, or by pausing play), crashing a server leaves the clock where it was, and the event log
// dates the crash at that very time. Before, the action landed at the last event's time and the
// clock jumped back.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, openApp, scrubTo, setSpeed, settled, server } from './helpers';

/** The newest entry of the event log that mentions `text`: its time and text. */
function logEntry(page: Page, text: string) {
  return page
    .getByRole('list', { name: /Events/ })
    .getByRole('button', { name: text })
    .last();
}

/** The time the transport bar shows, once it holds still (the last play frame may be on its way). */
async function stillTime(page: Page): Promise<string> {
  let last = '';
  await expect
    .poll(async () => {
      const now = (await page.getByTestId('time').textContent()) ?? '';
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return last;
}

test('paused between events by the slider, a crash happens at the time shown', async ({ page }) => {
  await openApp(page);
  await scrubTo(page, 6358);
  await expect(server(page, 2)).toHaveAccessibleName(/^Server 2, FOLLOWING/);
  await button(page, 'Crash server 2').click();
  await expect(server(page, 2)).toHaveAccessibleName(/^Server 2, DOWN/);
  await settled(page);
  await expect(page.getByTestId('time')).toHaveText('6.358 s');
  await expect(logEntry(page, 'S2 crashes')).toContainText('6.358');
});

test('paused while playing, a crash happens at the time shown', async ({ page }) => {
  await openApp(page);
  await scrubTo(page, 5000);
  await setSpeed(page, '0.1×');
  await button(page, 'Play').click();
  await expect
    .poll(async () => (await page.getByTestId('time').textContent()) ?? '')
    .not.toBe('5.000 s');
  await button(page, 'Pause').click();
  const shown = await stillTime(page);
  await button(page, 'Crash server 3').click();
  await expect(server(page, 3)).toHaveAccessibleName(/^Server 3, DOWN/);
  await settled(page);
  await expect(page.getByTestId('time')).toHaveText(shown);
  await expect(logEntry(page, 'S3 crashes')).toContainText(shown.replace(' s', ''));
});
