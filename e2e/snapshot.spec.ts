// Issue 13 as a person sees it: on the "SNAP-synced server wins" scenario, server 1's log column
// shows the snapshot it got by SNAP (not a copied log), the inspector says which zxid it votes
// with and why, and after the leader's crash server 1, the lower sid, leads epoch 2 because of
// that zxid, which the event log says in words. Time moves only by the Timeline slider.
import { expect, test } from './fixtures';
import { openApp, scrubTo, server } from './helpers';
import { runLink } from './links';

test('a SNAP-synced server shows its snapshot and votes with it', async ({ page }) => {
  await openApp(page);
  await page
    .getByLabel('Scenario', { exact: true })
    .selectOption({ label: 'A SNAP-synced server wins with no write at all' });
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, DOWN/);

  // At 4 s server 1 follows S3 after a SNAP: its column holds the snapshot pill, no txn.
  await scrubTo(page, 4000);
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, FOLLOWING, epoch 1/);
  const pill = server(page, 1).locator('.snapshot-slot + text');
  await expect(pill).toHaveText('1:0');
  await expect(server(page, 1).locator('title')).toHaveText('snapshot 0x100000000');
  await expect(server(page, 1).locator('.txn')).toHaveCount(0);

  await server(page, 1).click();
  const inspector = page.getByRole('region', { name: /Server 1/ });
  await expect(inspector).toContainText('Votes with 0x100000000: the snapshot it got from S3.');
  await expect(inspector).toContainText('0x100000000 the leader’s tree, received by SNAP');
  await server(page, 2).click();
  const second = page.getByRole('region', { name: /Server 2/ });
  await expect(second).toContainText('Votes with 0x0: its snapshot 0x0, loaded when it started.');

  // After the crash of S3 at 6 s, server 1 leads epoch 2 and says why in the event log.
  await scrubTo(page, 8000);
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, LEADING, epoch 2/);
  await expect(server(page, 2)).toHaveAccessibleName(/^Server 2, FOLLOWING, epoch 2/);
  await expect(page.getByRole('list', { name: /Events/ })).toContainText(
    'S1 starts election round 2 and votes for itself with zxid 0x100000000: the snapshot it got from S3.',
  );
  await expect(second).toContainText('0x100000000 the leader’s tree, received by SNAP');
});

test('a committed-log window below ZooKeeper’s 500 is said, in the notices and the inspector', async ({
  page,
}) => {
  const scenario = {
    version: 1,
    seed: 1,
    untilMs: 5000,
    ensemble: { servers: 3, commitLogCount: 20 },
  };
  await openApp(page, runLink(scenario));
  const note = page.getByRole('note').filter({ hasText: 'commitLogCount' });
  await expect(note).toContainText(
    'This scenario keeps only 20 committed txns for DIFF (ensemble.commitLogCount). ZooKeeper never keeps fewer than 500',
  );
  await scrubTo(page, 2000);
  await server(page, 3).click();
  await expect(page.getByRole('region', { name: /Server 3/ })).toContainText(
    '20 txns (this scenario; ZooKeeper keeps at least 500)',
  );
  await note.getByRole('button', { name: 'Dismiss' }).click();
  await expect(note).toHaveCount(0);
});
