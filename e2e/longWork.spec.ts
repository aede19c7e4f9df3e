// Work that takes long shows its progress and can be cancelled, as a person meets it: a link to a
// distant moment of a heavy run shows "Opening the run…" and, cancelled, leaves the current run
// as it was; a seek far ahead shows "Computing…" and, cancelled, goes back; a seek that takes a
// while still lands exactly where it was asked to. Links and files bigger than the app opens are
// refused at once with a message that says why.
import { unreadable } from './audit';
import { expect, test } from './fixtures';
import { button, eventIndex, openApp, scrubTo, server, settled, SETTLE_MS } from './helpers';
import { BUDGET_FLOOD, HEAVY_COMPARISON, link, runLink } from './links';

function progress(page: import('@playwright/test').Page) {
  return page.getByRole('group', { name: 'Progress of the computation' });
}

test('a link to a distant moment shows progress; cancelled, the current run stays', async ({
  page,
}) => {
  await openApp(page);
  for (let i = 0; i < 3; i++) await button(page, 'Step').click();
  await expect.poll(() => eventIndex(page)).toBe(3);

  // Pasted into the address bar of this tab: only the hash changes.
  const hash = runLink(HEAVY_COMPARISON, 5e7).replace('./#', '');
  await page.evaluate((h) => (window.location.hash = h), hash);
  const bar = progress(page);
  await expect(bar.getByRole('status')).toHaveText(/^Opening the run… event \d+ of 50000000$/, {
    timeout: SETTLE_MS,
  });
  await expect(bar.getByRole('progressbar')).toBeVisible();
  await bar.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Cancelled/ })).toContainText(
    'Cancelled: that run was not opened. The current run is unchanged.',
  );
  await expect(bar).toHaveCount(0);
  await settled(page);
  expect(await eventIndex(page)).toBe(3);
  await expect(server(page, 3)).toHaveAccessibleName(/^Server 3, LOOKING/);
  // Still a working run: the next step goes on from event 3.
  await button(page, 'Step').click();
  await expect.poll(() => eventIndex(page)).toBe(4);
});

test('a seek far ahead shows progress and can be cancelled; a long seek lands exactly', async ({
  page,
}) => {
  await page.goto(runLink(HEAVY_COMPARISON));
  await expect(page.getByRole('region', { name: 'Strategy: Round robin' })).toBeVisible();
  await settled(page);

  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await timeline.fill('3000000');
  const bar = progress(page);
  await expect(bar.getByRole('status')).toHaveText(/^Computing… [\d.]+ s of 3000\.0 s$/, {
    timeout: SETTLE_MS,
  });
  expect(await unreadable(page)).toEqual([]);
  await bar.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Cancelled/ })).toContainText(
    'Cancelled: back where you were.',
  );
  await settled(page);
  await expect(page.getByTestId('time')).toHaveText('0.000 s');
  expect(await eventIndex(page)).toBe(0);

  // Far enough to take a while here, near enough to wait for: it reaches 12 s exactly.
  await scrubTo(page, 12_000);
  await expect(page.getByTestId('time')).toHaveText('12.000 s');
  await expect(timeline).toHaveAttribute('aria-valuetext', /^12\.000 s, event [1-9]\d*$/);
});

test('a link or a file bigger than the app opens is refused at once, saying why', async ({
  page,
}) => {
  // 40 MB of JSON deflates to some 40 KB of link.
  const padded = link({ f: 1, s: HEAVY_COMPARISON, c: [], at: null, pad: ' '.repeat(4e7) });
  await page.goto(padded);
  await expect(page.getByRole('alert')).toContainText(
    'This link could not be opened: it inflates to more than 2 MB, and ZabScope opens links up to 2 MB.',
  );
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, DOWN/);

  await page.getByLabel('Scenario file to import').setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(3 * 1024 * 1024, ' '),
  });
  await expect(page.getByRole('alert')).toContainText(
    'This file could not be imported: it is 3 MB, and ZabScope imports scenario files up to 2 MB.',
  );
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, DOWN/);
});

test('a run that spends its event budget ends there, and the app says why', async ({ page }) => {
  await page.goto(runLink(BUDGET_FLOOD));
  await expect(page.getByRole('region', { name: 'Strategy: Round robin' })).toBeVisible();
  await settled(page);
  await page.getByRole('slider', { name: 'Timeline' }).fill('60000');
  const ended = page.getByRole('status').filter({ hasText: /^The run stops at/ });
  await expect(ended).toHaveText(
    /^The run stops at (\d+\.\d{3}) s: one run may process at most 500,000 events\./,
    { timeout: SETTLE_MS },
  );
  const at = /at (\d+\.\d{3}) s/.exec((await ended.textContent()) ?? '')?.[1];
  expect(Number(at)).toBeLessThan(60);
  await expect(page.getByTestId('time')).toHaveText(`${at} s`);
  await expect(button(page, 'Play')).toBeDisabled();
});
