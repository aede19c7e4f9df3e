// Sharing a moment, in real Chromium: the address bar always holds the scenario, the command log
// and the event index; reloading it restores exactly that state. A malformed link shows a clear
// message and the app still runs the default scenario.
import { expect, test } from './fixtures';
import { button, eventIndex, openApp, pressUntil, server } from './helpers';
import { link, linkedEvent } from './links';

test('reloading the URL restores the same moment, commands included', async ({ page }) => {
  await openApp(page);
  await pressUntil(
    page,
    () => button(page, 'Next change').click(),
    5,
    /^Server 5, LEADING, epoch 1, broadcast/,
    80,
  );
  await button(page, 'Crash server 5').click();
  await expect(server(page, 5)).toHaveAccessibleName(/DOWN/);
  for (let i = 0; i < 5; i++) await button(page, 'Next change').click();
  await expect(page).toHaveURL(/#z=/);
  const at = await eventIndex(page);
  const names = await Promise.all(
    [1, 2, 3, 4, 5].map((sid) => server(page, sid).getAttribute('aria-label')),
  );
  // The address bar follows the state a quarter second later.
  await expect.poll(() => linkedEvent(page.url())).toBe(at);

  await page.reload();
  await expect.poll(() => eventIndex(page)).toBe(at);
  for (let sid = 1; sid <= 5; sid++)
    await expect(server(page, sid)).toHaveAccessibleName(names[sid - 1] ?? '');
  await expect(page.locator('.you').first()).toBeVisible();
});

test('a malformed link shows a message and leaves a working app', async ({ page }) => {
  await page.goto('./#z=this-is-not-a-link');
  await expect(page.getByRole('alert')).toContainText('This link could not be opened');
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, DOWN/);
  await button(page, 'Step').click();
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, LOOKING/);
});

test('a malformed link pasted later leaves the current run untouched', async ({ page }) => {
  await openApp(page);
  for (let i = 0; i < 3; i++) await button(page, 'Step').click();
  await expect.poll(() => eventIndex(page)).toBe(3);
  await page.evaluate(() => {
    window.location.hash = 'z=AAAA';
  });
  await expect(page.getByRole('alert')).toContainText('This link could not be opened');
  expect(await eventIndex(page)).toBe(3);
  await expect(server(page, 3)).toHaveAccessibleName(/^Server 3, LOOKING/);
});

test('a link to an invalid scenario names the field', async ({ page }) => {
  await page.goto(
    link({
      f: 1,
      s: { version: 1, seed: 1, untilMs: 1000, ensemble: { servers: 12 } },
      c: [],
      at: null,
    }),
  );
  await expect(page.getByRole('alert')).toContainText('ensemble.servers');
  await expect(server(page, 1)).toBeVisible();
});

test('export a run and import it back; a broken file changes nothing', async ({ page }) => {
  await openApp(page);
  await pressUntil(
    page,
    () => button(page, 'Next change').click(),
    5,
    /^Server 5, LEADING, epoch 1, broadcast/,
    80,
  );
  await button(page, 'Crash server 5').click();
  await expect(server(page, 5)).toHaveAccessibleName(/DOWN/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    button(page, 'Export').click(),
  ]);
  expect(download.suggestedFilename()).toBe('zabscope-playground-seed42.json');
  const exported = JSON.parse(
    await (
      await download.createReadStream()
    )
      .toArray()
      .then((c) => Buffer.concat(c).toString('utf8')),
  );
  expect(exported.actions.at(-1)).toMatchObject({ do: 'crash', sid: 5 });

  const file = page.getByLabel('Scenario file to import');
  await file.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "version": 1, '),
  });
  await expect(page.getByRole('alert')).toContainText(
    'This file could not be imported: malformed JSON',
  );
  await expect(server(page, 5)).toHaveAccessibleName(/DOWN/);

  await file.setInputFiles({
    name: 'run.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue('');
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, DOWN/);
  await page.getByRole('slider', { name: 'Timeline' }).fill('1000');
  await expect(server(page, 5)).toHaveAccessibleName(/^Server 5, DOWN/);
  await expect(page.getByRole('button', { name: /^Server \d, LEADING, epoch 2/ })).toBeVisible();
});
