// Proves that a person can take one message in flight by hand, through the marks and the popover
// only: paused (by the Timeline slider) while a write's PROPOSALs travel, the PROPOSAL from the
// leader S3 to S2 is a button named after it; its popover drops it; the mark is gone, the event
// log says so, and the next packet on that broken TCP connection is lost too; stepping back
// before the drop shows the PROPOSAL in flight again. Delay is refused with a clear message for a
// bad duration and holds the message when valid. Also: at time 0, message labels never overlap.
// Screenshots at 1440x900 and 1024x768, English and Chinese, go to /tmp/shots/h-drop16/.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, eventIndex, scrubTo, settled, waitForEventChange } from './helpers';
import { runLink } from './links';

const SHOTS = '/tmp/shots/h-drop16';

/** Three servers; S3 leads from about 0.2 s; a write through S1 at 2 s is proposed at 2.001 s. */
const WRITE = {
  version: 1,
  seed: 1,
  untilMs: 30_000,
  ensemble: { servers: 3 },
  actions: [{ atMs: 2000, do: 'write', via: 1, path: '/a', data: 'x' }],
};

function events(page: Page) {
  return page.getByRole('list', { name: /Events/ });
}

function proposalTo(page: Page, sid: number) {
  return page.getByRole('button', { name: `PROPOSAL 0x100000001 from S3 to S${sid}`, exact: true });
}

test('drop a PROPOSAL in flight, see its connection break, step back before it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(runLink(WRITE));
  await settled(page);
  await scrubTo(page, 2003);
  const mark = proposalTo(page, 2);
  await expect(mark).toBeVisible();
  await expect(proposalTo(page, 1)).toBeVisible();

  // Keyboard: the marks are one Tab stop; arrows move between them without stepping the run.
  const at = await eventIndex(page);
  await mark.focus();
  await page.keyboard.press('ArrowRight');
  await expect(mark).not.toBeFocused();
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /from S3 to S\d$/);
  await page.keyboard.press('ArrowLeft');
  await expect(mark).toBeFocused();
  expect(await eventIndex(page)).toBe(at);
  // Enter opens the popover with the focus on Drop.
  await page.keyboard.press('Enter');
  const popover = page.getByRole('dialog', { name: 'PROPOSAL 0x100000001 from S3 to S2' });
  await expect(popover).toBeVisible();
  await expect(popover).toContainText(/Sent at 2\.001 s, due at 2\.00\d s\./);
  await expect(popover.getByRole('button', { name: 'Drop', exact: true })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/popover-en-1440.png` });
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);

  // A bad duration is refused in place, naming the bound; nothing is sent.
  await mark.click();
  await popover.getByLabel('Delay by (ms)').fill('0');
  await popover.getByRole('button', { name: 'Delay', exact: true }).click();
  await expect(popover.getByLabel('Delay by (ms)')).toHaveAttribute('aria-invalid', 'true');
  await expect(popover).toContainText('A whole number from 1 to 60000 ms.');

  const before = await eventIndex(page);
  await popover.getByRole('button', { name: 'Drop', exact: true }).click();
  await expect(popover).toHaveCount(0);
  await expect(mark).toHaveCount(0);
  await expect(proposalTo(page, 1)).toBeVisible();
  await expect(events(page)).toContainText(
    'PROPOSAL from S3 to S2 is dropped by hand. On TCP a lost message breaks its connection',
  );
  expect(await eventIndex(page)).toBe(before);

  // The consequence: S2 never logs the write, so the quorum that commits it is S3 and S1 only.
  await scrubTo(page, 2300);
  await expect(events(page)).toContainText(
    'S3 commits 0x100000001: a quorum (S3, S1) has logged it.',
  );

  // Back before the drop: the PROPOSAL is in flight again (the command stays in the timeline).
  await scrubTo(page, 2003);
  await expect(mark).toHaveCount(0);
  for (let i = 0; i < 8 && (await mark.count()) === 0; i++) {
    const at = await eventIndex(page);
    await button(page, 'Step back').click();
    await waitForEventChange(page, at);
  }
  await expect(mark).toBeVisible();
  await expect(events(page)).not.toContainText('dropped by hand');
});

test('delay a PROPOSAL: it arrives later, in order', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(runLink(WRITE));
  await settled(page);
  await scrubTo(page, 2003);
  const mark = proposalTo(page, 2);
  // By keyboard: at this size the COMMIT to S1 passes right over the mark.
  await mark.focus();
  await page.keyboard.press('Enter');
  const popover = page.getByRole('dialog', { name: 'PROPOSAL 0x100000001 from S3 to S2' });
  await page.screenshot({ path: `${SHOTS}/popover-en-1024.png` });
  await popover.getByLabel('Delay by (ms)').fill('500');
  await popover.getByRole('button', { name: 'Delay', exact: true }).click();
  await expect(events(page)).toContainText(
    /PROPOSAL from S3 to S2 is held 500 ms longer, until 2\.5 s/,
  );
  await scrubTo(page, 2400);
  await expect(mark).toBeVisible();
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(popover).toContainText(/due at 2\.50\d s\./);
  await page.keyboard.press('Escape');
  await scrubTo(page, 2600);
  await expect(mark).toHaveCount(0);
});

test('Chinese: the popover and the marks speak Chinese', async ({ page }) => {
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(runLink(WRITE).replace('./#', './?lang=zh-CN#'));
    await settled(page);
    await page.getByRole('slider', { name: '时间轴' }).fill('2003');
    await expect(page.getByTestId('time')).toHaveText(/^2\.003/);
    await settled(page);
    const mark = page.getByRole('button', { name: '从 S3 发往 S2 的 PROPOSAL 0x100000001' });
    await mark.focus();
    await page.keyboard.press('Enter');
    const popover = page.getByRole('dialog', { name: '从 S3 发往 S2 的 PROPOSAL 0x100000001' });
    await expect(popover.getByRole('button', { name: '丢弃', exact: true })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/popover-zh-${width}.png` });
  }
});

/** The boxes of the message labels shown, and whether any two overlap. */
async function overlappingLabels(page: Page): Promise<{ shown: number; overlaps: string[] }> {
  return page.locator('svg.ensemble').evaluate((svg) => {
    const boxes = [...svg.querySelectorAll('text.msg-label, .drop:not(.no-label) text')].map(
      (el) => ({ text: el.textContent ?? '', r: el.getBoundingClientRect() }),
    );
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          overlaps.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
      }
    return { shown: boxes.length, overlaps };
  });
}

/** Five servers all starting at 0: their first votes are all sent at time 0. */
const FIVE = { version: 1, seed: 1, untilMs: 10_000, ensemble: { servers: 5 } };

test('at time 0 the first votes are in flight and no two labels overlap', async ({ page }) => {
  for (const lang of ['en', 'zh-CN'])
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      const link = runLink(FIVE);
      await page.goto(lang === 'en' ? link : link.replace('./#', `./?lang=${lang}#`));
      await settled(page);
      // Step through the five starts: every vote is then out, and every mark at its sender.
      for (let i = 0; i < 5; i++) {
        const at = await eventIndex(page);
        await page
          .getByRole('button', { name: lang === 'en' ? 'Step' : '单步', exact: true })
          .click();
        await waitForEventChange(page, at);
      }
      await expect(page.getByTestId('time')).toHaveText('0.000 s');
      const marks = page.locator('svg.ensemble g.msg');
      expect(await marks.count()).toBeGreaterThan(8);
      expect((await overlappingLabels(page)).overlaps).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/time0-${lang}-${width}.png` });
      // A millisecond later the marks have left their senders: labels show, still apart.
      await page.getByRole('slider', { name: lang === 'en' ? 'Timeline' : '时间轴' }).fill('1');
      await expect(page.getByTestId('time')).toHaveText(/^0\.001/);
      await settled(page);
      const later = await overlappingLabels(page);
      expect(later.shown).toBeGreaterThan(0);
      expect(later.overlaps).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/time1ms-${lang}-${width}.png` });
    }
});
