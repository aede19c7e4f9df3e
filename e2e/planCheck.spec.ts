// "Check by simulation" in the Plan view, as a person uses it: the button runs the simulator on
// a few points with a few seeds (kept small so it finishes on a loaded 2-core machine), a
// progress bar shows while the capacity workers run, then both charts carry the measurements'
// bands and the view says where simulation and model disagree; Cancel stops a check and says so;
// changing an input makes finished results stale (no longer drawn) and stops a running check.
// Each point checked gets a row in a table and controls (row and marks) that open it.
// The numbers are the cost model's simulation's (src/sim/costsim); nothing here pins one.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fillSpinbuttons, openApp } from './helpers';

/** Generous: the check runs the simulator, on a machine other jobs share. */
const CHECK_MS = 180_000;

async function openPlan(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('tab', { name: 'Plan' }).click();
  await expect(page.getByRole('heading', { name: 'Check by simulation' })).toBeVisible();
}

function check(page: Page) {
  return page.getByRole('region', { name: 'Check by simulation' });
}

async function settings(page: Page, values: Record<string, string>): Promise<void> {
  await fillSpinbuttons(check(page), values);
}

test('checks two read shares and two loads with two seeds, draws bands and lists disagreements', async ({
  page,
}) => {
  await openPlan(page);
  await settings(page, {
    'Seeds per point': '2',
    'Read shares per line': '2',
    'Loads on the latency chart': '2',
    'Simulated time per run': '200',
  });
  await expect(check(page)).toContainText('4 points × 2 seeds = 8 runs');
  await check(page).getByRole('button', { name: 'Check by simulation' }).click();
  await expect(check(page).getByRole('progressbar', { name: 'Simulation progress' })).toBeVisible();
  await expect(check(page).getByRole('button', { name: 'Cancel' })).toBeVisible();

  const found = check(page).getByRole('region', { name: /^Where simulation and model disagree/ });
  await expect(found).toBeVisible({ timeout: CHECK_MS });
  await expect(check(page).getByRole('progressbar')).toHaveCount(0);
  await expect(check(page).getByRole('status')).toContainText(
    /8 runs \(2 seeds per point\) on \d+ workers/,
  );
  // Either it names points where they disagree, or it says there are none.
  await expect(found.getByRole('listitem').or(found.getByText(/^Nowhere:/))).not.toHaveCount(0);

  // Both charts carry bands and points, and say so in their accessible names.
  const tp = page.getByRole('figure', {
    name: /Simulated measurements with 95% intervals at 2 points/,
  });
  const lat = page.getByRole('figure', {
    name: /Simulated measurements with 95% intervals at 4 points/,
  });
  await expect(tp).toBeVisible();
  await expect(lat).toBeVisible();
  await expect(tp.locator('.plan-check-band')).toHaveCount(1);
  await expect(tp.locator('.plan-check-mark')).toHaveCount(2);
  await expect(lat.locator('.plan-check-band')).toHaveCount(2);
  await expect(lat.locator('.plan-check-mark')).toHaveCount(4);
  await expect(tp.locator('.plan-check-band')).toHaveAttribute('d', /^M[\d.]+,[\d.]+/);

  // Every point checked has a row in the table of checked points, with a control that opens it
  // in the ensemble view named after the point, and its marks are such controls too.
  const points = check(page).getByRole('region', { name: 'Checked points' });
  await expect(points.getByRole('row')).toHaveCount(5);
  await expect(
    points.getByRole('button', { name: /^Open in the ensemble view: 5 voters, 0 observers, / }),
  ).toHaveCount(4);
  await expect(
    tp.getByRole('button', {
      name: /^Open in the ensemble view: 5 voters, 0 observers, (0|100)% reads, saturated, /,
    }),
  ).toHaveCount(2);
  await expect(
    lat.getByRole('button', {
      name: /^Open in the ensemble view: 5 voters, 0 observers, 90% reads, [\d,]+ ops\/s offered$/,
    }),
  ).toHaveCount(4);

  // A change of the plan makes the results stale: no longer drawn, and the view says so.
  await page.getByRole('slider', { name: 'Reads' }).fill('50');
  await expect(check(page).getByRole('status')).toContainText(
    'changed since the last check: its results are no longer drawn',
  );
  await expect(page.locator('.plan-check-band')).toHaveCount(0);
  await expect(found).toHaveCount(0);
});

test('Cancel stops a running check and says so; an input change stops one too', async ({
  page,
}) => {
  await openPlan(page);
  // Long runs, so that the check is still going when Cancel is pressed.
  await settings(page, { 'Simulated time per run': '20000', 'Seeds per point': '10' });
  const start = check(page).getByRole('button', { name: 'Check by simulation' });
  await start.click();
  await expect(check(page).getByRole('progressbar', { name: 'Simulation progress' })).toBeVisible();
  await check(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(check(page).getByRole('status')).toContainText(
    /Cancelled after \d+ of 60 runs\. Nothing is drawn from an incomplete check\./,
  );
  await expect(check(page).getByRole('progressbar')).toHaveCount(0);
  await expect(page.locator('.plan-check-band')).toHaveCount(0);

  // Changing the plan while a check runs stops it.
  await start.click();
  await expect(check(page).getByRole('progressbar')).toBeVisible();
  await page.getByRole('slider', { name: 'Voters' }).fill('7');
  await expect(page.getByRole('spinbutton', { name: 'Voters' })).toHaveValue('7');
  await expect(check(page).getByRole('status')).toContainText(
    /The plan or the check’s settings changed, so the check was stopped after \d+ of 60 runs\./,
  );
  await expect(check(page).getByRole('progressbar')).toHaveCount(0);
});

test('a setting out of bounds is refused in words naming it', async ({ page }) => {
  await openPlan(page);
  const seeds = check(page).getByRole('spinbutton', { name: 'Seeds per point' });
  await seeds.fill('1');
  await expect(check(page).getByRole('alert')).toHaveText(
    'Seeds per point: out of bounds, enter a value from 2 to 10.',
  );
  await seeds.fill('2.5');
  await expect(check(page).getByRole('alert')).toHaveText(
    'Seeds per point: enter a whole number from 2 to 10.',
  );
  // The plan's own line (5 voters by default) is the one checked at first.
  const line = check(page).getByRole('checkbox', { name: '5 voters', exact: true });
  await expect(line).toBeChecked();
  await line.uncheck();
  await check(page).getByRole('spinbutton', { name: 'Loads on the latency chart' }).fill('0');
  await expect(check(page)).toContainText('Choose a line or some loads to check.');
  await expect(check(page).getByRole('button', { name: 'Check by simulation' })).toBeDisabled();
});
