// The Plan view's Backends section as a person uses it: the model's table is there at once; a
// bad rate is refused in words naming the field; "Check by simulation" runs the lab on the
// capacity workers (one per core) with a progress bar, and its measurements appear beside the
// model; Cancel stops a check and leaves the model alone; the section reads in Chinese. With
// "Check by simulation" running at the same time, both checks share one pool of workers (no more
// than one per core): both bars move, and cancelling the plan's check lets the Backends check
// finish.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fillSpinbuttons, openApp } from './helpers';

test.setTimeout(240_000);

function section(page: Page) {
  return page.getByRole('region', { name: /^Backends for the service|^服务的后端数量/ });
}

test('sizes backends per strategy, refuses a bad rate, and confirms by simulation', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Plan' }).click();
  const s = section(page);
  await expect(s).toBeVisible();
  const rr = s.locator('tr[data-strategy="round-robin"]');
  await expect(rr.getByRole('rowheader')).toHaveText('Round robin');
  // 200 req/s of 20 ms with a 150 ms target: round robin needs 7 backends, 8 to survive a loss.
  await expect(rr.getByRole('cell').first()).toHaveText('7');
  await expect(rr.getByRole('cell').nth(2)).toHaveText('8 (+1)');

  const rate = s.getByRole('spinbutton', { name: 'Request rate' });
  await rate.fill('5000');
  await expect(s.getByRole('alert')).toHaveText('Request rate must be a number from 1 to 1000.');
  await expect(s.getByRole('button', { name: 'Check by simulation' })).toBeDisabled();
  await rate.fill('100');
  await expect(s.getByRole('alert')).toHaveCount(0);
  await expect(rr.getByRole('cell').first()).toHaveText('4');

  // Fewer strategies make a shorter check.
  for (const name of ['Smooth weighted round robin', 'Random', 'Hash mod N', 'Consistent hashing'])
    await s.getByRole('checkbox', { name }).uncheck();
  await expect(s.locator('tbody tr')).toHaveCount(4);

  // Start and cancel: the model stays, without measurements.
  await s.getByRole('button', { name: 'Check by simulation' }).click();
  await expect(s.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await s.getByRole('button', { name: 'Cancel' }).click();
  await expect(s.getByText('The check was cancelled')).toBeVisible();
  await expect(s.getByRole('columnheader', { name: 'Simulation: p99' })).toHaveCount(0);

  // Run to the end: the lab confirms round robin's count.
  await s.getByRole('button', { name: 'Check by simulation' }).click();
  await expect(s.getByRole('columnheader', { name: 'Simulation: p99' })).toBeVisible({
    timeout: 120_000,
  });
  await expect(rr.getByRole('cell').nth(5)).toHaveText('4 · confirmed');
  await expect(rr.getByRole('cell').nth(7)).toHaveText(/^\d[\d,.]* ms$/);
});

test('runs beside Check by simulation on the same workers; cancelling that one lets this finish', async ({
  page,
}) => {
  await page.goto('./#plan');
  // A long check of many short runs: it is still going when the Backends check has moved.
  const plan = page.getByRole('region', { name: 'Check by simulation' });
  for (const line of ['3 voters', '7 voters'])
    await plan.getByRole('checkbox', { name: line, exact: true }).check();
  await fillSpinbuttons(plan, {
    'Seeds per point': '10',
    'Read shares per line': '11',
    'Loads on the latency chart': '8',
    'Simulated time per run': '200',
  });
  await expect(plan).toContainText('41 points × 10 seeds = 410 runs');
  await plan.getByRole('button', { name: 'Check by simulation' }).click();
  const planBar = plan.getByRole('progressbar', { name: 'Simulation progress' });
  await expect(planBar).toBeVisible();

  const s = section(page);
  await s.getByRole('spinbutton', { name: 'Request rate' }).fill('100');
  for (const name of ['Smooth weighted round robin', 'Random', 'Hash mod N', 'Consistent hashing'])
    await s.getByRole('checkbox', { name }).uncheck();
  await s.getByRole('button', { name: 'Check by simulation' }).click();
  const beBar = s.getByRole('progressbar');
  await expect(beBar).toBeVisible();

  // One pool for both: while both run, no more capacity workers than cores (two pools held one
  // per core each). Read together, so that the count is taken while both bars show.
  const cores = await page.evaluate(() => navigator.hardwareConcurrency || 1);
  const sample = async () => {
    const n = page.workers().filter((w) => w.url().includes('capacity')).length;
    const both = (await planBar.isVisible()) && (await beBar.isVisible());
    return both && n > 0 && n <= cores;
  };
  await expect.poll(sample, { timeout: 30_000 }).toBe(true);

  // Both move: the Backends check gets a worker when one of the plan's runs ends, and the plan's
  // check goes on beside it.
  const value = (bar: typeof beBar) => bar.evaluate((e) => (e as HTMLProgressElement).value);
  await expect.poll(() => value(beBar), { timeout: 120_000 }).toBeGreaterThan(0);
  await expect(plan.getByRole('status')).toContainText(/^[1-9]\d* of 410 runs done/);
  const planDone = Number(/^(\d+) of/.exec((await plan.getByRole('status').textContent())!)![1]);
  await expect
    .poll(
      async () =>
        Number(/^(\d+) of/.exec((await plan.getByRole('status').textContent()) ?? '')?.[1] ?? -1),
      { timeout: 120_000 },
    )
    .toBeGreaterThan(planDone);
  await plan.getByRole('button', { name: 'Cancel' }).click();
  await expect(plan.getByRole('status')).toContainText(/^Cancelled after \d+ of 410 runs\./);
  await expect(s.getByRole('columnheader', { name: 'Simulation: p99' })).toBeVisible({
    timeout: 240_000,
  });
  await expect(s.getByText('The check was cancelled')).toHaveCount(0);
  await expect(s.getByRole('alert')).toHaveCount(0);
});
