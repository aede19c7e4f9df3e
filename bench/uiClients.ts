/**
 * The client side's UI figure (issue 15, item 6): a 5-server ensemble with 20 ZooKeeper clients
 * issuing 50 requests/s between them (setData and getData with a watch, round robin), drawn in the
 * ensemble view with their request, reply and watch marks. Driven by bench/ui.ts in the same
 * headless Chromium as a person would: import the scenario, play at 1x, and report the frame
 * interval (p50/p95 of requestAnimationFrame timestamps) and the paused CPU; bench/ui.ts adds the
 * work-per-frame counters (bench/uiCounters.ts) over the same scenario. Figures only.
 */
import type { Page } from '@playwright/test';
import { importScenario } from './uiOpen';

export const CLIENT_SERVERS = 5;
export const CLIENT_COUNT = 20;
export const CLIENT_REQUESTS_PER_SEC = 50;
const RUN_MS = 60_000;

export function clientsBenchScenario(): object {
  const clients = Array.from({ length: CLIENT_COUNT }, (_, i) => ({
    id: `c${i + 1}`,
    connect: [1, 2, 3, 4, 5],
    sessionTimeoutMs: 6000,
    startAtMs: 500,
    recipe: i % 4 === 0 ? { kind: 'config', path: '/bench/config' } : null,
  }));
  const actions: object[] = [
    { atMs: 800, do: 'create', client: 'c1', path: '/bench', data: '' },
    { atMs: 900, do: 'create', client: 'c1', path: '/bench/config', data: 'v0' },
  ];
  const every = 1000 / CLIENT_REQUESTS_PER_SEC;
  for (let i = 0; i < ((RUN_MS - 2000) / 1000) * CLIENT_REQUESTS_PER_SEC; i++) {
    const client = `c${(i % CLIENT_COUNT) + 1}`;
    const atMs = Math.round(2000 + i * every);
    actions.push(
      i % 2 === 0
        ? { atMs, do: 'set', client, path: '/bench/config', data: `v${i}` }
        : { atMs, do: 'get', client, path: '/bench/config', watch: false },
    );
  }
  return {
    version: 1,
    seed: 15,
    untilMs: RUN_MS,
    title: 'bench: 5 servers, 20 clients, 50 requests/s',
    ensemble: { servers: CLIENT_SERVERS },
    clients,
    actions,
  };
}

type MeasurePlay = (page: Page, speedIndex: number) => Promise<Record<string, unknown>>;
type MeasureIdle = (page: Page) => Promise<Record<string, unknown>>;

/** Opens the app, imports the scenario and shows it at 3 s, every client connected, paused. */
export async function openClientsBench(page: Page, url: string): Promise<void> {
  await importScenario(page, url, 'clients.json', clientsBenchScenario());
  await page.getByRole('button', { name: /^Client c20,/ }).waitFor();
  await page.getByRole('slider', { name: 'Timeline' }).fill('3000');
  await page.getByRole('button', { name: /^Client c20, CONNECTED/ }).waitFor();
}

export async function measureClients(
  page: Page,
  url: string,
  measurePlay: MeasurePlay,
  measureIdle: MeasureIdle,
): Promise<object> {
  await openClientsBench(page, url);
  const at1x = await measurePlay(page, 10);
  const clientMarksAtPause = await page.locator('g.client-mark').count();
  const idle = await measureIdle(page);
  return { at1x, clientMarksAtPause, ...idle };
}
