/**
 * The comparison view's UI figure (issue 7, item 7): 4 strategy panels × 16 backends at 500
 * requests/s. A person's flow, driven by bench/ui.ts in the same headless Chromium: import the
 * scenario through the Import control, open "Load balancing", play at 1x and at 10x, and
 * report the frame interval (p50/p95 of requestAnimationFrame timestamps) as the ensemble figure
 * does. b2 is killed at 30 s, inside the 10x window, so failed marks are part of the picture.
 */
import type { Page } from '@playwright/test';
import { importScenario } from './uiOpen';

export const COMPARE_STRATEGIES = ['round-robin', 'least-connections', 'p2c', 'consistent-hash'];
export const COMPARE_BACKENDS = 16;
export const COMPARE_RATE_PER_SEC = 500;

export function compareBenchScenario(): object {
  const backends = Array.from({ length: COMPARE_BACKENDS }, (_, i) => ({
    id: `b${i + 1}`,
    // The last backend is four times slower, as in the app's own comparison.
    meanServiceMs: i === COMPARE_BACKENDS - 1 ? 80 : 20,
    slots: 4,
    queueMax: 50,
  }));
  return {
    version: 1,
    seed: 1,
    untilMs: 120_000,
    title: 'bench: 4 strategies, 16 backends, 500 requests/s',
    ensemble: { servers: 3 },
    balancer: {
      service: '/services/api',
      sessionTimeoutMs: 6000,
      strategies: COMPARE_STRATEGIES,
      backends,
      traffic: { ratePerSec: COMPARE_RATE_PER_SEC },
      actions: [{ atMs: 30_000, do: 'kill-backend', backend: 'b2' }],
    },
  };
}

type MeasurePlay = (page: Page, speedIndex: number) => Promise<Record<string, unknown>>;

/** What the marks layers report at a pause: requests per mark, failed marks landed. */
async function marksAtPause(page: Page) {
  return page.evaluate(() => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas.lb-marks-back')];
    let failedMarks = 0;
    for (const el of document.querySelectorAll<HTMLElement>('[data-failed-marks]'))
      failedMarks += Number(el.dataset.failedMarks);
    return {
      panels: canvases.length,
      requestsPerMark: canvases.map((c) => Number(c.dataset.perMark ?? 1)),
      failedMarksLanded: failedMarks,
    };
  });
}

/** Opens a fresh page, imports the scenario, opens the comparison and measures 1x and 10x. */
export async function measureCompare(
  page: Page,
  baseUrl: string,
  measurePlay: MeasurePlay,
): Promise<object> {
  await importScenario(page, baseUrl, 'compare-bench.json', compareBenchScenario());
  await page.getByRole('tab', { name: 'Load balancing' }).click();
  const panels = page.getByRole('region', { name: /^Strategy: / });
  await page.waitForFunction((n) => document.querySelectorAll('.lb-panel').length === n, 4);
  await panels
    .first()
    .getByRole('button', { name: new RegExp(`^Backend b${COMPARE_BACKENDS},`) })
    .waitFor();
  // Start where traffic already flows (the first leader and the registrations take ~1 s).
  await page.getByRole('slider', { name: 'Timeline' }).fill('3000');
  await page.getByTestId('membership').getByText(`b${COMPARE_BACKENDS}`).waitFor();
  // The ensemble's message count means nothing here; the marks layers report instead.
  const at = async (speedIndex: number) => {
    const { messagesDrawnAtPause: _ignored, ...figures } = await measurePlay(page, speedIndex);
    return { ...figures, marks: await marksAtPause(page) };
  };
  const at1x = await at(10);
  const at10x = await at(13);
  return {
    scenario: `${COMPARE_STRATEGIES.length} panels x ${COMPARE_BACKENDS} backends at ${COMPARE_RATE_PER_SEC} req/s`,
    at1x,
    at10x,
  };
}
