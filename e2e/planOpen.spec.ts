// "Open in the ensemble view" as a person uses it (issue 17 item 4): in the Plan view they set a
// small ensemble and a light workload, press the button, and the ensemble view opens that run
// (through a shared link's path: the address bar holds the run's #z= link) with the plan's
// servers, which elect a leader and serve the workload as they scrub the timeline; Back returns
// to the plan. A plan with more servers than the ensemble view runs gets the button disabled and
// the reason in words, in English and in Chinese. After "Check by simulation", every point it
// measured opens the same way, from its row in the table of checked points or from its mark on
// the chart (both named after the point, reachable by keyboard); a point the ensemble view
// cannot run has its control disabled with the reason.
import { expect, test } from './fixtures';
import { SETTLE_MS, fillSpinbuttons, scrubTo, server } from './helpers';

test('the plan opens in the ensemble view as a run with the cost model on', async ({ page }) => {
  await page.goto('./#plan');
  await expect(page.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('spinbutton', { name: 'Voters' }).fill('3');
  await page.getByRole('spinbutton', { name: 'Observers' }).fill('1');
  await page.getByRole('spinbutton', { name: 'Client sessions' }).fill('8');
  await page.getByRole('spinbutton', { name: 'Requests in flight per client' }).fill('2');
  await page.getByRole('spinbutton', { name: 'Reads' }).fill('50');
  const watch = page.getByRole('region', { name: 'Watch it run' });
  await expect(watch).toContainText('3 voters and 1 observers');
  await expect(watch).toContainText('at 50% reads, for 800 simulated ms');

  await watch.getByRole('button', { name: 'Open in the ensemble view' }).click();
  await expect(page).toHaveURL(/#z=/, { timeout: SETTLE_MS });
  await expect(page.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'false');
  await expect(server(page, 4)).toBeVisible({ timeout: SETTLE_MS });
  await expect(server(page, 5)).toHaveCount(0);

  // With the cost model's sub-millisecond network the first election ends right after
  // finalizeWait (200 ms); by 650 ms the workload runs against the leader.
  await scrubTo(page, 650);
  await expect(server(page, 3)).toHaveAccessibleName(/^Server 3, LEADING/, { timeout: SETTLE_MS });
  await expect(server(page, 4)).toHaveAccessibleName(/^Server 4, OBSERVING/);

  await page.getByRole('tab', { name: 'Plan' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Voters' })).toHaveValue('3');
});

test('a plan with more servers than the ensemble view runs says why it cannot open', async ({
  page,
}) => {
  await page.goto('./#plan?voters=9&observers=2');
  const watch = page.getByRole('region', { name: 'Watch it run' });
  const open = watch.getByRole('button', { name: 'Open in the ensemble view' });
  await expect(open).toBeDisabled();
  await expect(open).toHaveAccessibleDescription(
    'The ensemble view runs at most 9 servers; this configuration has 11. Lower the voters or observers to open it.',
  );
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(
    page
      .getByRole('region', { name: '看它运行' })
      .getByRole('button', { name: '在集群视图中打开' }),
  ).toBeDisabled();
  await expect(page.getByText('集群视图最多运行 9 台服务器；此配置有 11 台。')).toBeVisible();
  await page.getByRole('spinbutton', { name: '观察者（Observer）' }).fill('0');
  await expect(page.getByRole('button', { name: '在集群视图中打开' })).toBeEnabled();
});

/** Generous: the check runs the simulator, on a machine other jobs share. */
const CHECK_MS = 180_000;

test('a checked point opens in the ensemble view from its mark or its row', async ({ page }) => {
  test.setTimeout(2 * CHECK_MS);
  await page.goto('./#plan?voters=3&observers=1');
  const check = page.getByRole('region', { name: 'Check by simulation' });
  // The 3-voter line (the plan's own) and the 13-voter line, two read shares, no latency loads.
  await check.getByRole('checkbox', { name: '13 voters', exact: true }).check();
  await fillSpinbuttons(check, {
    'Seeds per point': '2',
    'Read shares per line': '2',
    'Loads on the latency chart': '0',
    'Simulated time per run': '200',
  });
  await expect(check).toContainText('4 points × 2 seeds = 8 runs');
  await check.getByRole('button', { name: 'Check by simulation' }).click();
  const points = check.getByRole('region', { name: 'Checked points' });
  await expect(points).toBeVisible({ timeout: CHECK_MS });
  await expect(points.getByRole('row')).toHaveCount(5);

  // 13 voters and an observer: more than the ensemble view runs, so disabled, saying why.
  const big = points.getByRole('button', {
    name: /^Open in the ensemble view: 13 voters, 1 observers, 0% reads, saturated, [\d,]+ ops\/s offered$/,
  });
  await expect(big).toBeDisabled();
  await expect(big).toHaveAccessibleDescription(
    'The ensemble view runs at most 9 servers; this point has 14.',
  );
  const tp = page.getByRole('figure', { name: /^Saturated throughput against/ });
  const bigMark = tp.getByRole('button', {
    name: /^Open in the ensemble view: 13 voters, 1 observers, 0% reads/,
  });
  await expect(bigMark).toHaveAttribute('aria-disabled', 'true');

  // In Chinese the controls are named in Chinese.
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(
    page.getByRole('button', { name: /^在集群视图中打开：3 个投票者，1 个观察者，100% 读，饱和/ }),
  ).toHaveCount(2);
  await page.getByLabel('语言').selectOption('en');

  // The 3-voter point at all reads: its mark is a control reached by keyboard, in the table too.
  const name =
    /^Open in the ensemble view: 3 voters, 1 observers, 100% reads, saturated, [\d,]+ ops\/s offered$/;
  await expect(points.getByRole('button', { name })).toBeEnabled();
  const mark = tp.getByRole('button', { name });
  await mark.focus();
  await expect(mark).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/#z=/, { timeout: SETTLE_MS });
  await expect(page.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'false');
  await expect(server(page, 4)).toBeVisible({ timeout: SETTLE_MS });
  await expect(server(page, 5)).toHaveCount(0);
  await scrubTo(page, 650);
  await expect(server(page, 4)).toHaveAccessibleName(/^Server 4, OBSERVING/, {
    timeout: SETTLE_MS,
  });
});
