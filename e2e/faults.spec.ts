// Faults and writes as a person makes them, in real Chromium: draw a partition by clicking
// servers into group B and apply it, heal it, send a client write through a chosen server, and
// freeze a server from the inspector.
import { expect, test } from './fixtures';
import { button, openApp, pressUntil, server } from './helpers';

test('partition, heal, write and freeze', async ({ page }) => {
  await openApp(page);
  await pressUntil(
    page,
    () => button(page, 'Next change').click(),
    5,
    /^Server 5, LEADING, epoch 1, broadcast/,
    80,
  );

  await button(page, 'Partition…').click();
  await server(page, 4).click();
  await server(page, 5).click();
  await button(page, 'Apply partition').click();
  const faults = page.getByRole('toolbar', { name: 'Faults and writes' });
  await expect(faults.getByText('Partitioned: {S1, S2, S3} | {S4, S5}')).toBeVisible();
  await expect(page.getByRole('list', { name: /Events/ })).toContainText(
    'The network is partitioned: {S1, S2, S3} | {S4, S5}.',
  );
  await button(page, 'Heal').click();
  await expect(faults.getByText(/^Partitioned/)).toHaveCount(0);

  await page.getByLabel('Write via').selectOption('2');
  await button(page, 'Send write').click();
  await expect(page.getByRole('list', { name: /Events/ })).toContainText(
    'A client writes /zabscope/w1 = v1 through S2.',
  );

  await server(page, 3).click();
  await button(page, 'Freeze server 3').click();
  await expect(server(page, 3)).toHaveAccessibleName(/frozen/);
  await button(page, 'Unfreeze server 3').click();
  await expect(server(page, 3)).not.toHaveAccessibleName(/frozen/);
});
