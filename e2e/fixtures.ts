// The shared fixture every spec imports instead of @playwright/test: it records uncaught page
// errors and console errors and fails the test if there were any (DESIGN.md section 8). Chromium
// reports a dedicated worker's console messages on the page too, so workers are covered.
// The first screen asks a newcomer whether to take the guided tour (issue 16): every spec has
// already answered "Explore freely", except those that set `newcomer: true` to test the question.
import { test as base, expect, type ConsoleMessage } from '@playwright/test';

export const test = base.extend<{ newcomer: boolean }>({
  newcomer: [false, { option: true }],
  page: async ({ page, newcomer }, use) => {
    const problems: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    };
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', onConsole);
    if (!newcomer)
      await page.addInitScript(() => {
        if (localStorage.getItem('zabscope.welcome') === null)
          localStorage.setItem('zabscope.welcome', 'explore');
      });
    await use(page);
    expect(problems, 'uncaught page errors or console errors').toEqual([]);
  },
});

export { expect };
