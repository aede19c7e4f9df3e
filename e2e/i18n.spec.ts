// The app in Simplified Chinese, in real Chromium: the language switch changes every label at
// once (the controls, the servers' names, the event log) and the page's lang; ?lang=zh-CN opens
// it in Chinese directly.
import { expect, test } from './fixtures';
import { openApp } from './helpers';

test('switches to Simplified Chinese', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '播放', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '单步', exact: true }).click();
  await expect(page.getByRole('button', { name: /^服务器 1，LOOKING/ })).toBeVisible();
  await expect(page.getByRole('list', { name: /事件/ })).toContainText('开始第 1 轮选举');
  await expect(page.getByRole('button', { name: '使服务器 1 崩溃' })).toBeVisible();
  await expect(page.getByRole('button', { name: '重启服务器 5' })).toBeVisible();
});

test('opens in Chinese with ?lang=zh-CN', async ({ page }) => {
  await page.goto('./?lang=zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '播放', exact: true })).toBeVisible();
});
