// A plan shared by URL, as a person uses it: a link with inputs opens the Plan view with them
// (the advanced CPU costs included, behind their toggle), a change of an input rewrites the link
// so that reloading gives the same plan, Copy link puts that link on the clipboard, and a link with a bad value is refused whole, says in
// words which input is wrong and why (in English and Chinese), and stays in the address bar
// until the person changes an input.
import { expect, test } from './fixtures';

test('a link with inputs opens the plan with them, and a change is kept in the link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#plan?voters=7&readPercent=50&prepCostUs=20');
  await expect(page.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('spinbutton', { name: 'Voters' })).toHaveValue('7');
  await expect(page.getByRole('spinbutton', { name: 'Reads' })).toHaveValue('50');
  await expect(page.getByText('3 of 7 voters may fail')).toBeVisible();

  // The advanced inputs are folded away until asked for, and the link set one of them.
  const prep = page.getByRole('spinbutton', { name: 'CPU per write, PrepRequestProcessor' });
  await expect(prep).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the advanced inputs' }).click();
  await expect(prep).toHaveValue('20');
  const saturated = page.getByTestId('plan-saturated');
  const before = await saturated.textContent();
  await prep.fill('40');
  await expect(saturated).not.toHaveText(before ?? '');

  await page.getByRole('spinbutton', { name: 'Voters' }).fill('9');
  await expect(page).toHaveURL(/#plan\?voters=9&readPercent=50&prepCostUs=40$/);
  await page.reload();
  await expect(page.getByRole('spinbutton', { name: 'Voters' })).toHaveValue('9');
  await expect(page.getByText('4 of 9 voters may fail')).toBeVisible();

  // Copy link puts the same link on the clipboard, and says so until an input changes.
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Link to this plan copied.' }),
  ).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/#plan\?voters=9&readPercent=50&prepCostUs=40$/);
  await page.getByRole('spinbutton', { name: 'Voters' }).fill('11');
  await expect(page.getByText('Link to this plan copied.')).toHaveCount(0);

  // Reset returns every input to its default, and the link to "#plan" alone.
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Voters' })).toHaveValue('5');
  await expect(page).toHaveURL(/#plan$/);
});

test('a link with a bad value is refused whole and says which input is wrong', async ({ page }) => {
  await page.goto('./#plan?voters=7&readPercent=150');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'This link was not applied, and every input is at its default: Reads is 150, outside the bounds 0 to 100.',
  );
  // Nothing of it applied: voters stay at the default, and the link stays to be mended.
  await expect(page.getByRole('spinbutton', { name: 'Voters' })).toHaveValue('5');
  await expect(page).toHaveURL(/#plan\?voters=7&readPercent=150$/);

  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('alert')).toContainText(
    '读请求占比 是 150，超出了 0 到 100 的范围。',
  );
  await page.getByLabel('语言').selectOption('en');

  // Changing an input puts the message away and writes the plan's own link.
  await page.getByRole('spinbutton', { name: 'Voters' }).fill('3');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page).toHaveURL(/#plan\?voters=3$/);

  // A name the plan does not know is named too; Dismiss puts the message away.
  await page.goto('./#plan?votes=5');
  await expect(page.getByRole('alert')).toContainText('“votes” is not an input of the plan.');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
