// The README's screenshot of report.html: explores the bundled sample folder and photographs the
// page in Debian's Chromium (playwright-core). Writes docs/images/explore-report.png.
// Usage: npm run build && node cli/scripts/explore-screenshot.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'explore-screenshot-'));
execFileSync(process.execPath, [
  join(root, 'cli/bin/fastclahe.js'),
  'explore',
  join(root, 'cli/examples/dataset'),
  '--out',
  out,
  '--quiet',
]);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
  await page.goto(pathToFileURL(join(out, 'report.html')).href);
  await page.waitForFunction(() => globalThis.exploreReady === true);
  await page.$$eval('img', (images) =>
    Promise.all(
      images.map((img) => {
        img.loading = 'eager';
        return img.complete ? null : new Promise((r) => (img.onload = img.onerror = r));
      }),
    ),
  );
  mkdirSync(join(root, 'docs/images'), { recursive: true });
  await page.screenshot({ path: join(root, 'docs/images/explore-report.png') });
} finally {
  await browser.close();
  rmSync(out, { recursive: true, force: true });
}
