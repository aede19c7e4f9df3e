// Real ZooKeeper logs in real Chromium: a person opens the logs recorded on ZooKeeper 3.8
// (fixtures/real-zookeeper/logs) through the "Open ZooKeeper logs" dialog, replays the cold start
// election and the killed leader's re-election change by change, sees what the logs cannot tell
// as unknown, forks both into the simulator and sees the simulator elect the same leader in the
// same epoch; foreign and malformed files are refused with a message naming them and change
// nothing on screen.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { button, eventIndex, openApp, pressUntil, scrubTo, server, settled } from './helpers';

const REAL = fileURLToPath(new URL('../fixtures/real-zookeeper/logs/', import.meta.url));
const FOREIGN = fileURLToPath(new URL('../fixtures/zookeeper-logs/foreign/', import.meta.url));

function logSet(id: string): string[] {
  return readdirSync(`${REAL}${id}`)
    .sort()
    .map((name) => `${REAL}${id}/${name}`);
}

type Page = import('@playwright/test').Page;
type Files = Parameters<import('@playwright/test').Locator['setInputFiles']>[0];

/** Opens the dialog, chooses the files (paths or made-up contents) and asks to replay them. */
async function openLogs(page: Page, files: Files) {
  await button(page, 'Open ZooKeeper logs').click();
  const dialog = page.getByRole('dialog', { name: 'Open ZooKeeper logs' });
  await dialog.getByLabel('ZooKeeper log files').setInputFiles(files);
  await button(page, 'Replay these logs').click();
  return dialog;
}

/**
 * Opens the app, replays log set `id` (the dialog closes), and waits until the replay's heading is
 * shown and its first frame settled: the opening every replay test shares.
 */
async function openReplay(page: Page, id: string) {
  await openApp(page);
  const dialog = await openLogs(page, logSet(id));
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: /Real logs/ })).toBeVisible();
  await settled(page);
}

/** Every server card lies inside the ring's visible picture (no scrolling), none over another. */
async function expectCardsInPicture(page: Page, sids: number[]) {
  const picture = await page.locator('.ensemble-wrap').boundingBox();
  expect(picture).not.toBeNull();
  const { x, y, width, height } = picture!;
  const cards = [];
  for (const sid of sids) {
    const card = await server(page, sid).boundingBox();
    expect(card, `S${sid} is drawn`).not.toBeNull();
    const c = card!;
    expect(c.x, `S${sid} left`).toBeGreaterThanOrEqual(x);
    expect(c.y, `S${sid} top`).toBeGreaterThanOrEqual(y);
    expect(c.x + c.width, `S${sid} right`).toBeLessThanOrEqual(x + width);
    expect(c.y + c.height, `S${sid} bottom`).toBeLessThanOrEqual(y + height);
    cards.push(c);
  }
  for (let i = 0; i < cards.length; i++)
    for (let j = i + 1; j < cards.length; j++) {
      const a = cards[i]!;
      const b = cards[j]!;
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y;
      expect(apart, `S${sids[i]} and S${sids[j]} do not overlap`).toBe(true);
    }
}

test('replay the killed leader: election, kill, re-election, then continue in the simulator', async ({
  page,
}) => {
  await openReplay(page, 'leader-kill-equal-logs');
  // Before its first line a server is unknown, never a guessed DOWN; real logs have no power button.
  await expect(server(page, 2)).toHaveAccessibleName(/^Server 2, unknown: its log starts later/);
  await expect(page.getByRole('button', { name: /Crash server/ })).toHaveCount(0);

  const next = button(page, 'Next change');
  await pressUntil(page, () => next.click(), 3, /^Server 3, LEADING, epoch 1, broadcast/, 80);
  await expect(page.getByRole('list', { name: /Events/ })).toContainText(
    'ends the election as LEADING',
  );
  // The leader is killed: its JVM writes nothing, its followers' logs say they lost it.
  await pressUntil(page, () => next.click(), 3, /unreachable: its peers lost it/, 80);
  await pressUntil(page, () => next.click(), 2, /^Server 2, LEADING, epoch 2, broadcast/, 80);
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, FOLLOWING, epoch 2/);

  // Back to the moment both followers started the new election (7.205 s after the first line).
  await scrubTo(page, 7210);
  await expect(server(page, 2)).toHaveAccessibleName(/^Server 2, LOOKING/);
  await button(page, 'Continue in the simulator').click();
  const notes = page.getByRole('region', { name: 'Continued from the real logs' });
  await expect(notes).toContainText('S3: starts down: its peers lost it');
  await expect(page.getByRole('heading', { name: /Real logs/ })).toHaveCount(0);
  await expect(server(page, 3)).toHaveAccessibleName(/^Server 3, DOWN/);
  await pressUntil(page, () => next.click(), 2, /^Server 2, LEADING, epoch 2, broadcast/, 200);
});

test('replay the cold start election and fork it: the same leader and epoch', async ({ page }) => {
  // A laptop's screen: the size at which the ring beside the diagram once showed only S1.
  await page.setViewportSize({ width: 1440, height: 900 });
  await openReplay(page, 'cold-start-3');
  // The inspector says what a replay is instead of the last preset's story.
  await expect(page.getByText(/^These are real ZooKeeper logs, replayed/)).toBeVisible();
  const next = button(page, 'Next change');
  await pressUntil(page, () => next.click(), 3, /^Server 3, LEADING, epoch 1, broadcast/, 80);
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, FOLLOWING, epoch 1/);
  // The election marker is on the timeline; the space-time diagram draws the window.
  await button(page, 'Space-time diagram').click();
  await expect(page.getByRole('img', { name: /One lane per server/ })).toBeVisible();
  // Beside the diagram on a laptop the ring is narrow: all three cards still fit, none overlaps.
  await expect(server(page, 3)).toBeInViewport();
  await expectCardsInPicture(page, [1, 2, 3]);

  // Servers 3 and 1 are LOOKING (2.395 s after the first line), S2 starts 3 s later.
  await scrubTo(page, 2395);
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, LOOKING/);
  await button(page, 'Continue in the simulator').click();
  const notes = page.getByRole('region', { name: 'Continued from the real logs' });
  await expect(notes).toContainText('S2: its log starts');
  // The timing settings come from the servers' own "tickTime set to 2000" lines.
  await expect(notes).toContainText('tickTime = 2000 ms: as the logs of S1, S2, S3 printed it.');
  await expect(notes).toContainText('syncLimit = 5 ticks: as the logs of S1, S2, S3 printed it.');
  await pressUntil(page, () => next.click(), 3, /^Server 3, LEADING, epoch 1, broadcast/, 200);
});

test('fork an established leader: the roles are said, and it is elected again in the next epoch', async ({
  page,
}) => {
  await openReplay(page, 'cold-start-3');
  const next = button(page, 'Next change');
  await pressUntil(page, () => next.click(), 3, /^Server 3, LEADING, epoch 1, broadcast/, 80);
  await pressUntil(page, () => next.click(), 2, /^Server 2, FOLLOWING, epoch 1/, 80);
  await button(page, 'Continue in the simulator').click();
  const notes = page.getByRole('region', { name: 'Continued from the real logs' });
  await expect(notes).toContainText(
    'S3: was LEADING in epoch 1 at this moment; it starts LOOKING.',
  );
  await expect(notes).toContainText('S1: was FOLLOWING in epoch 1');
  await pressUntil(page, () => next.click(), 3, /^Server 3, LEADING, epoch 2, broadcast/, 200);
});

test('a big log set shows its progress and Cancel reading leaves the run as it was', async ({
  page,
}) => {
  await openApp(page);
  await button(page, 'Step').click();
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, LOOKING/);
  const before = await eventIndex(page);
  // About 2 x 15 MiB, made here from a recorded log's own lines (never committed).
  const files = logSet('cold-start-3')
    .slice(0, 2)
    .map((path, i) => {
      const text = readFileSync(path, 'utf8');
      const copies = Math.ceil((15 * 1024 * 1024) / text.length);
      return {
        name: `big${i + 1}.log`,
        mimeType: 'text/plain',
        buffer: Buffer.from(text.repeat(copies)),
      };
    });
  const dialog = await openLogs(page, files);
  const reading = dialog.getByRole('group', { name: 'Reading the logs' });
  await expect(reading.getByRole('status')).toContainText(/of 30\.\d MiB/);
  await button(page, 'Cancel reading').click();
  await expect(dialog.getByRole('alert')).toContainText('Stopped reading the logs');
  await expect(reading).toBeHidden();
  await button(page, 'Cancel').click();
  await expect(dialog).toBeHidden();
  await settled(page);
  await expect(page.getByRole('heading', { name: /Real logs/ })).toHaveCount(0);
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, LOOKING/);
  expect(await eventIndex(page)).toBe(before);
});

test('foreign and malformed files are refused by name and change nothing', async ({ page }) => {
  await openApp(page);
  await button(page, 'Step').click();
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, LOOKING/);
  const before = await eventIndex(page);

  const dialog = await openLogs(page, [
    `${FOREIGN}kafka-server.log`,
    `${FOREIGN}empty.log`,
    `${FOREIGN}zookeeper.log.gz`,
  ]);
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('kafka-server.log: not a ZooKeeper log');
  await expect(alert).toContainText('empty.log: the file is empty');
  await expect(alert).toContainText('zookeeper.log.gz: binary data');
  await expect(alert).toContainText('Nothing was opened');
  await button(page, 'Cancel').click();
  await expect(dialog).toBeHidden();
  await settled(page);
  await expect(page.getByRole('heading', { name: /Real logs/ })).toHaveCount(0);
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, LOOKING/);
  expect(await eventIndex(page)).toBe(before);

  // A log whose server id is nowhere in it: the dialog asks, and with the answer it opens.
  await button(page, 'Open ZooKeeper logs').click();
  await dialog.getByLabel('Name of a pasted log').fill('node.log');
  await dialog
    .getByLabel('Pasted log text')
    .fill(
      '2026-12-03 18:26:12,700 - INFO  [QuorumPeer:QuorumPeer@1374] - LOOKING\n' +
        '2026-12-03 18:26:14,802 - INFO  [QuorumPeer:QuorumPeer@1446] - LEADING\n',
    );
  await button(page, 'Add the pasted log').click();
  await button(page, 'Replay these logs').click();
  await expect(dialog.getByRole('alert')).toContainText('node.log: cannot tell which server');
  await dialog.getByLabel('Server id of node.log').fill('7');
  await button(page, 'Replay these logs').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: /Real logs/ })).toBeVisible();
  await expect(server(page, 7)).toHaveAccessibleName(/^Server 7, unknown: its log starts later/);
});
