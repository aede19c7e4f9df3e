// The latency distribution chart as a person reads it: move the comparison 12.5 simulated seconds
// along its timeline, and the distribution figure names both strategies with the same p99 the panels
// show (both are exact nearest-rank percentiles of every completed request); switching to the
// histogram and back changes the picture and its caption, not the numbers.
import { expect, test } from './fixtures';
import { scrubTo } from './helpers';
import { metric, openComparison, panel } from './compareHelpers';

test('the latency distribution names each p99 the panels show, as a CDF or a histogram', async ({
  page,
}) => {
  await openComparison(page);
  const rr = panel(page, 'Round robin');
  const lc = panel(page, 'Least connections');
  await expect(rr).toBeVisible();

  await scrubTo(page, 12_500);

  const rrP99 = await metric(rr, 'p99');
  const lcP99 = await metric(lc, 'p99');
  expect(rrP99).toMatch(/^\d+ ms$/);
  expect(lcP99).toMatch(/^\d+ ms$/);
  // The slow backend holds round robin's tail up; least connections steers around it.
  expect(parseInt(lcP99, 10)).toBeLessThan(parseInt(rrP99, 10));

  const figure = page.getByRole('figure', { name: /^Latency distribution:/ });
  const named = `Latency distribution: Round robin p99 ${rrP99}, Least connections p99 ${lcP99}`;
  await expect(figure).toHaveAccessibleName(named);
  await expect(figure).toContainText(`Round robin p99 ${rrP99}`);
  await expect(figure).toContainText(`Least connections p99 ${lcP99}`);

  const modes = figure.getByRole('radiogroup', { name: 'Distribution shown' });
  const cdf = modes.getByRole('radio', { name: 'CDF' });
  const histogram = modes.getByRole('radio', { name: 'Histogram' });
  await expect(cdf).toBeChecked();
  await expect(figure).toContainText('the share at or below each latency');

  await histogram.check();
  await expect(histogram).toBeChecked();
  await expect(cdf).not.toBeChecked();
  await expect(figure).toContainText('share per tenth of a decade');
  await expect(figure).toContainText('% per bin');
  await expect(figure).toHaveAccessibleName(named);

  await cdf.check();
  await expect(cdf).toBeChecked();
  await expect(figure).toContainText('the share at or below each latency');
  await expect(figure).not.toContainText('% per bin');
  await expect(figure).toHaveAccessibleName(named);
});
