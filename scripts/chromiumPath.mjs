// Finds the Chromium that Playwright should drive. Shared by playwright.config.ts, by
// scripts/browser.mjs (the friendly pre-check of `npm run test:e2e`) and by .ci/run (which uses
// browser.mjs before `npm ci`, so this file must not need node_modules to load).
//
// Order: PLAYWRIGHT_CHROMIUM_EXECUTABLE if set, else Playwright's own Chromium if it has been
// downloaded, else the Debian/Ubuntu package at /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const NO_CHROMIUM_MESSAGE =
  "No Chromium found: run 'npx playwright install chromium', or on Debian 'apt-get install chromium'";

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for headless Chromium on these machines (TOOLCHAIN.md): no sandbox as root, no GPU, and
 * none of the background traffic a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Playwright's own Chromium if it is installed; undefined when absent or when @playwright/test is. */
function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @returns {{ ok: true, executablePath: string, source: 'env' | 'playwright' | 'system' }
 *   | { ok: false, message: string }}
 */
export function resolveChromium(env = process.env) {
  const fromEnv = env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { ok: true, executablePath: fromEnv, source: 'env' }
      : { ok: false, message: `PLAYWRIGHT_CHROMIUM_EXECUTABLE=${fromEnv} does not exist` };
  }
  const own = playwrightChromium();
  if (own) return { ok: true, executablePath: own, source: 'playwright' };
  if (existsSync(SYSTEM_CHROMIUM)) {
    return { ok: true, executablePath: SYSTEM_CHROMIUM, source: 'system' };
  }
  return { ok: false, message: NO_CHROMIUM_MESSAGE };
}
