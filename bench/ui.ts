/**
 * UI benchmark (issue "The app, part 1", item 7): builds the app, serves it with `vite preview`
 * on 127.0.0.1, and drives headless Chromium through Playwright as a person would: it imports a
 * 9-server scenario with 100 writes/s, plays it, and measures the frame interval (p50/p95 of
 * requestAnimationFrame timestamps) at 1x and 10x real time, how much simulated time the display
 * covered, the main thread's CPU time per second while paused (CDP Performance.getMetrics,
 * TaskDuration deltas), and the initial JavaScript's gzip size from dist/. Then the comparison
 * view's figure, 4 panels x 16 backends at 500 requests/s (bench/uiCompare.ts), and the client
 * side's, 5 servers with 20 clients at 50 requests/s (bench/uiClients.ts). Last, for both
 * ensemble scenarios, the work each frame costs, counted so that the machine's load does not
 * change the counts (bench/uiCounters.ts): forced layouts and style recalculations, DOM
 * mutations, React commits, per tick and per simulated second. Figures only.
 *
 * Run alone: node --import tsx bench/ui.ts (only the counters, quicker: add --counters)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../scripts/chromiumPath.mjs';
import { buildApp, freePort, ROOT, startPreview } from '../scripts/preview.mjs';
import { measureClients, openClientsBench } from './uiClients';
import { importScenario } from './uiOpen';
import { measureCompare } from './uiCompare';
import { countersLine, installCounterProbe, measureCounters } from './uiCounters';

const SERVERS = 9;
const WRITES_PER_SEC = 100;
/**
 * Long enough that 5 s at 10x (50 simulated seconds) does not reach the end, and short enough to
 * fit one run's event budget (500,000 events, src/sim/scenario/bounds.ts; about 375,000 here).
 */
const RUN_SECONDS = 90;
const MEASURE_MS = 5000;
/** Animation ticks of 1/60 s for the counters: 5 simulated seconds at 1x. */
const COUNTER_TICKS = 300;

/** The scenario as a file a person would import: 9 voters, a write every 10 ms through each in turn. */
export function loadScenario(): object {
  const actions = [];
  for (let i = 0; i < WRITES_PER_SEC * (RUN_SECONDS - 1); i++) {
    actions.push({
      atMs: 1000 + i * (1000 / WRITES_PER_SEC),
      do: 'write',
      via: (i % SERVERS) + 1,
      path: `/bench/k${i % 16}`,
      data: String(i),
    });
  }
  return {
    version: 1,
    seed: 1,
    untilMs: RUN_SECONDS * 1000,
    title: 'bench: 9 servers, 100 writes/s',
    ensemble: { servers: SERVERS },
    actions,
  };
}

/** gzip sizes of the scripts index.html loads up front, and of the worker (loaded right after). */
function bundleSizes(): { initialJsGzipKiB: number; initialJsKiB: number; workerGzipKiB: number } {
  const dist = join(ROOT, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(
      /<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g,
    ),
  ].map((m) => m[1] as string);
  let raw = 0;
  let gz = 0;
  let worker = 0;
  for (const src of new Set(srcs)) {
    const bytes = readFileSync(join(dist, src));
    raw += bytes.length;
    gz += gzipSync(bytes).length;
    const match = /sim\.worker-[\w-]+\.js/.exec(bytes.toString('utf8'));
    if (match) worker = gzipSync(readFileSync(join(dist, 'assets', match[0]))).length;
  }
  const kib = (n: number) => Math.round((n / 1024) * 10) / 10;
  return { initialJsGzipKiB: kib(gz), initialJsKiB: kib(raw), workerGzipKiB: kib(worker) };
}

/**
 * Records requestAnimationFrame timestamps for MEASURE_MS and returns the intervals. A string, so
 * the bundler that runs this file (tsx) cannot wrap it in helpers the page does not have.
 */
const RAF_PROBE = `new Promise((done) => {
  const stamps = [];
  const tick = (ts) => {
    stamps.push(ts);
    if (ts - stamps[0] < MEASURE_MS) requestAnimationFrame(tick);
    else done(stamps.slice(1).map((s, i) => s - stamps[i]));
  };
  requestAnimationFrame(tick);
})`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Plays at the given speed (slider index) and measures rAF intervals and simulated time covered. */
export async function measurePlay(page: Page, speedIndex: number) {
  await page.getByRole('slider', { name: 'Speed' }).fill(String(speedIndex));
  const speed = await page.locator('.speed-value').textContent();
  const t0 = Number.parseFloat((await page.getByTestId('time').textContent()) ?? '0');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const intervals = await page.evaluate<number[]>(
    RAF_PROBE.replace('MEASURE_MS', String(MEASURE_MS)),
  );
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  if (await pause.isVisible()) await pause.click();
  const t1 = Number.parseFloat((await page.getByTestId('time').textContent()) ?? '0');
  const messages = await page.locator('g.msg').count();
  const sorted = intervals.slice().sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    speed,
    frames: intervals.length,
    frameIntervalMs: {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      max: round(sorted[sorted.length - 1] ?? NaN),
    },
    simulatedSecondsPerSecond: round((t1 - t0) / (MEASURE_MS / 1000)),
    messagesDrawnAtPause: messages,
  };
}

/** Opens the app, imports the 9-server scenario and shows it at 2 s, with a leader, paused. */
async function openEnsembleBench(page: Page, url: string): Promise<void> {
  await importScenario(page, url, 'bench.json', loadScenario());
  await page.getByRole('button', { name: /^Server 9,/ }).waitFor();
  await page.getByRole('slider', { name: 'Timeline' }).fill('2000');
  await page.getByRole('button', { name: /^Server \d, LEADING/ }).waitFor();
}

/**
 * The work-per-frame counters (bench/uiCounters.ts) of both ensemble scenarios at 1x, each in a
 * page of its own with the fake clock and the probe, so they never slow the frame figures.
 */
export async function benchCounters(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  await context.addInitScript(() => localStorage.setItem('zabscope.welcome', 'explore'));
  await installCounterProbe(context);
  try {
    const out: Record<string, unknown> = {};
    for (const [name, open] of [
      [`${SERVERS} servers, ${WRITES_PER_SEC} writes/s`, openEnsembleBench],
      ['clients: 5 servers, 20 clients, 50 req/s', openClientsBench],
    ] as const) {
      const page = await context.newPage();
      await page.clock.install();
      await open(page, url);
      await page.getByRole('slider', { name: 'Speed' }).fill('10');
      const counters = await measureCounters(page, COUNTER_TICKS);
      out[name] = { line: countersLine(counters), ...counters };
      await page.close();
    }
    return out;
  } finally {
    await context.close();
  }
}

export async function measureIdle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  };
  await page.waitForTimeout(1000);
  const a = await task();
  const seconds = 3;
  await page.waitForTimeout(seconds * 1000);
  const b = await task();
  return { pausedCpuMsPerSecond: Math.round(((b - a) / seconds) * 1000 * 100) / 100 };
}

/** `countersOnly`: just the work-per-frame counters (`node --import tsx bench/ui.ts --counters`). */
export async function benchUi(countersOnly = false): Promise<object> {
  const browserPath = resolveChromium();
  if (!browserPath.ok) throw new Error(browserPath.message);
  await buildApp();
  const sizes = bundleSizes();
  const port = await freePort();
  const preview = await startPreview(port);
  const browser = await chromium.launch({
    executablePath: browserPath.executablePath,
    args: CHROMIUM_ARGS,
  });
  // The first visit offers the guided tour (issue 16) in a modal; the bench explores freely, as
  // the e2e fixture does, or the dialog would take every click.
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  await context.addInitScript(() => localStorage.setItem('zabscope.welcome', 'explore'));
  try {
    const url = `http://127.0.0.1:${port}/`;
    if (countersOnly) return { counters: await benchCounters(browser, url) };
    const page = await context.newPage();
    await openEnsembleBench(page, url);
    const realTime = await measurePlay(page, 10);
    const tenTimes = await measurePlay(page, 13);
    const idle = await measureIdle(page);
    const compare = await measureCompare(await context.newPage(), url, measurePlay);
    const clients = await measureClients(await context.newPage(), url, measurePlay, measureIdle);
    const counters = await benchCounters(browser, url);
    return {
      scenario: `${SERVERS} servers, ${WRITES_PER_SEC} writes/s`,
      viewport: '1600x900',
      at1x: realTime,
      at10x: tenTimes,
      ...idle,
      ...sizes,
      'compare: 4 panels x 16 backends at 500 req/s': compare,
      'clients: 5 servers, 20 clients, 50 req/s': clients,
      'work per frame at 1x (load-independent counts; bench/uiCounters.ts)': counters,
    };
  } finally {
    await browser.close();
    preview.kill();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchUi(process.argv.includes('--counters')).then(
    (figures) =>
      console.log(JSON.stringify({ date: new Date().toISOString(), ui: figures }, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
