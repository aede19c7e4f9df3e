// The Learn view at 1024x768 outside presentation mode (issue 16): the page does not scroll, the
// picture fits its box where a readable one can (three servers), the chapters are a row of numbers
// beside it, the picture and the lesson do not overlap, and text stays readable, on a plain step, a task step (fault bar and inspector shown) and a step with
// clients below the ring, in English and Chinese. Screenshots go to /tmp/lessons16-shots.
import type { Page } from '@playwright/test';
import { intersections, unreadable } from './audit';
import { expect, test } from './fixtures';
import { settled } from './helpers';

const SHOTS = '/tmp/lessons16-shots';

/** How far the picture's box, and the page, would scroll (0 when everything fits). */
function overflow(page: Page) {
  return page.evaluate(() => {
    const wrap = document.querySelector('.learn-stage .ensemble-wrap') as HTMLElement;
    const doc = document.documentElement;
    return {
      pictureX: wrap.scrollWidth - wrap.clientWidth,
      pictureY: wrap.scrollHeight - wrap.clientHeight,
      pageX: doc.scrollWidth - window.innerWidth,
      pageY: doc.scrollHeight - window.innerHeight,
    };
  });
}

const STEPS = [
  ['2', '1'],
  ['4', '8'],
  ['6', '3'],
  ['8', '2'],
] as const;

for (const lang of ['en', 'zh-CN'])
  test(`the Learn view fits 1024x768 (${lang})`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const [chapter, step] of STEPS) {
      await page.goto(`./?lang=${lang}#lesson=${chapter}&step=${step}`);
      await settled(page);
      await expect(page.getByText(/Finding the moment|正在寻找/)).toHaveCount(0, {
        timeout: 60_000,
      });
      await expect(page.getByLabel(/^(Narration|讲解)$/)).not.toBeEmpty();
      await page.screenshot({ path: `${SHOTS}/learn-1024-ch${chapter}-s${step}-${lang}.png` });
      const { pictureX, pictureY, pageX, pageY } = await overflow(page);
      expect({ pageX, pageY }, `chapter ${chapter} step ${step}`).toEqual({ pageX: 0, pageY: 0 });
      // Three servers fit across; a task step without clients fits whole. Five cards at their
      // readable size (12 px text) need a box of at least 710 x 595 px, more than a 1024x768
      // window has beside the lesson: that picture still scrolls in its box, as do the clients
      // below the ring on a task step; the amounts are recorded (presentation mode gives the
      // picture the whole width).
      if (chapter !== '2') expect(pictureX, `chapter ${chapter} step ${step}`).toBe(0);
      if (chapter === '4') expect(pictureY, `chapter ${chapter} step ${step}`).toBe(0);
      test.info().annotations.push({
        type: 'picture overflow',
        description: `ch${chapter} s${step}: ${pictureX} x ${pictureY} px`,
      });
      // The chapters are one row of numbers above the lesson, not a row taken from the picture.
      const tops = await page
        .getByRole('navigation', { name: /^(Chapters|章节)$/ })
        .getByRole('button')
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      expect(await intersections(page, '.learn-chapters', '.learn-stage')).toEqual([]);
      expect(await intersections(page, '.learn-stage', '.learn-side')).toEqual([]);
      expect(await unreadable(page)).toEqual([]);
    }
  });

test('a step highlights one log entry: the other entries dim', async ({ page }) => {
  await page.goto('./#lesson=4&step=7');
  await expect(page.getByText('Step 7 of 8')).toBeVisible();
  await settled(page);
  await expect(page.getByText('Finding the moment…')).toHaveCount(0, { timeout: 60_000 });
  const opacities = await page.evaluate(() =>
    [...document.querySelectorAll('.learn-stage .log-column g[data-zxid]')].map((g) => [
      g.getAttribute('data-zxid'),
      getComputedStyle(g).opacity,
    ]),
  );
  const kept = opacities.filter(([zxid]) => zxid === '0x100000003');
  expect(kept.length).toBeGreaterThan(0);
  for (const [, o] of kept) expect(o).toBe('1');
  expect(opacities.some(([zxid, o]) => zxid !== '0x100000003' && o === '0.3')).toBe(true);
  await page.screenshot({ path: `${SHOTS}/learn-highlight-zxid.png` });
});
