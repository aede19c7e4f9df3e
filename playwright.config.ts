// Playwright drives a real Chromium against the production build served by `vite preview`
// (TOOLCHAIN.md). The browser is resolved by scripts/chromiumPath.mjs, shared with the
// `test:e2e` pre-check and CI.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './scripts/chromiumPath.mjs';
import { e2ePort } from './scripts/e2ePort.mjs';

const chromium = resolveChromium();
if (!chromium.ok) throw new Error(chromium.message);

// Several people (or agents) may run the suite at once on one machine: each run gets a free port
// (or E2E_PORT, which must be free unless E2E_REUSE=1; scripts/e2ePort.mjs) and each port its own
// build folder, so no run tests another checkout's build or serves another's half-written one.
const { port, reuse } = e2ePort();
const outDir = `.e2e-dist/${port}`;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Generous, because the suite must pass on a shared 2-core machine under load: no test waits for
  // how fast the machine plays, only for what the page shows, which then simply comes later.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // Reports go to reports/, never to test-results/: Playwright empties its outputDir on start.
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium.executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite build --outDir ${outDir} && npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: reuse,
    timeout: 120_000,
  },
});
