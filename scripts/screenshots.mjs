// Regenerates the README's screenshots (docs/screenshot-*.png) from the production build, the way
// a person would reach each view: through visible controls, in headless Chromium on 127.0.0.1.
// Run with `npm run screenshots`: it builds, serves the build on a free loopback port and stops the
// server after. The pictures are of deterministic moments (a scrubbed time on a fixed seed); only
// the request marks, an illustration drawn in wall-clock time, differ from one run to the next.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './chromiumPath.mjs';
import { buildApp, freePort, startPreview } from './preview.mjs';

/** Moves the Timeline slider to `ms` of simulated time (an exact seek). */
async function scrubTo(page, ms) {
  await page.getByRole('slider', { name: 'Timeline' }).fill(String(ms));
  await page
    .getByTestId('time')
    .filter({ hasText: `${(ms / 1000).toFixed(3)} s` })
    .waitFor();
}

async function ensemble(browser, base) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.goto(base);
  await page.getByRole('button', { name: /^Server 1,/ }).waitFor();
  await scrubTo(page, 1005);
  await page.getByRole('button', { name: /^Server 5,/ }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'docs/screenshot-ensemble.png' });
  await page.close();
}

async function comparison(browser, base) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(base);
  await page.getByRole('tab', { name: 'Load balancing' }).click();
  await page.getByRole('region', { name: 'Strategy: Round robin' }).waitFor();
  await scrubTo(page, 24_300);
  await page.getByRole('table', { name: /^Summary/ }).waitFor();
  // Tall enough for the whole comparison above the transport bar (charts appear as data does).
  let height = 900;
  for (let i = 0; i < 5; i++) {
    await page.waitForTimeout(300);
    const extra = await page
      .locator('.compare-stage')
      .evaluate((el) => el.scrollHeight - el.clientHeight);
    if (extra <= 0) break;
    height += extra + 8;
    await page.setViewportSize({ width: 1400, height });
  }
  // A moment of real-time play, so requests are in flight as marks.
  const speed = page.getByLabel('Speed');
  await speed.fill('10'); // 1x real time
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(900);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.screenshot({ path: 'docs/screenshot-compare.png' });
  await page.close();
}

const found = resolveChromium();
if (!found.ok) {
  console.error(found.message);
  process.exit(1);
}
let server = null;
let status = 0;
try {
  await buildApp();
  const port = await freePort();
  server = await startPreview(port);
  const base = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    args: CHROMIUM_ARGS,
  });
  await ensemble(browser, base);
  await comparison(browser, base);
  await browser.close();
  console.log('wrote docs/screenshot-ensemble.png and docs/screenshot-compare.png');
} catch (e) {
  console.error(`screenshots: ${e instanceof Error ? e.message : String(e)}`);
  status = 1;
} finally {
  server?.kill();
}
process.exit(status);
