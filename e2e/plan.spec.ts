// The Plan view as a person uses it: the third tab opens it (and hides the run's transport), its
// sliders and number fields change the figures at once (an even voter count is flagged with its
// reason, the read share moves the throughput, a session timeout below 2 x tickTime is refused),
// a value out of bounds is refused in words without being applied, the view reads in Chinese,
// and #plan opens it from a link.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp, server } from './helpers';

function findings(page: Page) {
  return page.getByRole('region', { name: /^Configuration check/ });
}

function saturated(page: Page) {
  return page.getByTestId('plan-saturated');
}

test('the Plan tab flags an even ensemble, follows the read share and refuses a short session timeout', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Plan' }).click();
  await expect(page.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'What this configuration gives' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toHaveCount(0);
  await expect(page).toHaveURL(/#plan$/);
  await expect(findings(page)).toContainText('Nothing to flag');

  // Four voters: no more tolerance than three, and the checker says why.
  await page.getByRole('slider', { name: 'Voters' }).fill('4');
  await expect(page.getByRole('spinbutton', { name: 'Voters' })).toHaveValue('4');
  await expect(page.getByText('1 of 4 voters may fail')).toBeVisible();
  await expect(findings(page).getByRole('listitem')).toContainText([
    /Unwise\s*4 voters tolerate 1 failure\(s\), as 3 do, while every write waits for one ACK more/,
  ]);

  // A write-heavier mix saturates lower.
  const before = await saturated(page).textContent();
  await page.getByRole('slider', { name: 'Reads' }).fill('50');
  await expect(page.getByRole('spinbutton', { name: 'Reads' })).toHaveValue('50');
  await expect(saturated(page)).not.toHaveText(before ?? '');
  const opsAt = async () => Number((await saturated(page).textContent())!.replace(/\D/g, ''));
  expect(await opsAt()).toBeLessThan(Number(before!.replace(/\D/g, '')));

  // 3000 ms with tickTime 2000 ms is below minSessionTimeout (4000 ms): ZooKeeper raises it.
  await page.getByRole('spinbutton', { name: 'Session timeout' }).fill('3000');
  await expect(findings(page).getByRole('listitem').first()).toContainText(
    /Refused\s*A session timeout of 3,000 ms is below minSessionTimeout \(2 × tickTime = 4,000 ms\)/,
  );

  // A value out of bounds is refused in words and not applied.
  const voters = page.getByRole('spinbutton', { name: 'Voters' });
  await voters.fill('2');
  await expect(page.getByRole('alert')).toHaveText('Out of bounds: enter a value from 3 to 13.');
  await expect(page.getByText('1 of 4 voters may fail')).toBeVisible();
  await voters.blur();
  await expect(voters).toHaveValue('4');

  // In Chinese, the tab, the headings and the findings are Chinese.
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('tab', { name: '容量规划' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('heading', { name: '这套配置能得到什么' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^配置检查/ })).toContainText('被拒绝');
  await expect(page.getByRole('region', { name: /^配置检查/ })).toContainText(
    '4 个投票者与 3 个一样只能容忍 1 个故障',
  );
});

test('#plan opens the Plan view from a link, and the Ensemble tab returns to the run', async ({
  page,
}) => {
  await page.goto('./#plan');
  await expect(page.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('slider', { name: 'Voters' })).toHaveValue('5');
  await expect(page.getByRole('figure', { name: /^Saturated throughput against/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: /^Write latency by offered load/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Ensemble' }).click();
  await expect(server(page, 1)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page).not.toHaveURL(/#plan$/);
});
