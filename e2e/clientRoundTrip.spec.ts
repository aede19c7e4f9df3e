// Proves the round trip of client actions (issue 15, items 4 and 6): a person releases a held lock,
// gives up waiting, takes the lock again and creates a znode, all by click; the exported file,
// run by the CLI (`npm run sim`), ends in the same client states and the same data tree as the app
// at the end of the run; reloading the URL shows the same moment again; and scrubbing back to the
// moment of the clicks shows the tree as it was then. Time moves by the Timeline slider only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, eventIndex, openApp, scrubTo, settled } from './helpers';
import { linkedEvent } from './links';

const client = (page: Page, id: string) =>
  page.getByRole('button', { name: new RegExp(`^Client ${id},`) });

/** Each client's state word, read from its accessible name ("Client c2, CONNECTED to S3, ..."). */
async function states(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const id of ['c1', 'c2', 'c3', 'c4']) {
    const name = (await client(page, id).getAttribute('aria-label')) ?? '';
    out[id] = /^Client \w+, ([A-Z_]+)/.exec(name)?.[1] ?? name;
  }
  return out;
}

/** The paths the data tree panel lists under /locks and /app, for the server chosen there. */
async function treePaths(page: Page): Promise<string[]> {
  const paths = await page
    .locator('li[data-path]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-path') ?? ''));
  return paths.filter((p) => p.startsWith('/locks/') || p === '/app').sort();
}

async function act(page: Page, id: string, action: string): Promise<void> {
  await client(page, id).click();
  await page.getByRole('button', { name: action, exact: true }).click();
  await settled(page);
}

test('client actions by click: the export, the CLI and a reload agree', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  const menu = page.getByLabel('Scenario', { exact: true });
  const option = menu.locator('option').filter({ hasText: /^Lock: a queue/ });
  await menu.selectOption((await option.getAttribute('value')) as string);
  await settled(page);
  await page.getByLabel('Data tree of', { exact: true }).selectOption('1');
  await scrubTo(page, 2000);
  await expect(client(page, 'c1')).toHaveAccessibleName(/believes it holds \/locks/);
  const before = await treePaths(page);
  expect(before).toHaveLength(4);

  await act(page, 'c1', 'Release the lock');
  await act(page, 'c4', 'Stop waiting for the lock');
  await act(page, 'c1', 'Acquire the lock /locks');
  await page.getByLabel('Operation').selectOption('create');
  await page.getByLabel('Path', { exact: true }).fill('/app');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await settled(page);
  await expect(page.getByText(/Client c1 asks for the lock \/locks/).first()).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    button(page, 'Export').click(),
  ]);
  const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
  const exported = JSON.parse(text) as { actions: { do: string; client?: string }[] };
  expect(exported.actions.map((a) => `${a.do} ${a.client}`)).toEqual([
    'lock-release c1',
    'lock-release c4',
    'lock-acquire c1',
    'create c1',
  ]);

  // The app at the end of the run.
  await scrubTo(page, 20000);
  const appStates = await states(page);
  const appTree = await treePaths(page);
  expect(appTree).toContain('/app');

  // The CLI on the exported file.
  const dir = mkdtempSync(join(tmpdir(), 'zabscope-roundtrip-'));
  const file = join(dir, 'run.json');
  writeFileSync(file, text);
  const report = JSON.parse(
    execFileSync('node', ['--import', 'tsx', 'src/cli/sim.ts', file], { encoding: 'utf8' }),
  ) as {
    traceHash: string;
    clients: { id: string; state: string }[];
    tree: { sid: number; nodes: { path: string }[] }[];
  };
  expect(Object.fromEntries(report.clients.map((c) => [c.id, c.state]))).toEqual(appStates);
  const cliTree = report.tree
    .find((t) => t.sid === 1)!
    .nodes.map((n) => n.path)
    .filter((p) => p.startsWith('/locks/') || p === '/app')
    .sort();
  expect(cliTree).toEqual(appTree);
  // And the CLI is deterministic on that file.
  const again = JSON.parse(
    execFileSync('node', ['--import', 'tsx', 'src/cli/sim.ts', file], { encoding: 'utf8' }),
  ) as { traceHash: string };
  expect(again.traceHash).toBe(report.traceHash);

  // A reload of the link shows the same moment.
  const at = await eventIndex(page);
  await expect.poll(() => linkedEvent(page.url())).toBe(at);
  await page.reload();
  await expect.poll(() => eventIndex(page)).toBe(at);
  await page.getByLabel('Data tree of', { exact: true }).selectOption('1');
  expect(await states(page)).toEqual(appStates);
  expect(await treePaths(page)).toEqual(appTree);

  // Scrubbing back to the moment of the clicks shows the tree as it was then.
  await scrubTo(page, 2000);
  expect(await treePaths(page)).toEqual(before);
});
