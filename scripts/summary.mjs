// Prints the one plain line CI reads, `N passed, N failed, N skipped`, summed over the Vitest
// report (reports/vitest.json) and the Playwright report (reports/e2e.json). A missing or
// unreadable report counts as one failure, so a run that died early can never look green.
// Exits 1 when anything failed. Notes about missing reports go to stderr; the summary line is
// always the last line on stdout.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const reportsDir = fileURLToPath(new URL('../reports/', import.meta.url));

const readers = {
  'vitest.json': (r) => ({
    passed: r.numPassedTests ?? 0,
    failed: r.numFailedTests ?? 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  }),
  'e2e.json': (r) => ({
    passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
    failed: r.stats?.unexpected ?? 0,
    skipped: r.stats?.skipped ?? 0,
  }),
};

const total = { passed: 0, failed: 0, skipped: 0 };
for (const [file, read] of Object.entries(readers)) {
  let counts;
  try {
    counts = read(JSON.parse(readFileSync(reportsDir + file, 'utf8')));
  } catch (error) {
    console.error(
      `summary: reports/${file} missing or unreadable (${error.code ?? error.message}); counted as 1 failure`,
    );
    counts = { passed: 0, failed: 1, skipped: 0 };
  }
  for (const key of Object.keys(total)) total[key] += counts[key];
}

console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 ? 1 : 0;
