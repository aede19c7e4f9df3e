// A run with the keyboard only, in real Chromium: arrows step forward and back, Shift+Right jumps
// to the next change, Space plays and pauses (also from the Speed slider), Tab reaches a server's crash control and Enter
// presses it.
import { expect, test } from './fixtures';
import { button, eventIndex, openApp, server } from './helpers';

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

  // Tab to the leader's crash control and press it.
  let found = false;
  for (let i = 0; i < 80 && !found; i++) {
    await page.keyboard.press('Tab');
    found =
      (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ===
      'Crash server 5';
  }
  expect(found).toBe(true);
  await page.keyboard.press('Enter');
  await expect(server(page, 5)).toHaveAccessibleName(/^Server 5, DOWN/);
  await expect(button(page, 'Restart server 5')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(server(page, 5)).toHaveAccessibleName(/^Server 5, LOOKING/);
});
