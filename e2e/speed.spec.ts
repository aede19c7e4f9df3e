// Each view opens at a speed where something can be followed, and the speed says what it does:
// the load-balancing view at 1x, real time, where pressing Play shows traffic at once and nothing
// is skipped; the ensemble at 0.005x, where a vote can be followed from server to server and
// quiet stretches pass faster, which the speed control says, and says again while it happens.
import { expect, test } from './fixtures';
import { button, openApp, scrubTo } from './helpers';
import { openComparison } from './compareHelpers';

test('the load-balancing view opens at real time and plays at once', async ({ page }) => {
  await openComparison(page);
  const speed = page.getByRole('slider', { name: 'Speed' });
  await expect(speed).toHaveAttribute('aria-valuetext', /^1×, real time/);
  await expect(speed).toHaveAccessibleDescription('nothing skipped');
  await button(page, 'Play').click();
  await expect(page.getByTestId('time')).not.toHaveText('0.000 s');
  await button(page, 'Pause').click();
});

test('the ensemble opens slow enough to follow a vote, and says when it skips', async ({
  page,
}) => {
  await openApp(page);
  const speed = page.getByRole('slider', { name: 'Speed' });
  await expect(speed).toHaveAttribute('aria-valuetext', /^0\.005×, .*quiet stretches at 2×$/);
  await expect(speed).toHaveAccessibleDescription('quiet stretches at 2×');
  // Between two pings nothing is in flight: playing, the clock says it fast-forwards.
  await scrubTo(page, 5200);
  await button(page, 'Play').click();
  await expect(speed).toHaveAccessibleDescription('⏩ fast-forwarding a quiet stretch at 2×');
  await button(page, 'Pause').click();
  await expect(speed).toHaveAccessibleDescription('quiet stretches at 2×');

  // Back from the comparison, the ensemble is slow again.
  await page.getByRole('tab', { name: 'Load balancing' }).click();
  await expect(speed).toHaveAttribute('aria-valuetext', /^1×/);
  await page.getByRole('tab', { name: 'Ensemble' }).click();
  await expect(speed).toHaveAttribute('aria-valuetext', /^0\.005×/);
});
