// The Settings dialog as a person uses it: every field changed at once (a run length of 30.5 s
// included, which the browser's step rule used to refuse) and applied; the reloaded run has
// them all, the dialog shows them again, the scenario menu says whose settings these are, and
// the playground's script was dropped because the person unticked it. A value out of its bounds
// is named with the bounds, and nothing is applied.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, openApp, server } from './helpers';

const VALUES: [string, string][] = [
  ['Seed', '7'],
  ['Voting servers', '7'],
  ['Observers', '1'],
  ['tickTime (ms)', '1000'],
  ['initLimit (ticks)', '5'],
  ['syncLimit (ticks)', '3'],
  ['Network delay min (ms)', '2'],
  ['Network delay max (ms)', '8'],
  ['Run length (s)', '30.5'],
];

async function openSettings(page: Page) {
  await button(page, 'Settings').click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('change every setting and apply', async ({ page }) => {
  await openApp(page);
  await expect(
    page.getByRole('button', { name: 'scripted: the leader crashes (8.000 s)' }),
  ).toBeVisible();
  const dialog = await openSettings(page);
  await expect(dialog.getByText('3 to 9', { exact: true })).toBeVisible();
  for (const [label, value] of VALUES) await dialog.getByLabel(label, { exact: true }).fill(value);
  const keep = dialog.getByRole('checkbox', { name: "Keep the scenario's scripted actions" });
  await expect(keep).toBeChecked();
  await expect(keep).toHaveAccessibleDescription(
    /client writes · the leader crashes \(8\.000 s\) · S5 restarts \(14\.000 s\)$/,
  );
  await keep.uncheck();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();

  // Seven voters and one observer, sids 1 to 8.
  await expect(server(page, 8)).toHaveAccessibleName(/^Server 8, DOWN/);
  await expect(page.getByRole('button', { name: /^Server \d, / })).toHaveCount(8);
  await expect(page.getByLabel('Scenario', { exact: true }).locator('option:checked')).toHaveText(
    'Your settings on: Playground: writes, a leader crash and a restart',
  );
  // The script is gone: no scripted crash on the timeline; the run is 30.5 s long.
  await expect(page.getByRole('button', { name: /^scripted: / })).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveAttribute('max', '30500');

  const again = await openSettings(page);
  for (const [label, value] of VALUES)
    await expect(again.getByLabel(label, { exact: true })).toHaveValue(value);
  await expect(again.getByText('This scenario has no scripted actions.')).toBeVisible();
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(again).toBeHidden();
});

test('a value out of bounds is named with its bounds, and nothing changes', async ({ page }) => {
  await openApp(page);
  const dialog = await openSettings(page);
  const length = dialog.getByLabel('Run length (s)', { exact: true });
  await length.fill('0.5');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Run length (s): expected a number from 1 to 3600.',
  );
  await expect(length).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Voting servers', { exact: true }).fill('12');
  await length.fill('30');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Voting servers: expected a number from 3 to 9.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: /^Server \d, / })).toHaveCount(5);
});
