// Pre-check for `npm run test:e2e` and .ci/run: exits 0 when a Chromium is available, otherwise
// prints one line saying how to get one and exits 1 (no stack trace). `--quiet` omits the
// success line.
import { resolveChromium } from './chromiumPath.mjs';

const result = resolveChromium();
if (result.ok) {
  if (!process.argv.includes('--quiet')) {
    console.log(`Chromium (${result.source}): ${result.executablePath}`);
  }
} else {
  console.error(result.message);
  process.exitCode = 1;
}
