// A run with the keyboard only, in real Chromium: arrows step forward and back, Shift+Right jumps
// to the next change, Space plays and pauses (also from the Speed slider, and right after a
// server was crashed from its focused power control, which Enter presses); a skip link goes
// straight to the playback controls; the event log is a single Tab stop whose entries the arrows
// walk; the view tabs are a tablist the arrows move along without stepping the run.
import { expect, test } from './fixtures';
import { button, eventIndex, openApp, server, settled } from './helpers';

/** The accessible name (or text) of the focused element. */
function focusedName(page: import('@playwright/test').Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });
}

test('a whole run with the keyboard only', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => eventIndex(page)).toBe(1);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => eventIndex(page)).toBe(2);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => eventIndex(page)).toBe(1);

  for (let i = 0; i < 60; i++) {
    if (
      /LEADING, epoch 1, broadcast/.test((await server(page, 5).getAttribute('aria-label')) ?? '')
    )
      break;
    const before = await eventIndex(page);
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => eventIndex(page)).toBeGreaterThan(before);
    await settled(page);
  }
  await expect(server(page, 5)).toHaveAccessibleName(/^Server 5, LEADING, epoch 1/);

  await page.keyboard.press('Space');
  await expect(button(page, 'Pause')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(button(page, 'Play')).toBeVisible();

  // Space still plays with the Speed slider focused; its arrows stay the slider's own.
  const speed = page.getByLabel('Speed');
  await speed.focus();
  const value = await speed.inputValue();
  const at = await eventIndex(page);
  await page.keyboard.press('ArrowRight');
  await expect(speed).not.toHaveValue(value);
  expect(await eventIndex(page)).toBe(at);
  await page.keyboard.press('Space');
  await expect(button(page, 'Pause')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(button(page, 'Play')).toBeVisible();

  // Tab to the leader's crash control and press it with Enter.
  await page.locator('body').focus();
  let found = false;
  for (let i = 0; i < 60 && !found; i++) {
    await page.keyboard.press('Tab');
    found = (await focusedName(page)) === 'Crash server 5';
  }
  expect(found).toBe(true);
  await page.keyboard.press('Enter');
  await expect(server(page, 5)).toHaveAccessibleName(/^Server 5, DOWN/);
  await expect(button(page, 'Restart server 5')).toBeFocused();
  // Space is still the play key: it does not restart the server just crashed.
  await page.keyboard.press('Space');
  await expect(button(page, 'Pause')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(button(page, 'Play')).toBeVisible();
  await expect(server(page, 5)).toHaveAccessibleName(/^Server 5, DOWN/);
  await expect(button(page, 'Restart server 5')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(server(page, 5)).toHaveAccessibleName(/^Server 5, LOOKING/);
});

test('a skip link, a one-stop event log and the view tabs', async ({ page }) => {
  await openApp(page);

  // The first Tab stop skips everything to the playback controls.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the playback controls' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(button(page, 'Reset')).toBeFocused();

  for (let i = 0; i < 12; i++) {
    const before = await eventIndex(page);
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => eventIndex(page)).toBeGreaterThan(before);
  }
  await settled(page);

  // The log is one Tab stop: Tab enters it at its newest entry, the next Tab leaves it.
  const log = page.getByRole('list', { name: /^Events/ });
  const entries = log.getByRole('button');
  expect(await entries.count()).toBeGreaterThan(5);
  await page.locator('body').focus();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await log.evaluate((el) => el.contains(document.activeElement))) break;
  }
  await expect(entries.last()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(entries.nth((await entries.count()) - 2)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(entries.first()).toBeFocused();
  const at = await eventIndex(page);
  expect(at).toBeGreaterThan(0); // Home moved within the list, not the run back to its start
  await page.keyboard.press('Tab');
  expect(await log.evaluate((el) => el.contains(document.activeElement))).toBe(false);

  // The views are a tablist: arrows move between the tabs, not through the run.
  const tabs = page.getByRole('tablist', { name: 'Views' });
  const ensemble = tabs.getByRole('tab', { name: 'Ensemble' });
  const balancing = tabs.getByRole('tab', { name: 'Load balancing' });
  await expect(ensemble).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Ensemble' })).toBeVisible();
  await ensemble.focus();
  await page.keyboard.press('ArrowRight');
  await expect(balancing).toBeFocused();
  expect(await eventIndex(page)).toBe(at);
  await page.keyboard.press('Enter');
  await expect(balancing).toHaveAttribute('aria-selected', 'true');
  await expect(
    page
      .getByRole('tabpanel', { name: 'Load balancing' })
      .getByRole('region', { name: 'Strategy: Round robin' }),
  ).toBeVisible();
});
