// The election made visible (issue 16, part 5): each LOOKING server's card says whom it votes
// for and how many back it against the quorum, and the picture draws an arrow per vote for
// another server. Simulated time moves only by Step and the Timeline slider.
import { expect, test } from './fixtures';
import { button, openApp, scrubTo, server } from './helpers';

test('votes are drawn as arrows and tallied against the quorum', async ({ page }) => {
  await openApp(page);
  // The first event: S1 starts and votes for itself, the only vote so far.
  await button(page, 'Step').click();
  await expect(server(page, 1)).toHaveAccessibleName(
    /^Server 1, LOOKING, votes for server 1, backed by 1, a quorum is 3/,
  );

  // 40 ms in, every server proposes S5: four arrows point at it and its card shows a quorum,
  // while finalizeWait still holds every decision back.
  await scrubTo(page, 40);
  await expect(server(page, 5)).toHaveAccessibleName(/backed by 5, a quorum is 3/);
  await expect(server(page, 5).getByText('✓ backed by 5: a quorum')).toBeVisible();
  await expect(page.locator('.votes .vote-arrow')).toHaveCount(4);

  // Once the leader is elected, nobody is LOOKING: no arrow, no tally.
  await scrubTo(page, 1000);
  await expect(server(page, 5)).toHaveAccessibleName(/^Server 5, LEADING/);
  await expect(page.locator('.votes .vote-arrow')).toHaveCount(0);

  // After the leader's crash at 8 s the four others back S4 in round 2.
  await scrubTo(page, 8100);
  await expect(server(page, 4)).toHaveAccessibleName(
    /votes for server 4, backed by 4, a quorum is 3/,
  );
  await expect(page.locator('.votes .vote-arrow')).toHaveCount(3);
});
