// The cost model's figures in the ensemble view, as a person reads them (issue 17 follow-up): a
// plan point opened with "Open in the ensemble view" shows a "Cost model" box; before the
// measuring window (600 ms: start plus warm-up) it says nothing is measured yet, and once the
// timeline is moved past it, it shows read and write ops per second, the write latency, each
// server's CPU, link and log-disk utilization and the bottleneck, and the open loop's offered
// rate beside what arrived and what was served, in English and in Chinese.
import { expect, test } from './fixtures';
import { SETTLE_MS, scrubTo } from './helpers';

test('an opened plan point shows its cost figures at the displayed moment', async ({ page }) => {
  await page.goto('./#plan');
  await page.getByRole('spinbutton', { name: 'Voters' }).fill('3');
  await page.getByRole('spinbutton', { name: 'Observers' }).fill('0');
  await page.getByRole('spinbutton', { name: 'Client sessions' }).fill('8');
  await page.getByRole('spinbutton', { name: 'Requests in flight per client' }).fill('2');
  await page.getByRole('spinbutton', { name: 'Reads' }).fill('50');
  const watch = page.getByRole('region', { name: 'Watch it run' });
  await expect(watch).toContainText('at 50% reads, for 800 simulated ms');
  await watch.getByRole('button', { name: 'Open in the ensemble view' }).click();
  await expect(page).toHaveURL(/#z=/, { timeout: SETTLE_MS });

  const box = page.getByRole('region', { name: 'Cost model' });
  await expect(box).toBeVisible({ timeout: SETTLE_MS });
  await scrubTo(page, 500);
  await expect(box).toContainText('nothing is measured yet', { timeout: SETTLE_MS });
  await expect(box.getByRole('status')).toHaveText(
    'Bottleneck: none yet (no station was busy in the window).',
  );

  await scrubTo(page, 780);
  await expect(box).toContainText('Measured so far: 180 ms, from 600 ms on.', {
    timeout: SETTLE_MS,
  });
  const stations = box.getByRole('table', { name: /Utilization of each server/ });
  await expect(stations.getByRole('row')).toHaveCount(4);
  await expect(stations.getByRole('columnheader', { name: 'Log disk' })).toBeVisible();
  // Figures of a running workload: positive rates, a measured write latency, a busy station.
  const writes = box.getByRole('definition').nth(1);
  await expect(writes).toHaveText(/^[1-9]\d*\.\d ops\/s$/);
  await expect(box.getByRole('definition').nth(2)).toHaveText(/^\d+\.\d{3} \/ \d+\.\d{3} ms$/);
  await expect(box.getByRole('status')).toHaveText(
    /^Bottleneck: (CPU|Link|Log disk) of S[123], busy \d+\.\d% of the window\.$/,
  );
  await expect(stations.getByRole('row', { name: /S3/ })).toContainText('%');
  // The plan's point runs as the open loop at the plan's offered load (40,000 ops/s by default).
  const offered = box.getByRole('term').filter({ hasText: 'Offered (open loop)' });
  await expect(offered.locator('xpath=following-sibling::dd')).toHaveText('40000.0 ops/s');
  await expect(box.getByRole('term').filter({ hasText: 'Waiting at the clients' })).toBeVisible();

  await page.getByLabel('Language').selectOption('zh-CN');
  const zh = page.getByRole('region', { name: '开销模型' });
  await expect(zh).toContainText('已测量：从 600 毫秒起共 180 毫秒。');
  await expect(zh.getByRole('status')).toHaveText(
    /^瓶颈：S[123] 的(CPU|网络链路|日志磁盘)，窗口内忙碌 \d+\.\d%。$/,
  );
  await expect(zh.getByRole('columnheader', { name: '日志磁盘' })).toBeVisible();
  await expect(zh).toContainText('给定速率（开环）');
});
