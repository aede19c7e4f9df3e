// A refused scenario field, in real Chromium, in the reader's language: a link and an imported
// file whose scenario breaks a bound are refused with a notice that names the field and says why
// in English, and in Chinese with ?lang=zh-CN, worded from the validator's code (the worker sends
// the field as data beside the CLI's English line); so are a valid scenario the load-balancing
// lab cannot run and a link that does not decode; the current run is untouched.
import { deflateRawSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { server } from './helpers';
import { runLink } from './links';

const TOO_MANY = { version: 1, seed: 1, untilMs: 1000, ensemble: { servers: 12 } };

type Page = import('@playwright/test').Page;

/** Opens the app in Chinese and, once its first run is drawn, imports a file holding `text`. */
async function importInChinese(page: Page, name: string, text: string) {
  await page.goto('./?lang=zh-CN');
  await expect(page.getByRole('button', { name: /^服务器 1/ })).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('要导入的场景文件').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

test('a link to a scenario with a bad field says why, in English', async ({ page }) => {
  await page.goto(runLink(TOO_MANY));
  await expect(page.getByRole('alert')).toContainText(
    'This link could not be opened: ensemble.servers: expected an integer from 1 to 9, got 12. ' +
      'The current run is unchanged.',
    { timeout: 60_000 },
  );
  await expect(server(page, 1)).toBeVisible({ timeout: 60_000 });
});

test('the same link says why in Chinese', async ({ page }) => {
  await page.goto(runLink(TOO_MANY).replace('./#', './?lang=zh-CN#'));
  await expect(page.getByRole('alert')).toContainText(
    '无法打开此链接：ensemble.servers：应为介于 1 到 9 之间的整数，实际为 12。当前运行未受影响。',
    { timeout: 60_000 },
  );
});

test('an imported file with a bad action names the action in Chinese', async ({ page }) => {
  const scenario = { ...TOO_MANY, ensemble: { servers: 3 }, actions: [{ atMs: 5, do: 'crash' }] };
  await importInChinese(page, 'bad.json', JSON.stringify(scenario));
  await expect(page.getByRole('alert')).toContainText(
    'actions[0].sid：缺少此字段（应为服务器 id 或 "leader"）',
    { timeout: 60_000 },
  );
});

test('an imported file that is not JSON says why in Chinese', async ({ page }) => {
  await importInChinese(page, 'broken.json', '{"version": 1,\n  "seed": 1,\n}');
  await expect(page.getByRole('alert')).toContainText('无法导入此文件：JSON 格式错误：', {
    timeout: 60_000,
  });
  await expect(page.getByRole('alert')).not.toContainText('malformed');
  await expect(page.getByRole('button', { name: /^服务器 1/ })).toBeVisible({ timeout: 60_000 });
});

test('a scenario the load-balancing lab cannot run says why in Chinese', async ({ page }) => {
  const scenario = {
    ...TOO_MANY,
    ensemble: { servers: 3 },
    balancer: {
      service: '/svc',
      sessionTimeoutMs: 5000,
      strategies: ['random'],
      backends: [{ id: 'a/b', meanServiceMs: 5 }],
      traffic: { ratePerSec: 10 },
    },
  };
  await importInChinese(page, 'lab.json', JSON.stringify(scenario));
  await expect(page.getByRole('alert')).toContainText(
    '无法导入此文件：balancer：后端 id "a/b" 不能作为 /svc 下的 znode 名：含有 “/”',
    { timeout: 60_000 },
  );
  await expect(page.getByRole('alert')).not.toContainText('cannot');
  await expect(page.getByRole('button', { name: /^服务器 1/ })).toBeVisible();
});

test('a link that does not decode says why in Chinese and opens the default run', async ({
  page,
}) => {
  const notJson = deflateRawSync(Buffer.from('not json')).toString('base64url');
  await page.goto(`./?lang=zh-CN#z=${notJson}`);
  await expect(page.getByRole('alert')).toContainText(
    '无法打开此链接：链接中不是 JSON。当前运行未受影响。',
    { timeout: 60_000 },
  );
  await expect(page.getByRole('button', { name: /^服务器 1/ })).toBeVisible({ timeout: 60_000 });
});
