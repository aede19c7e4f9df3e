// What the page says fits what it shows: before anything started, the first hint says to press
// Step or Play (every card's button is a green start arrow, not a red power button); with a
// leader, it names the leader the red button kills; a card whose log column shows only its
// newest entries says how many it holds ("log (6)", not "+1"); at the end of the run Play is
// greyed out with a sentence that says why and what to do.
import { expect, test } from './fixtures';
import { button, openApp, pressUntil, scrubTo, server } from './helpers';

test('the first hint fits the ensemble, before and after a leader', async ({ page }) => {
  await openApp(page);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector).toContainText(
    'Every server is DOWN until it starts: press Step to see the first event, or Play.',
  );
  await expect(inspector).not.toContainText('red power button');
  await pressUntil(
    page,
    () => button(page, 'Next change').click(),
    5,
    /^Server 5, LEADING, epoch 1, broadcast/,
    80,
  );
  await expect(inspector).toContainText(
    'To kill the leader, S5, press the red power button on its card.',
  );
});

test('a log column says how many entries it holds', async ({ page }) => {
  await openApp(page);
  await scrubTo(page, 9000);
  const card = page.locator('[data-sid="1"]');
  await expect(card.locator('.log-title')).toHaveText('log (6)');
  await expect(page.locator('.legend')).toContainText('“log (12)”: it holds 12');
});

test('at the end of the run, Play says why it is greyed out', async ({ page }) => {
  await openApp(page);
  await scrubTo(page, 30_000);
  const play = button(page, 'Play');
  await expect(play).toBeDisabled();
  await expect(play).toHaveAccessibleDescription(
    'The run ends at 30.000 s. Step back, move the timeline or Reset to see it again.',
  );
  await expect(page.getByRole('status').filter({ hasText: /^The run ends/ })).toBeVisible();
  await button(page, 'Step back').click();
  await expect(play).toBeEnabled();
  await expect(server(page, 1)).toBeVisible();
});
