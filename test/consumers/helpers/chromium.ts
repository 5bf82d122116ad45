// A Chromium on this machine driven by playwright-core: no browser download. Debian's package
// by default (.ci/run installs it in CI); CHROMIUM_PATH points at any other Chromium or Chrome.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The browser the tests drive: $CHROMIUM_PATH, else Debian's chromium package. */
export const CHROMIUM = process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      process.env.CHROMIUM_PATH
        ? `CHROMIUM_PATH is ${CHROMIUM}, which does not exist.`
        : `The browser tests need Chromium at ${DEBIAN_CHROMIUM}. Install Debian's package (sudo apt-get install chromium), ` +
            'or set CHROMIUM_PATH to another Chromium or Chrome executable.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A new page whose uncaught errors and console errors are collected into `problems`. */
export async function openPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return { page, problems };
}

/**
 * Opens `url` and returns what it published as `globalThis.fastclaheResults` (see
 * fixtures/report.js). An uncaught page error fails at once; a page that never publishes
 * fails with the errors it logged.
 */
export async function pageResults(browser: Browser, url: string): Promise<Record<string, string>> {
  const { page, problems } = await openPage(browser);
  try {
    const crashed = new Promise<never>((_, reject) =>
      page.on('pageerror', (error) => reject(new Error(`${url}: ${error.message}`))),
    );
    crashed.catch(() => {}); // an error after the results were published is not this call's failure
    await page.goto(url);
    const published = page.waitForFunction(
      () => (globalThis as { fastclaheResults?: unknown }).fastclaheResults,
      null,
      { timeout: 20_000 },
    );
    const handle = await Promise.race([published, crashed]).catch((error: Error) => {
      throw new Error(`${error.message}\n${problems.join('\n') || 'No errors were logged.'}`);
    });
    return (await handle.jsonValue()) as Record<string, string>;
  } finally {
    await page.close();
  }
}
