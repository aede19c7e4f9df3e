// Requests as marks in the strategy comparison, as a person sees them: each panel's marks layer
// is named by its legend; while playing, marks travel from the balancer down to the backends;
// after the scripted kill of b2 at 20 s, failed marks land at b2 (each backend's slot counts the
// failed marks drawn on it) and never at a live backend. With reduced motion, nothing travels:
// marks flash in place, and a backend killed through its button still collects failed marks.
// Marks exist only while time moves, so these tests play, but only after the Timeline slider has
// put the run where the marks are due, and at 1x: what they check holds from the first frames
// of play, however few a slow machine draws.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, scrubTo, setSpeed } from './helpers';
import { backend, openComparison, panel } from './compareHelpers';

const LEGEND =
  /^Requests: travelling to a backend · dropped \(queue full\) · failed \(backend dead or removed\)\. At most \d+ new marks per frame; at high rates one mark stands for several requests\.$/;

/** Failed marks that have landed on a backend (its slot, the box's parent, counts them). */
async function failedMarks(region: Locator, id: string): Promise<number> {
  return Number((await backend(region, id).locator('..').getAttribute('data-failed-marks')) ?? 0);
}

/**
 * Ink on a panel's two marks canvases (requests in flight below the boxes, outcomes above them):
 * everywhere, and in the band between the balancer node and the backend boxes' top edge, where
 * only travelling marks are ever drawn.
 */
function ink(region: Locator): Promise<{ all: number; inFlight: number; stale: boolean }> {
  return region.getByRole('img', { name: LEGEND }).evaluate((layer: HTMLElement) => {
    const stage = layer.parentElement!;
    const top = stage.getBoundingClientRect().top;
    const balancer = stage.querySelector('.lb-balancer')!.getBoundingClientRect();
    const grid = stage.querySelector('[role="group"]')!.getBoundingClientRect();
    let all = 0;
    let inFlight = 0;
    let stale = false;
    for (const canvas of layer.querySelectorAll('canvas')) {
      // Between a layout change and its redraw (the next ResizeObserver callback), the bitmap
      // still has the old geometry: such a sample says nothing about where marks are.
      const expected = Math.round(stage.getBoundingClientRect().height * devicePixelRatio);
      if (Math.abs(canvas.height - expected) > 1) stale = true;
      const scale = canvas.height / stage.getBoundingClientRect().height;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const from = Math.ceil((balancer.bottom - top + 4) * scale);
      const to = Math.floor((grid.top - top - 8) * scale);
      for (let i = 3; i < data.length; i += 4) {
        if (data[i] === 0) continue;
        all++;
        const row = Math.floor((i - 3) / 4 / canvas.width);
        if (row >= from && row <= to) inFlight++;
      }
    }
    return { all, inFlight, stale };
  });
}

/** Plays at 1x real time from where the run is. */
async function play(page: Page): Promise<void> {
  await setSpeed(page, '1×');
  await button(page, 'Play').click();
  await expect(button(page, 'Pause')).toBeVisible();
}

test('requests travel as marks, and failed marks land at the killed backend', async ({ page }) => {
  await openComparison(page);
  const rr = panel(page, 'Round robin');
  const lc = panel(page, 'Least connections');
  for (const region of [rr, lc]) {
    await expect(region.getByRole('img', { name: LEGEND })).toBeVisible();
    await expect(region.getByText('Balancer', { exact: true })).toBeVisible();
  }

  // Traffic flows at 10 s: marks are drawn in flight between the balancer and the backends.
  await scrubTo(page, 10_000);
  await play(page);
  await expect.poll(async () => (await ink(rr)).inFlight).toBeGreaterThan(0);
  await button(page, 'Pause').click();

  // Just after b2's kill (its session lives on for 6 s), its requests fail.
  await scrubTo(page, 20_100);
  await expect(backend(rr, 'b2')).toHaveAccessibleName(/dead, still registered/);
  await play(page);
  for (const region of [rr, lc])
    await expect.poll(() => failedMarks(region, 'b2')).toBeGreaterThan(0);
  await button(page, 'Pause').click();
  for (const region of [rr, lc])
    for (const id of ['b1', 'b3', 'b4']) expect(await failedMarks(region, id)).toBe(0);
  // Paused, the marks finish and the layer is left clean: nothing is drawn while nothing changes.
  await expect.poll(async () => (await ink(rr)).all).toBe(0);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('marks flash in place, and a killed backend collects failed marks', async ({ page }) => {
    await openComparison(page);
    const rr = panel(page, 'Round robin');
    await expect(rr.getByRole('img', { name: LEGEND })).toBeVisible();

    await scrubTo(page, 5000);
    await expect(page.getByTestId('membership')).toContainText('b4');
    await backend(rr, 'b1').click();
    await button(page, 'Kill backend b1').click();
    await expect(backend(rr, 'b1')).toHaveAccessibleName(/dead, still registered/);
    await play(page);
    await expect.poll(() => failedMarks(rr, 'b1')).toBeGreaterThan(0);

    // Sampled while playing: marks are drawn, and none of them between balancer and backends.
    let drawn = 0;
    let samples = 0;
    for (let i = 0; i < 40 && samples < 12; i++) {
      const { all, inFlight, stale } = await ink(rr);
      await page.waitForTimeout(50);
      if (stale) continue;
      samples++;
      expect(inFlight).toBe(0);
      drawn += all;
    }
    expect(samples).toBeGreaterThanOrEqual(8);
    expect(drawn).toBeGreaterThan(0);
    await button(page, 'Pause').click();
  });
});
