// The strategy comparison as a person uses it: open it from the header, move along the timeline,
// read both panels' metrics, and follow b2's kill at 20 s: failures appear while its znode lingers
// ("dead, still registered") and stop once its session expires and the balancer drops it; the
// charts then name both strategies' latest latency and mark the kill and the removal; backend
// actions apply to every pool at once.
import { expect, test } from './fixtures';
import { button, scrubTo } from './helpers';
import { backend, metric, openComparison, panel } from './compareHelpers';

test('compare round robin and least connections through a backend kill', async ({ page }) => {
  await openComparison(page);
  const rr = panel(page, 'Round robin');
  const lc = panel(page, 'Least connections');
  await expect(rr).toBeVisible();
  await expect(lc).toBeVisible();
  await expect(page.getByLabel('Strategy 1', { exact: true })).toHaveValue('round-robin');
  await expect(page.getByLabel('Strategy 2', { exact: true })).toHaveValue('least-connections');

  await expect(
    page.getByRole('button', { name: 'scripted: backend b2 killed (20.000 s)' }),
  ).toBeVisible();

  // After the kill, b2 lingers in ZooKeeper and its requests fail.
  await scrubTo(page, 21_000);
  await expect(backend(rr, 'b2')).toHaveAccessibleName(/dead, still registered/);
  expect(Number(await metric(rr, 'failed'))).toBeGreaterThan(0);

  // Once its session expires, the balancer's view drops it and failures stop.
  await scrubTo(page, 30_000);
  await expect(backend(rr, 'b2')).toHaveAccessibleName(/removed/);
  await expect(page.getByTestId('membership')).not.toContainText('b2');
  const failedRr = await metric(rr, 'failed');
  const failedLc = await metric(lc, 'failed');
  await scrubTo(page, 36_000);
  expect(await metric(rr, 'failed')).toBe(failedRr);
  expect(await metric(lc, 'failed')).toBe(failedLc);

  for (const region of [rr, lc]) {
    for (const p of ['p50', 'p95', 'p99']) expect(await metric(region, p)).toMatch(/^\d+ ms$/);
    expect(Number(await metric(region, 'dropped'))).toBeGreaterThanOrEqual(0);
  }
  await expect(page.getByRole('table', { name: /^Summary/ })).toContainText('(best)');

  // The charts describe themselves: latest latency per strategy, the kill and the removal marked,
  // and the requests each backend served.
  const latency = page.getByRole('figure', { name: /^p99 latency over time:/ });
  await expect(latency).toHaveAccessibleName(/Round robin \d+ ms, Least connections \d+ ms$/);
  await expect(latency).toContainText('b2 killed');
  await expect(latency).toContainText('b2 removed');
  await page.getByRole('radio', { name: 'p50' }).check();
  await expect(page.getByRole('figure', { name: /^p50 latency over time:/ })).toHaveAccessibleName(
    /Round robin \d+ ms, Least connections \d+ ms$/,
  );
  await expect(
    page.getByRole('figure', { name: /^Requests served per backend:/ }),
  ).toHaveAccessibleName(/Round robin: b1 \d+ \(\d+%\).*; Least connections: b1 \d+/);

  // Backend actions apply to every strategy's pool at once, at the time on screen.
  await backend(rr, 'b2').click();
  await button(page, 'Restart backend b2').click();
  await expect(page.getByTestId('time')).toHaveText('36.000 s');
  await scrubTo(page, 39_000);
  for (const region of [rr, lc])
    await expect(backend(region, 'b2')).toHaveAccessibleName(/^Backend b2, alive,/);
  await backend(lc, 'b1').click();
  await button(page, 'Kill backend b1').click();
  for (const region of [rr, lc])
    await expect(backend(region, 'b1')).toHaveAccessibleName(
      /^Backend b1, dead, still registered,/,
    );

  await page.getByRole('tab', { name: 'Ensemble' }).click();
  await expect(rr).toHaveCount(0);
});

test('changing a strategy reloads the comparison with it', async ({ page }) => {
  await openComparison(page);
  await page.getByLabel('Strategy 2', { exact: true }).selectOption('p2c');
  await expect(panel(page, 'Power of two choices')).toBeVisible();
  await expect(panel(page, 'Least connections')).toHaveCount(0);
  await button(page, 'Add a strategy').click();
  await expect(page.getByLabel('Strategy 3', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Strategy: / })).toHaveCount(3);
  // The scenario menu names what is loaded.
  await expect(page.getByLabel('Scenario', { exact: true }).locator('option:checked')).toHaveText(
    'Strategy comparison',
  );
});

test('panels side by side line their backends up, whatever their descriptions', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openComparison(page);
  // At this width three panels share a row, and their descriptions wrap to different heights.
  await button(page, 'Add a strategy').click();
  await page.getByLabel('Strategy 3', { exact: true }).selectOption('pewma');
  const panels = page.getByRole('region', { name: /^Strategy: / });
  await expect(panel(page, 'Peak EWMA')).toBeVisible();
  await expect(panels).toHaveCount(3);
  const tops = await panels.evaluateAll((regions) =>
    regions.map((r) => [
      Math.round(r.getBoundingClientRect().top),
      Math.round(r.querySelector('p')!.getBoundingClientRect().height),
      Math.round(r.querySelector('[role="group"]')!.getBoundingClientRect().top),
    ]),
  );
  expect(new Set(tops.map(([panelTop]) => panelTop)).size).toBe(1);
  expect(new Set(tops.map(([, describeHeight]) => describeHeight)).size).toBe(1);
  expect(new Set(tops.map(([, , backendsTop]) => backendsTop)).size).toBe(1);
});

test('on a 1024×768 projector the transport stays in reach and backends sit two by two', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openComparison(page);
  const rr = panel(page, 'Round robin');
  await expect(backend(rr, 'b4')).toBeVisible();
  const boxes = await rr.getByRole('button', { name: /^Backend b\d,/ }).evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return [Math.round(r.left), Math.round(r.top)];
    }),
  );
  // Four boxes in two rows of two: b1 b2 / b3 b4.
  expect(new Set(boxes.map(([left]) => left)).size).toBe(2);
  expect(new Set(boxes.map(([, top]) => top)).size).toBe(2);
  expect(boxes[2]![0]).toBe(boxes[0]![0]);

  // Halfway down the long page, at the decision log, Play is still on screen.
  const decisions = page.getByRole('region', { name: 'Recent decisions' });
  await decisions.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(decisions).toBeInViewport();
  await expect(page.getByRole('table', { name: /^Summary/ })).not.toBeInViewport();
  await expect(button(page, 'Play')).toBeInViewport();
  await button(page, 'Play').click();
  await expect(button(page, 'Pause')).toBeInViewport();
});
