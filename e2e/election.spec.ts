// A person's first lesson, in real Chromium: step event by event into Fast Leader Election, then
// change by change until server 5 is established as leader of epoch 1; kill it with one click on
// its card and go from change to change while the others elect a new leader in a higher epoch;
// step back to see the old leader again (exact time travel, not an animation); scrub the timeline.
import { expect, test } from './fixtures';
import { button, eventIndex, openApp, pressUntil, scrubTo, server } from './helpers';

test('step through an election, kill the leader, travel back', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ZabScope');
  for (let sid = 1; sid <= 5; sid++) await expect(server(page, sid)).toHaveAccessibleName(/DOWN/);

  // Event by event the servers start and vote; change by change S5 becomes LEADING, then is
  // established in epoch 1.
  const step = button(page, 'Step');
  await step.click();
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, LOOKING, votes for server 1/);
  await pressUntil(page, () => step.click(), 5, /^Server 5, LOOKING/, 20);
  const next = button(page, 'Next change');
  await pressUntil(page, () => next.click(), 5, /^Server 5, LEADING, epoch 1/, 200);
  await expect(page.getByRole('list', { name: /Events/ })).toContainText(
    'S5 is established as leader of epoch 1',
  );
  const established = await eventIndex(page);

  // Kill the leader: one click on its card's power control.
  await button(page, 'Crash server 5').click();
  await expect(server(page, 5)).toHaveAccessibleName(/^Server 5, DOWN/);
  await expect(button(page, 'Restart server 5')).toBeVisible();

  // Change by change until a new leader is established in a higher epoch.
  await pressUntil(page, () => next.click(), 4, /^Server 4, LEADING, epoch 2/, 200);

  // Back to the crash (the log entry seeks there), then one step back: the old leader again.
  await page
    .getByRole('list', { name: /Events/ })
    .getByRole('button', { name: /S5 crashes/ })
    .click();
  await expect(server(page, 5)).toHaveAccessibleName(/^Server 5, DOWN/);
  const crashedAt = await eventIndex(page);
  expect(crashedAt).toBe(established);
  await button(page, 'Step back').click();
  await expect(server(page, 5)).toHaveAccessibleName(/^Server 5, LEADING/);
  expect(await eventIndex(page)).toBe(crashedAt - 1);

  // Scrub: the slider seeks exactly, backwards and forwards.
  await scrubTo(page, 100);
  await expect(server(page, 5)).toHaveAccessibleName(/^Server 5, LOOKING/);
  await scrubTo(page, 5000);
  await expect(server(page, 4)).toHaveAccessibleName(/^Server 4, LEADING, epoch 2/);
  await expect(server(page, 5)).toHaveAccessibleName(/^Server 5, DOWN/);
});
